# The stepper's differential corpus: small functions like the ones kids write. Every call listed in
# pyland-stepper.test.ts runs natively and stepped (pyland_stepper) in the same Pyodide; the test
# checks they return the same value, leave the same globals, print the same and raise the same
# exception type, and that the stepper executes exactly the instructions CPython executes.
import threading

count = 0
total = 0.0
log = []
scores = {"ada": 3, "bo": 5}
lock = threading.Lock()
WORDS = ("wand", "hat", "owl")


class Box:
    def __init__(self, size):
        self.size = size
        self.items = []

    def add(self, item):
        self.items.append(item)
        return len(self.items)

    def grow(self, by=1):
        self.size = self.size + by
        return self.size


# --- numbers, strings, bools, None ------------------------------------------------------------

def add(a, b):
    return a + b

def arithmetic(a, b):
    return a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +b, ~a

def float_math(x):
    y = x * 2.5 - 1
    return round(y, 2), y > 3, int(y)

def big_numbers():
    n = 2 ** 70
    return n * n - 1, n // 3

def bit_ops(a, b):
    return a & b, a | b, a ^ b, a << 2, a >> 1

def strings(name):
    greeting = "Hello, " + name + "!"
    return greeting.upper(), greeting.lower(), len(greeting), greeting[0], greeting[-1], name * 3

def f_strings(name, n):
    return f"{name} has {n} owls", f"{n:>5}|{n!r}|{name!r:^10}|{n * 1.5:.2f}"

def percent_format(n):
    return "%d owls and %s" % (n, "a hat")

def bools(a, b):
    return a and b, a or b, not a, bool(b), a == b, a != b

def none_checks(x):
    if x is None:
        return "nothing"
    if x is not None and x:
        return "something"
    return "empty"

def comparisons(a, b, c):
    return a < b, a <= b, a > b, a >= b, a < b < c, a == b == c

def membership(x):
    return x in [1, 2, 3], x not in (4, 5), "a" in "cat", x in {1: "one"}

def identity(a):
    b = a
    c = list(a)
    return a is b, a is c, a is not c, a == c

# --- names ---------------------------------------------------------------------------------------

def use_global():
    return count + 1

def set_global(n):
    global count
    count = n
    return count

def bump_twice():
    global count
    count += 1
    count += 1
    return count

def add_to_log(item):
    log.append(item)
    return len(log)

def shadow(count):
    count = count * 10
    return count

def unbound():
    if False:
        x = 1
    return x

def undefined_name():
    return no_such_name + 1  # noqa: F821 (the NameError is what this case steps)

def delete_local():
    x = 5
    del x
    return "deleted"

def delete_global_name():
    global total
    total = 9.5
    del total
    return "gone"

# --- if, while, for --------------------------------------------------------------------------

def sign(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    else:
        return "zero"

def count_down(n):
    steps = []
    while n > 0:
        steps.append(n)
        n -= 1
    return steps

def sum_range(n):
    t = 0
    for i in range(n):
        t += i
    return t

def sum_list(xs):
    t = 0
    for x in xs:
        t = t + x
    return t

def break_and_continue(xs):
    kept = []
    for x in xs:
        if x < 0:
            continue
        if x > 100:
            break
        kept.append(x)
    return kept

def for_else(xs, wanted):
    for x in xs:
        if x == wanted:
            found = True
            break
    else:
        found = False
    return found

def while_true():
    n = 0
    while True:
        n += 3
        if n > 10:
            break
    return n

def nested_loops(n):
    pairs = []
    for i in range(n):
        for j in range(i):
            pairs.append((i, j))
    return pairs

def early_return(xs):
    for i, x in enumerate(xs):
        if x == "owl":
            return i
    return -1

def range_steps():
    return list(range(10, 0, -3)), [i for i in range(2, 9, 2)]

def loop_over_dict(d):
    out = []
    for key, value in d.items():
        out.append(f"{key}={value}")
    for key in d:
        out.append(key)
    return out

def zip_loop(a, b):
    return [x * y for x, y in zip(a, b)]

# --- functions and calls -------------------------------------------------------------------------

def greet(name, greeting="Hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation

def call_with_keywords():
    return greet("Ada"), greet("Bo", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di")

def star_args(*args, **kwargs):
    return len(args), sorted(kwargs.items())

def call_star():
    xs = [1, 2, 3]
    opts = {"a": 1}
    return star_args(*xs, **opts), star_args(0, *xs, b=2, **opts)

def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def outer(n):
    return middle(n) + 1

def middle(n):
    return inner(n) * 2

def inner(n):
    return n - 1

def too_many_args():
    return add(1, 2, 3)

def missing_arg():
    return add(1)

def bad_keyword():
    return greet("x", colour="red")

def positional_only(a, b, /, c=3):
    return a + b + c

def call_positional_only():
    return positional_only(1, 2), positional_only(1, 2, c=10)

def closure_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    step()
    step()
    return step()

def make_adder(k):
    return lambda x: x + k

def use_lambda():
    add5 = make_adder(5)
    return add5(10), sorted(["bb", "a", "ccc"], key=lambda s: len(s)), list(map(lambda v: v * v, [1, 2, 3]))

def builtins_calls(xs):
    return len(xs), max(xs), min(xs), sum(xs), sorted(xs, reverse=True), abs(-3), list(reversed(xs)), any(xs), all(xs)

def recursion_too_deep(n):
    return recursion_too_deep(n + 1)

# --- containers ----------------------------------------------------------------------------------

def build_things(a, b):
    xs = [a, b, a + b]
    t = (a, b)
    d = {"a": a, "b": b}
    s = {a, b, a}
    return xs, t, d, sorted(s), [], (), {}

def indexing(xs):
    return xs[0], xs[-1], xs[1:3], xs[::2], xs[:-1]

def item_assignment():
    xs = [0, 0, 0]
    xs[1] = 5
    xs[-1] += 2
    d = {}
    d["k"] = 1
    d["k"] += 10
    del xs[0]
    xs[0:1] = [7, 8]
    return xs, d

def list_methods():
    xs = [3, 1, 2]
    xs.append(4)
    xs.sort()
    last = xs.pop()
    xs.insert(0, 9)
    xs.extend([5, 6])
    xs.remove(9)
    return xs, last, xs.index(5), xs.count(1)

def dict_methods(d):
    d = dict(d)
    d.setdefault("c", 7)
    return d.get("a"), d.get("zz", 0), sorted(d.keys()), sorted(d.values()), d.pop("a"), len(d)

def string_methods(s):
    words = s.split()
    return "-".join(words), s.replace("o", "0"), s.strip().title(), s.count("o"), s.startswith("the")

def comprehensions(n):
    squares = [i * i for i in range(n)]
    evens = [i for i in squares if i % 2 == 0]
    lookup = {i: i * 2 for i in range(n)}
    letters = {c for c in "banana"}
    matrix = [[i * j for j in range(3)] for i in range(3)]
    return squares, evens, lookup, sorted(letters), matrix

def unpacking():
    a, b = 1, 2
    a, b = b, a
    first, *rest = [10, 20, 30]
    *start, end = "xyz"
    (p, q), r = (1, 2), 3
    return a, b, first, rest, start, end, p, q, r

def unpack_error():
    a, b = [1, 2, 3]  # noqa: F841 (the unpacking error is what this case steps)
    return a

def nested_data():
    school = {"owls": [1, 2], "hats": {"red": 1}}
    school["owls"].append(3)
    school["hats"]["blue"] = 2
    return school, len(school["owls"]), school["hats"].get("red")

def scores_update(name, points):
    scores[name] = scores.get(name, 0) + points
    return dict(scores)

def tuple_from_list(xs):
    return (*xs, 0), [*xs, *xs]

# --- attributes and methods ----------------------------------------------------------------------

def box_work():
    b = Box(3)
    b.add("hat")
    b.add("wand")
    b.grow()
    b.grow(by=2)
    b.colour = "blue"
    return b.size, b.items, b.colour

def method_on_value():
    return "abc".upper(), [1, 2].copy(), (1, 2, 2).count(2), {"a": 1}.items()

def missing_attribute():
    b = Box(1)
    return b.weight

# --- classes -------------------------------------------------------------------------------------
# A class statement's LOAD_BUILD_CLASS is stepped; __build_class__ (a builtin) runs the class body
# natively; its methods are stepped when called. super() without arguments reads the stepped frame.

class Pet:
    legs = 4
    made = 0

    def __init__(self, name):
        self.name = name
        Pet.made += 1

    def speak(self):
        return self.name + " says hi"

    def describe(self):
        return f"{self.name} has {self.legs} legs"


class Dog(Pet):
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick

    def speak(self):
        return super().speak() + " and woofs"

    def parent_words(self):
        helper = super()  # a plain CALL of super(): it reads the stepped frame too
        return helper.describe()


class Puppy(Dog):
    def speak(self):
        return super(Dog, self).speak() + "!"  # the two-argument form skips Dog


class Counter:
    start = 10

    def twice(n):
        return n * 2

    twice = staticmethod(twice)


def pets():
    p = Pet("Rex")
    d = Dog("Fido", "roll")
    return p.speak(), d.speak(), d.trick, d.parent_words(), Puppy("Bit", "sit").speak(), isinstance(d, Pet), Pet.made

def class_attributes():
    c = Counter()
    Counter.start += 1
    return Counter.start, c.start, Counter.twice(4), c.twice(5), Pet.legs, type(c).__name__

def class_inside(n):
    step = n + 1
    class Local(Pet):
        size = step
        def __init__(self, extra):
            super().__init__("local")
            self.total = step + extra
        def grow(self):
            self.total += 1
            return self.total
    thing = Local(2)
    thing.grow()
    return thing.grow(), Local.size, Local.__qualname__, thing.speak(), Pet.made

def classes_in_a_loop():
    made = []
    for size in range(3):
        class Bag:
            def __init__(self):
                self.size = size
        made.append(Bag().size)
    return made

def lonely_super():
    class Lone:
        def hello(self):
            return super().hello()
    return Lone().hello()

def super_without_self():
    return super()

def bad_base():
    class Odd(5):
        pass
    return Odd

# --- exceptions ----------------------------------------------------------------------------------

def divide(a, b):
    return a / b

def catch_zero(a, b):
    try:
        return divide(a, b)
    except ZeroDivisionError:
        return "no dividing by zero"

def catch_as(key):
    try:
        return scores[key]
    except KeyError as e:
        return "missing " + str(e)

def try_finally(n):
    out = []
    try:
        out.append("try")
        if n:
            return out
    finally:
        out.append("finally")
    return out

def try_else():
    try:
        x = 1
    except ValueError:
        x = 2
    else:
        x = 3
    return x

def raise_value_error(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n

def raise_through_frames():
    return outer_raiser()

def outer_raiser():
    return raise_value_error(-1)

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def raise_from():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("wrapped") from e

def catch_tuple(x):
    try:
        return [1][x]
    except (IndexError, TypeError) as e:
        return type(e).__name__

def index_error():
    return [1, 2][5]

def type_error():
    return "a" + 1

def assert_fails(x):
    assert x > 0, "x must be positive"
    return x

def nested_try():
    try:
        try:
            raise KeyError("k")
        except ValueError:
            return "wrong"
        finally:
            log.append("inner finally")
    except KeyError:
        return "outer caught"

def raise_class():
    raise RuntimeError

def raise_not_exception():
    raise 5

def bad_catch():
    try:
        1 / 0
    except 42:
        return "never"

# --- with ----------------------------------------------------------------------------------------

def with_lock():
    global count
    with lock:
        count += 10
    return count, lock.locked()

def with_lock_return():
    with lock:
        return lock.locked()

def with_lock_raise():
    try:
        with lock:
            raise ValueError("inside")
    except ValueError:
        return lock.locked()

def lock_methods():
    got = lock.acquire()
    held = lock.locked()
    lock.release()
    return got, held, lock.locked()

def timed_acquire():
    # the lock is taken (by this very thread): a wait with a time limit gives up and says False
    lock.acquire()
    try:
        waited = lock.acquire(timeout=0.01)
        at_once = lock.acquire(True, 0)
        not_blocking = lock.acquire(blocking=False)
    finally:
        lock.release()
    free = lock.acquire(timeout=0.5)
    lock.release()
    return waited, at_once, not_blocking, free, lock.locked()

def acquire_with(args, kwargs):
    try:
        return lock.acquire(*args, **kwargs)
    finally:
        if lock.locked():
            lock.release()

def with_not_a_context():
    with 5:
        return 1

class Quiet:
    """A spell's own context manager: __exit__ decides whether the error goes on."""

    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, kind, value, traceback):
        log.append("exit " + (kind.__name__ if kind else "clean"))
        return self.swallow


def own_context(swallow, fail):
    with Quiet(swallow) as q:
        if fail:
            raise KeyError("inside")
        result = q.swallow  # noqa: F841 (the attribute read is what this case steps)
    return "after", len(log)

def printing(n):
    for i in range(n):
        print("owl", i, sep="-")
    print("done", end="!")
    return n


# builtins that look at the frame calling them: stepped, they see the spell's frame (not the stepper's)

# (eval and exec are not here: run natively, as a spell's own code, the spell gate refuses them)
def frame_names(x):
    y = x * 2
    return "printing" in globals(), sorted(locals()), dir(), x + y, sorted(vars())
