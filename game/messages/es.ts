import type { Catalogue } from './en.js';
import type { enGhostStageWords } from './en-levels-gc.js';
import { esGlossary } from './es-glossary.js';
import { esLabKnights, esLabRunes, esLabWizard } from './es-lab-views.js';
import { esLabPrograms } from './es-lab-programs.js';
import { esLevels } from './es-levels.js';
import { esGhostStageWords } from './es-levels-gc.js';
import { esKnightStageWords } from './es-levels-gil.js';

/*
 * Glosario de la escuela (English → español), one word each, used everywhere:
 *   tally → marcador              holder → portador          hold → sostener
 *   let go → soltar               slot → casilla             free → liberar
 *   vanish → desaparecer          ghost (weak ref) → fantasma  weak reference → referencia débil
 *   immortal → inmortal           spirit → espíritu          Ghost Collector → Recogefantasmas
 *   sweep → barrer                circle → círculo           cycle → ciclo
 *   cleaner → limpiador           knight → caballero         Sir GIL → Sir GIL
 *   counting stick → bastón de contar   switch point → punto de cambio
 *   lock → candado                thread → hilo              turn → turno
 *   order (of runes) → orden      stepper → el paso a paso   lost update → actualización perdida
 *   an add → una suma             gap → hueco                tick → tic
 *   mark → marca                  rune → runa                stone → piedra
 *   stack / pile → pila           value stack → pila de valores   frame → marco
 *   room (a frame) → sala         constant → constante       constant folding → plegado de constantes
 *   fold → plegar                 specialised rune → runa especializada
 *   interpreter → intérprete      compiler → compilador      code object → objeto de código
 *   recipe → receta               vault → bóveda             dictionary → diccionario
 *   key → clave                   wand → varita              hat → sombrero
 *   royal wizard → mago real      wizard → mago              school → escuela
 *   spell → hechizo               cast → lanzar (el hechizo) a cast → un lanzamiento
 *   lesson → lección              place → lugar              chapter → capítulo
 *   story → historia              goal → objetivo            hint → pista
 *   guess → apuesta (adivinar, acertar)                      star → estrella
 *   robe → túnica                 piece → pieza              stage → escenario
 *   pass (a lesson) → superar     return (a function) → terminar   hand back → devolver
 *   print → mostrar con print     a word in quotes → una palabra entre comillas
 *   brackets () → paréntesis      indented → un paso más adentro
 *   teacher → docente             kid (teacher's words) → alumno   kiosk → quiosco
 *   guest → invitado              computer → equipo          countdown → cuenta regresiva
 *   class folder → carpeta de la clase   wizard file (a kid's file) → archivo de mago
 * Python code, names in the kids' code (hat, broom, spare, shelf, wand, pip, wisp, mist, lantern,
 * arthur, bors, count, …) and rune names (LOAD_FAST, BINARY_OP, …) stay as they are.
 */

/**
 * Every word a kid or teacher reads, in Spanish: the same shape as `en` (game/messages/en.ts),
 * key for key, with the same placeholders.
 */
export const es: Catalogue = {
  /** The language's tag, for its plural rules and numbers (Intl). */
  locale: 'es',
  /** A Python type, in the game's words, for `{kind, thing}`, with its article. */
  things: {
    int: 'un número entero',
    float: 'un número con punto decimal',
    str: 'una palabra entre comillas (una cadena de texto)',
    bool: 'True o False',
    NoneType: 'nada (None)',
    list: 'una lista',
    tuple: 'una tupla (valores entre paréntesis)',
    dict: 'un diccionario',
    set: 'un conjunto',
    function: 'una función',
    code: 'runas (un objeto de código)',
    type: 'una clase',
    module: 'un módulo',
    other: 'una cosa de su propio tipo ({type})',
  },
  glossary: esGlossary,
  app: {
    name: 'Escuela de Memoria PyLand',
  },
  common: {
    'cannot-read': 'Python no pudo leer el hechizo. Arregla la línea que señala y vuelve a lanzarlo.',
    'spell-crashed': 'El hechizo se detuvo con un error antes de terminar.',
    'checker-broken': '¡Uy! La escuela se equivocó al revisar este hechizo ({detail}). ¡No es culpa tuya!',
    'python-crashed': 'El hechizo hizo caer a Python, así que la escuela lo despertó otra vez. ¡Prueba con un hechizo más pequeño!',
    tampered:
      'Este hechizo cambió la magia de medir de la propia escuela, así que no puede superar la lección. ¡Los hechizos ganan haciendo la tarea, no cambiando las reglas!',
    'closed-door':
      'La línea {line} usa {doors}. Eso podría llegar al interior de la magia de la propia escuela, así que esta lección no lo permite. Resuélvelo con las líneas de hechizo que muestra la lección: las palabras dentro de tus textos y comentarios no son problema.',
    'school-door':
      'Mientras se ejecutaba, este hechizo intentó llegar al interior de la magia de la propia escuela ({door}). Esa puerta está cerrada, así que el hechizo no puede superar la lección. ¡Los hechizos ganan haciendo la tarea!',
  },
  /** Kid-friendly explanations of Python errors, keyed by exception type. */
  errors: {
    generic: 'Python se detuvo en la línea {line} con {type}. ¡Lee el mensaje, arregla esa línea y vuelve a lanzar el hechizo!',
    SyntaxError:
      'El hechizo tiene una falta de ortografía en la línea {line}: Python no pudo leerlo. Revisa los paréntesis, los dos puntos y las comillas.',
    NotAllowed: 'Está marcado en tu hechizo: quita {construct} y vuelve a lanzarlo.',
    IndentationError:
      'Los espacios al principio de la línea {line} no están bien. Las líneas del mismo bloque tienen que empezar en el mismo sitio.',
    'IndentationError-step-in':
      'La línea {line} tiene que empezar más adentro que la línea {after}: las líneas que van debajo de una línea que termina en dos puntos van un paso más adentro (4 espacios).',
    'IndentationError-unexpected':
      'La línea {line} empieza más adentro que la línea de arriba, pero nada de arriba pide un paso más adentro. Alinéala con la línea de arriba.',
    'IndentationError-step-back': 'La línea {line} vuelve a un sitio donde no empieza ningún bloque. Alinéala con alguna línea de arriba.',
    NameError: 'Python no conoce un nombre que se usa en la línea {line}. ¿Lo escribiste igual en todas partes?',
    'NameError-deleted':
      'En la línea {line} el hechizo usa {name}, pero el nombre {name} se soltó con del en la línea {deleted}. Después de del, ese nombre ya no existe: usa otro portador, o quita el del.',
    'NameError-later':
      'En la línea {line} el hechizo usa {name} antes de crearlo. Python lee de arriba abajo, y {name} no se crea hasta la línea {made}.',
    'NameError-typo': 'En la línea {line} Python no conoce el nombre {name}. ¿Querías decir {suggestion}?',
    'NameError-local':
      'En la línea {line} el hechizo usa {name}, pero {name} es un nombre de dentro de {function}(). Los nombres propios de una función solo viven mientras se ejecuta: cuando {function}() termina, {name} ya no existe. Usa {name} dentro de {function}().',
    'NameError-in-module':
      'En la línea {line} Python no conoce el nombre {name} por sí solo: {name} vive dentro del módulo {module}. Escribe {module}.{name} en su lugar.',
    'NameError-unknown':
      'En la línea {line} Python no conoce el nombre {name}. Créalo primero (como {name} = ...), o revisa cómo está escrito.',
    UnboundLocalError:
      'En la línea {line} una función usa {name} antes de darle un valor a {name}. Para cambiar un nombre de fuera de la función, escribe global {name} como su primera línea.',
    'threads-by-gil':
      'En la línea {line} el hechizo pone en marcha su propio hilo con threading.{name}. En esta escuela Sir GIL pone en marcha a los caballeros por ti: solo escribe las funciones de los caballeros.',
    TypeError: 'En la línea {line} un valor era del tipo equivocado para lo que el hechizo hizo con él.',
    'TypeError-count':
      'En la línea {line} {function}() recibió un número equivocado de valores. Cuenta los valores que hay entre sus paréntesis: ¿cuántos recibe {function}()?',
    'TypeError-missing':
      'En la línea {line} {function}() necesita más valores de los que le dio el hechizo. Mira su línea def: cada nombre que hay ahí necesita un valor.',
    'TypeError-keyword': 'En la línea {line} {function}() recibió {name}=, pero no tiene ningún valor llamado {name}.',
    'TypeError-not-callable':
      'En la línea {line} el hechizo llama a algo que no es una función: no se puede llamar a {kind, thing} con paréntesis. ¿Hay algún nombre que guarda un valor donde querías una función?',
    'TypeError-mix': 'En la línea {line} se mezclaron dos tipos de cosas que no encajan, como un número y una palabra entre comillas.',
    'TypeError-wrong-kind': 'En la línea {line} {function}() recibió un tipo de valor con el que no sabe trabajar.',
    'TypeError-no-len':
      'En la línea {line} el hechizo pregunta cuánto mide {kind, thing}, pero solo las cosas con valores dentro (una lista, una palabra entre comillas) tienen longitud.',
    'TypeError-not-iterable':
      'En la línea {line} el hechizo recorre {kind, thing} valor por valor, pero no tiene valores dentro que recorrer.',
    'TypeError-not-subscriptable': 'En la línea {line} el hechizo usa [ ] sobre {kind, thing}, pero no tiene sitios dentro donde mirar.',
    'TypeError-no-weakref':
      'En la línea {line} el hechizo quiere una referencia débil a {kind, thing}, pero Python no puede crear una para ese tipo de valor.',
    'TypeError-weakref-word':
      'En la línea {line} "{word}" entre comillas es solo una palabra, no lo que sostiene el nombre {word}, y una palabra no puede tener una referencia débil. Escribe {word} sin comillas.',
    ZeroDivisionError: 'En la línea {line} el hechizo intentó dividir entre cero. ¡Ni los magos pueden hacer eso!',
    AttributeError: 'En la línea {line} el hechizo le pidió a un objeto algo que no tiene.',
    IndexError: 'En la línea {line} el hechizo fue más allá del final de una lista.',
    KeyError: 'En la línea {line} el hechizo le pidió a un diccionario una clave que no tiene.',
    ValueError: 'En la línea {line} un valor no tenía la forma correcta.',
    'ValueError-remove-missing':
      'En la línea {line} se le pidió a remove() que sacara un valor que no está en la lista. remove() solo puede sacar lo que la lista sostiene.',
    'ValueError-remove-word':
      'En la línea {line} se le pidió a remove() que sacara "{word}", pero ninguna casilla de la lista sostiene esa palabra. "{word}" entre comillas es solo una palabra, no lo que sostiene el nombre {word}: escribe {word} sin comillas.',
    RecursionError: 'El hechizo se llamó a sí mismo una y otra vez y nunca paró.',
    MemoryError: 'El hechizo pidió más memoria de la que tiene el castillo.',
    ImportError: 'Ese módulo no está en la biblioteca del castillo (o está guardado bajo llave, lejos de los hechizos).',
    ModuleNotFoundError: 'Ese módulo no está en la biblioteca del castillo (o está guardado bajo llave, lejos de los hechizos).',
    FileNotFoundError:
      'No hay ningún archivo con ese nombre en el castillo. Los hechizos viven dentro del juego, así que no pueden abrir los archivos de tu equipo.',
    PermissionError: 'En la línea {line} el hechizo intentó algo que los hechizos no tienen permitido.',
    'host-programs':
      'En la línea {line} el hechizo intentó abrir un programa de tu equipo. Los hechizos viven dentro del juego, así que no pueden hacer eso. ¡A tu equipo no le pasó nada!',
    'host-files':
      'En la línea {line} el hechizo intentó escribir o cambiar un archivo. Los hechizos viven dentro del juego, así que no pueden tocar los archivos de tu equipo.',
    'host-network':
      'En la línea {line} el hechizo intentó usar internet. Los hechizos viven dentro del juego, así que no pueden hablar con otros equipos.',
    'host-machine':
      'En la línea {line} el hechizo intentó llegar al código máquina que hay debajo de Python. Los hechizos no pueden hacer eso: ¡usa Python normal!',
    'host-school':
      'En la línea {line} el hechizo intentó llegar al interior de la magia de la propia escuela. Esa puerta está cerrada: ¡haz la tarea con Python normal!',
    interrupted: 'El hechizo tardó demasiado, así que la escuela lo detuvo. ¡Busca un bucle que nunca termina!',
  },
  /** Predict, then cast (game/model/predictions.ts): the choices, by what the cast measures. */
  predict: {
    heading: '¡Primero, tu apuesta!',
    'pick-first': '¡Elige primero tu apuesta y luego lanza tu hechizo!',
    right: 'Apostaste por “{guess}”, ¡y acertaste!',
    wrong: 'Apostaste por “{guess}”. Lo que pasó de verdad: “{answer}”. ¡Ahora ya lo sabes!',
    unknown: 'El hechizo se detuvo antes de que la escuela pudiera comprobar tu apuesta. Tu apuesta espera a tu próximo lanzamiento.',
    'tally-change': {
      down: 'baja',
      same: 'se queda igual',
      'up-one': 'sube 1',
      'up-more': 'sube más de 1',
    },
    'spirit-end': { tally: 'el marcador, cuando llega a 0', collector: 'el Recogefantasmas', stays: 'nadie: {label} se queda' },
    'knights-turns': {
      'one-go': 'un caballero termina, y luego el otro',
      turns: 'se turnan el bastón',
      together: 'los dos en el mismo instante',
    },
    folded: { folded: 'como 42, ya calculado', multiplies: 'como 6, 7 y una runa de multiplicar' },
    'update-lost': { safe: 'no: se guardan todas las sumas', lost: 'sí: en algunos órdenes se pierde una suma' },
  },
  /** Stars per lesson and the wizard's robe (game/model/stars.ts). */
  stars: {
    label: '{earned, plural, one {# estrella} other {# estrellas}} de {possible}',
    passed: 'lección superada',
    'without-hints': 'sin usar pistas',
    predicted: 'tu apuesta se cumplió',
    earned: 'Aquí ganaste {earned, plural, one {# estrella} other {# estrellas}} de {possible}: {reasons}.',
    'robe-heading': 'Tu túnica de mago',
    'robe-count':
      '{count, plural, =0 {Todavía no tienes piezas: ¡termina un lugar para ganar una!} one {# pieza de 6} other {# piezas de 6}}',
    'robe-earned': 'Ganaste una pieza de tu túnica de mago: ¡{piece}!',
    'school-stars': '{earned} de {possible, plural, one {# estrella} other {# estrellas}} en toda la escuela',
    pieces: {
      refcount: 'el sombrero de mago',
      gc: 'la bufanda antifantasmas',
      gil: 'los guantes de caballero',
      bytecode: 'el abrigo de runas',
      interpreter: 'la varita real',
      graduation: 'la corona',
    },
    'piece-missing': '{piece} (todavía no)',
  },
  /** The loading screen: assets first, then Python (the royal wizard) in the background. */
  loading: {
    heading: 'Abriendo las puertas de la escuela…',
    assets: 'Preparando los libros de hechizos',
    python: 'Despertando al mago real (Python)',
    'assets-failed': 'Algunas imágenes no se pudieron cargar. ¡La escuela funciona igual sin ellas!',
  },
  title: {
    tagline: 'Aprende la magia secreta que hay dentro de Python: cómo recuerda, cómo olvida y cómo lee tus hechizos.',
    start: 'Entrar en la escuela',
    teacher: 'Docente',
  },
  /** The small indicator that shows how far Python has started. */
  python: {
    label: 'Mago real',
    waking: 'El mago real se está despertando… {percent}%',
    ready: '¡El mago real está despierto y listo para los hechizos!',
    failed: 'El mago real no pudo despertarse. Cierra el juego y vuelve a abrirlo.',
    'failed-detail': 'Qué salió mal (para los adultos): {detail}',
  },
  profile: {
    heading: '¿Quién viene hoy a la escuela?',
    'back-to-title': 'Volver al inicio',
    'pick-heading': 'Elige tu nombre',
    'none-yet': 'Todavía no hay magos aquí. ¡Crea el primero!',
    'new-heading': 'Un mago nuevo',
    'name-label': 'Tu nombre de mago',
    'avatar-label': 'Elige tu imagen',
    create: 'Unirme a la escuela',
    created: '¡Te damos la bienvenida a la escuela, {name}!',
    'name-empty': 'Primero escribe un nombre, por favor.',
    'name-too-long': 'Ese nombre es demasiado largo: usa como mucho {max, plural, one {# letra} other {# letras}}.',
    'name-taken': 'Otro mago ya tiene ese nombre. ¡Prueba con otro!',
    /** The name of a profile whose saved name is missing or was nothing but invisible characters. */
    unnamed: 'Aprendiz de mago',
    avatars: {
      mage: 'Mago',
      witch: 'Bruja',
      owl: 'Búho',
      cat: 'Gato',
      dragon: 'Dragón',
      unicorn: 'Unicornio',
      fox: 'Zorro',
      frog: 'Rana',
      robot: 'Robot',
    },
  },
  /** The school map with its six places (one per chapter). */
  map: {
    heading: 'Los terrenos de la escuela',
    welcome: '¡Hola, {name}! ¿Adónde vamos hoy?',
    'switch-profile': 'Cambiar de mago',
    progress: 'Hechas: {passed} de {total, plural, one {# lección} other {# lecciones}}',
    done: '{total, plural, one {¡Terminado! La lección está hecha} other {¡Terminado! Las # lecciones están hechas}}',
    'locked-finish-previous': 'Cerrado: primero termina “{chapter}”.',
    'coming-soon': 'Muy pronto: ¡todavía lo estamos construyendo!',
    'locked-by-teacher': 'Cerrado: tu docente lo abrirá más adelante.',
  },
  chapters: {
    refcount: 'Conteo de referencias',
    'refcount-tagline': 'El sombrero mágico y su marcador: ¿quién me sostiene?',
    gc: 'Recolección de basura',
    'gc-tagline': 'El Recogefantasmas barre las cosas que solo se sostienen entre sí.',
    gil: 'El GIL',
    'gil-tagline': 'Sir GIL y el bastón de contar: solo un caballero puede ejecutar Python a la vez.',
    bytecode: 'Bytecode',
    'bytecode-tagline': 'Runas de hechizo: los pequeños pasos en los que se convierte tu código.',
    interpreter: 'El intérprete',
    'interpreter-tagline': 'El mago real que lee las runas una a una.',
    graduation: 'Graduación',
    'graduation-tagline': '¡Demuestra todo lo que aprendiste y gana tu certificado y tu corona!',
  },
  /** A chapter's list of lessons. */
  chapter: {
    'lessons-heading': 'Lecciones',
    lesson: 'Lección {number}: {title}',
    passed: 'Hecha',
    open: 'Lista para jugar',
    locked: 'Cerrada: primero supera la lección anterior.',
    'back-to-map': 'Volver al mapa',
  },
  /** The level scene: story, editor, cast, what happened. */
  level: {
    // the English ghost words are `as const` (literal types): same keys, Spanish strings
    ...(esGhostStageWords as typeof enGhostStageWords),
    ...esKnightStageWords,
    story: 'La historia',
    'tell-me-more': 'Cuéntame más',
    'tell-me-less': 'Mostrar menos',
    'glossary-open': '¿Qué significa “{term}”?',
    'glossary-label': 'Qué significa “{term}”',
    'glossary-close': 'Entendido',
    happened: 'Qué pasó',
    'happened-empty': 'Lanza tu hechizo, y esta página te dirá qué pasó.',
    goal: 'Tu objetivo',
    'editor-label': 'Tu hechizo (Python)',
    'editor-help': 'Ctrl+Enter lanza el hechizo. Esc y luego Tab sale del editor.',
    cast: 'Lanzar el hechizo',
    casting: 'Lanzando…',
    'cast-waiting': 'Esperando al mago real…',
    'python-not-ready': 'El mago real todavía se está despertando. ¡Vuelve a intentarlo en un momento!',
    'python-failed': 'No se pueden lanzar hechizos: el mago real no pudo despertarse.',
    'reset-spell': 'Empezar de nuevo',
    'reset-done': 'El hechizo volvió a estar como al empezar la lección. ¿Cambiaste de idea? Ctrl+Z en el hechizo te devuelve el tuyo.',
    'reset-question': '¿Empezar de nuevo? Tu hechizo vuelve a estar como al empezar la lección.',
    'reset-yes': 'Sí, empezar de nuevo',
    'reset-no': 'Quedarme con mi hechizo',
    'spell-too-long':
      'Este hechizo es muy largo: para la próxima vez, la escuela guardará solo {lines, plural, one {su primera línea} other {sus primeras # líneas}} ({letters, plural, one {# letra} other {# letras}}). El resto sigue funcionando ahora.',
    'stage-heading': 'Lo que hizo tu hechizo',
    'watch-big': 'Verlo en grande',
    'watch-small': 'Volver a mi hechizo',
    'stage-idle': 'Lanza tu hechizo para ver lo que hace de verdad dentro de Python.',
    'stage-no-scene': 'El hechizo se detuvo antes de que la escuela pudiera mirar los objetos.',
    'caption-label': 'Lo que muestra el escenario, en palabras',
    'caption-more': 'Leerlo todo',
    'caption-less': 'Mostrar menos',
    'object-tally': '{change, plural, =0 {{label}: su marcador no cambió.} other {{label}: su marcador cambió en {delta}.}}',
    'object-held-by': 'Lo sostienen los nombres: {names}.',
    'object-held-by-nobody': 'Ningún nombre lo sostiene.',
    'object-in-container': 'Casillas de {name} que lo sostienen: {slots}.',
    'object-held-inside': 'Dentro de {function}(), su nombre {name} también lo sostiene.',
    'object-ghost-watches': 'El fantasma es una referencia débil: mira sin sostener, así que no cuenta en el marcador.',
    'object-ghost-saw-it-go': 'El fantasma, una referencia débil, lo vio irse: miraba sin sostenerlo.',
    'tally-moment-start': 'Antes del hechizo:',
    'tally-moment-returned': '{function}() terminó:',
    'object-vanished': 'Desapareció: ya nadie lo sostenía, así que Python se deshizo de él.',
    'object-swept':
      'Desapareció, pero no porque su marcador llegara a 0: algo (quizá el propio objeto) todavía lo sostenía, así que solo el limpiador de ciclos, gc.collect(), podía llevárselo.',
    'runes-listed': 'Las runas de {name}, en orden: {runes}.',
    'runes-more': 'y {count} más',
    'runes-none': 'No hay runas que mostrar: el hechizo no tiene ninguna función llamada {name}.',
    'rune-lit': 'Iluminada: {rune}.',
    'rune-step': 'Runa {number} de la receta: {rune}.',
    'rune-step-found': 'Esta es una runa que busca la lección.',
    'rune-step-changed': 'Mientras el hechizo se ejecutaba, se convirtió en {specialised}.',
    'rune-changed': '{rune} se convirtió en {specialised}.',
    'rune-missing': 'Se buscó, pero no se encontró: {rune}.',
    'rune-was': '{argument} \u00b7 era {rune}',
    'rune-was-bare': 'era {rune}',
    'wizard-read': 'El mago leyó {count, plural, one {# runa} other {# runas}} de {name}, una a una.',
    'wizard-nothing': 'El mago no tuvo nada que leer en {name}.',
    'wizard-rune-ran': 'Iluminada: {rune}. Veces que el mago la leyó: {times}.',
    'wizard-stack-after': 'Justo después de {rune}, la pila de valores tenía {stack} (primero el de abajo).',
    'wizard-rune-lit': 'Iluminada: {rune}.',
    'replay-wizard-step': '{rune}: ahora la pila es {stack}',
    'replay-heading': 'Paso a paso',
    'replay-back': 'Un paso atrás',
    'replay-forward': 'Siguiente paso',
    'replay-end': 'Mostrar el final',
    'replay-step': 'Paso {step} de {total}',
    'replay-step-line': 'Paso {step} de {total}, línea {line}',
    'replay-ready': 'Recorre la ejecución paso a paso: {total, plural, one {# paso} other {# pasos}}.',
    'wizard-puzzle-stack':
      'Tu acertijo: mira cómo la varita lee las runas y fíjate en la pila justo después de la runa iluminada. Vuelve a lanzar el hechizo para verlo otra vez.',
    'wizard-puzzle-jumps':
      'Tu acertijo: mira cómo la varita lee las runas y cuenta cada vez que cae en la runa iluminada. Vuelve a lanzar el hechizo para verlo otra vez.',
    'wizard-puzzle-frames':
      'Tu acertijo: mira cómo la varita lee las runas y cuenta las salas cuando está en el punto más hondo. Vuelve a lanzar el hechizo para verlo otra vez.',
    'wizard-frames':
      '{count, plural, one {En el punto más hondo, había # marco abierto: {names}.} other {En el punto más hondo, había # marcos abiertos a la vez: {names}.}}',
    'wizard-returned': 'Al final devolvió {value}.',
    'wizard-step': '{name} \u00b7 runa {step} de {total}',
    'wizard-empty': 'vacía',
    'wizard-times': '\u00d7{times}',
    'wizard-more': '+{count} más',
    'wizard-handed-back': 'devolvió {value}',
    passed: '¡Lo lograste! El hechizo funciona.',
    'not-yet': 'Todavía no del todo. ¡Lee las notas de abajo y vuelve a intentarlo!',
    'error-heading': 'Python detuvo el hechizo',
    'not-allowed-heading': 'La escuela no ejecutó este hechizo',
    'error-at-line': '{type} en la línea {line}: {message}',
    'not-allowed-at-line': 'No se permite en esta lección, en la línea {line}: {construct}',
    'error-no-line': '{type}: {message}',
    output: 'Lo que mostró el hechizo',
    'output-empty': 'El hechizo no mostró nada.',
    hints: 'Pistas',
    'show-hint': 'Ver una pista',
    'hint-number': 'Pista {number}',
    'no-more-hints': 'Esa era la última pista. ¡Tú puedes!',
    next: 'Siguiente lección',
    'back-to-map': 'Volver al mapa',
    'back-to-chapter': 'Volver a las lecciones',
    'chapter-finished': '¡Terminaste “{chapter}”! Vuelve al mapa para ver qué se abrió.',
    'certificate-waits':
      '¡Aprobaste el examen final! Tu certificado espera a que termines el resto de la escuela: primero termina {chapters}.',
    'chapter-quoted': '“{chapter}”',
    'not-found': 'No se encontró esta lección. Volvamos al mapa.',
  },
  /** The graduation certificate (drawn on a canvas; the same words are read out for screen readers). */
  certificate: {
    get: 'Recibe tu certificado',
    'dialog-label': 'Tu certificado de graduación',
    school: 'Escuela de Memoria PyLand',
    title: 'Certificado de Graduación',
    'awarded-to': 'Se certifica que',
    achievement: 'aprendió cómo funciona Python por dentro y aprobó el examen final:',
    date: 'Fecha de graduación: {date}',
    signature: 'El Mago Real, director de la escuela',
    seal: 'PyLand',
    alt: 'Certificado de Graduación de la Escuela de Memoria PyLand para {name}, con fecha de graduación {date}. Capítulos superados: {chapters}.',
    save: 'Guardar como PNG',
    close: 'Cerrar',
    saved: 'Tu certificado se guardó como {file}.',
    'save-failed': 'No se pudo guardar la imagen. Inténtalo otra vez, por favor.',
  },
  /** The teacher's console (grown-ups read this part). */
  teacher: {
    heading: 'Consola del docente',
    'set-pin-heading': 'Elige un PIN de docente',
    'set-pin-intro':
      'La consola está protegida con un PIN de 4 a 8 cifras. Elige uno que los alumnos no conozcan. Solo se guarda como un hash con sal en este equipo.',
    'new-pin': 'PIN nuevo (de 4 a 8 cifras)',
    'repeat-pin': 'El mismo PIN otra vez',
    'set-pin': 'Guardar el PIN y abrir la consola',
    'pin-format': 'El PIN tiene que tener de 4 a 8 cifras (del 0 al 9), y nada más.',
    'pin-mismatch': 'Los dos PIN no son iguales. Escríbelos otra vez.',
    'enter-pin-heading': 'PIN de docente',
    'enter-pin': 'PIN',
    unlock: 'Abrir la consola',
    checking: 'Comprobando…',
    'wrong-pin':
      'Ese PIN no es correcto. {tries, plural, one {Queda # intento} other {Quedan # intentos}} antes de que la consola se bloquee.',
    'wrong-pin-last': 'Ese PIN no es correcto.',
    'locked-out': 'Demasiados PIN incorrectos: la consola está bloqueada. Vuelve a intentarlo dentro de {time}.',
    'forgot-pin':
      '¿Olvidaste el PIN? La sección “For teachers and workshops” del README explica cómo restablecerlo (no se puede hacer desde dentro del juego).',
    'time-seconds': '{seconds, plural, one {# segundo} other {# segundos}}',
    'time-minutes': '{minutes, plural, one {# minuto} other {# minutos}}',
    'back-to-title': 'Volver a la portada',
    leave: 'Cerrar la consola',
    'pace-heading': 'Ritmo: qué lugares están abiertos',
    'pace-intro':
      'Si no eliges nada, un lugar se abre cuando se termina el anterior. Tu elección manda sobre esa regla; lo que elijas para un alumno manda sobre lo que elijas para la clase. En un lugar que cerraste, los alumnos ven “tu docente lo abrirá más adelante”.',
    'class-column': 'Toda la clase',
    'for-class': '{chapter} para toda la clase',
    'for-kid': '{chapter} para {name}',
    'choice-rule': 'Seguir la regla',
    'choice-class': 'Igual que la clase',
    'choice-open': 'Abierto',
    'choice-locked': 'Cerrado',
    'pace-saved': '{chapter}: guardado.',
    'no-lessons': 'todavía sin lecciones',
    'lab-open-label': 'Abrir el Laboratorio de memoria para todos',
    'lab-open-hint':
      'Si no lo marcas, el Laboratorio de memoria de cada alumno se abre cuando termina “{chapter}”. Un quiosco puede esconderlo igualmente (mira Quiosco para talleres, más abajo).',
    'lab-opened': 'El Laboratorio de memoria está abierto para todos.',
    'lab-closed': 'Ahora el Laboratorio de memoria se abre para cada alumno cuando termina “{chapter}”.',
    'class-heading': 'La clase',
    'overview-caption':
      'La clase de un vistazo: lo que muestra el mapa de cada alumno para cada lugar. Pulsa un nombre para ver las lecciones de ese alumno.',
    'col-kid': 'Alumno',
    'overview-done': '✓ terminado',
    'overview-open': '{passed} de {total}',
    'overview-closed': 'cerrado',
    'overview-stuck': 'ATASCADO',
    'overview-never': 'todavía no',
    'no-profiles': 'Ningún alumno ha creado todavía un perfil en este equipo.',
    'kid-summary': 'Jugó por última vez: {when}.',
    'never-played': 'Todavía no ha jugado.',
    'stuck-summary': 'Atascado en {count, plural, one {# lección} other {# lecciones}}: {lessons}.',
    'not-stuck': 'No está atascado en ninguna parte.',
    'chapter-state-open': 'abierto, {passed} de {total} hechas',
    'chapter-state-done': 'terminado',
    'chapter-state-locked': 'cerrado',
    'chapter-state-waits': 'cerrado hasta que se termine “{chapter}”; ábrelo en la tabla de ritmo para que el alumno pueda entrar ya',
    'chapter-state-waits-elsewhere': 'cerrado hasta que se termine “{chapter}”',
    'chapter-state-locked-by-teacher': 'cerrado por ti',
    'chapter-row': '{chapter} ({state})',
    'col-chapter': 'Lugar',
    'col-level': 'Lección',
    'col-stars': 'Estrellas',
    'stars-cell': '{earned} de {possible}',
    'col-status': 'Estado',
    'col-attempts': 'Lanzamientos',
    'col-hints': 'Pistas',
    'col-time': 'Tiempo',
    'col-last-played': 'Última partida',
    'status-passed': 'Superada',
    'status-started': 'Aún no superada',
    'status-not-started': 'Sin empezar',
    stuck: 'ATASCADO: {attempts, plural, one {# lanzamiento} other {# lanzamientos}}, todavía sin superar',
    duration: '{minutes} min {seconds} s',
    rename: 'Cambiar el nombre',
    'rename-label': 'Nombre nuevo para {name}',
    'rename-save': 'Guardar el nombre',
    cancel: 'Cancelar',
    renamed: '{old} ahora se llama {name}.',
    reset: 'Borrar el progreso',
    'reset-confirm': '¿Borrar todo el progreso de {name}? Se guarda una copia de seguridad, así que puedes recuperarlo abajo.',
    'reset-confirm-folder':
      '¿Reiniciar todo el progreso de {name}, en este equipo y en la carpeta de la clase? Los demás equipos de la clase también hacen empezar de nuevo a {name}. Aquí se guarda una copia, así que puedes recuperarlo abajo.',
    'reset-yes': 'Sí, borrar el progreso de {name}',
    'reset-done': 'Se borró el progreso de {name}. Se guardó una copia de seguridad.',
    delete: 'Eliminar el perfil',
    'delete-confirm': '¿Eliminar a {name} de este equipo? Se guarda una copia de seguridad, así que puedes recuperar el perfil abajo.',
    'delete-confirm-folder':
      '¿Borrar a {name} de este equipo y de la carpeta de la clase? Los demás equipos de la clase también quitan a {name}, y cada uno guarda una copia. Puedes recuperar el perfil abajo.',
    'delete-done-folder': 'Se borró a {name} aquí y en la carpeta de la clase. Se guarda una copia.',
    'delete-yes': 'Sí, eliminar a {name}',
    'delete-done': 'Se eliminó a {name}. Se guardó una copia de seguridad.',
    'backups-heading': 'Copias de seguridad',
    'backups-intro': 'Los últimos perfiles cuyo progreso borraste o que eliminaste. Restaurar devuelve el perfil tal como estaba.',
    'no-backups': 'Todavía no hay copias de seguridad.',
    'backup-reset': '{name}: progreso borrado el {when}',
    'backup-delete': '{name}: eliminado el {when}',
    restore: 'Restaurar a {name}',
    restored: '{name} ha vuelto, tal como estaba.',
    'backup-gone': 'Esa copia de seguridad ya no está.',
    'profile-gone': 'Ese perfil ya no está en este equipo.',
    'restore-name-taken': 'Ahora otro perfil se llama {name}. Cámbiale el nombre primero y luego restaura.',
    'setup-heading': 'Archivo de configuración de la clase',
    'setup-intro':
      'Configura un equipo, descarga su configuración (qué lugares están abiertos para la clase, si el laboratorio de memoria está abierto para todos, las opciones de quiosco, la carpeta de la clase y el hash del PIN) y carga ese archivo en los demás equipos. El progreso de los alumnos no va en él.',
    'setup-export': 'Descargar la configuración de la clase',
    'setup-import': 'Cargar un archivo de configuración de la clase',
    'setup-loaded': 'Se cargó la configuración de la clase: los lugares, las opciones de quiosco y el PIN ahora coinciden con ese archivo.',
    'setup-loaded-no-kiosk':
      'Se cargó la configuración de la clase: los lugares y el PIN ahora coinciden con ese archivo. Viene de una versión anterior sin opciones de quiosco, así que las opciones de quiosco de este equipo se quedan como estaban.',
    'setup-loaded-no-lab':
      'Se cargó la configuración de la clase: los lugares, las opciones de quiosco y el PIN ahora coinciden con ese archivo. Viene de una versión anterior sin las opciones del Laboratorio de memoria, así que las de este equipo se quedan como estaban.',
    'setup-bad-lab': 'La opción del Laboratorio de memoria de esta configuración de clase no está bien escrita. No se cambió nada.',
    'setup-bad-kiosk': 'Las opciones de quiosco de esta configuración de clase no están bien escritas. No se cambió nada.',
    'setup-kiosk-range':
      'La opción de quiosco “{field}” de esta configuración de clase tiene que ser un número entero del {min} al {max}. No se cambió nada.',
    'setup-too-big': 'Este archivo es demasiado grande para ser una configuración de clase (como mucho {max} KB). No se cambió nada.',
    'setup-not-json': 'Este archivo está dañado o no es una configuración de clase (no es JSON). No se cambió nada.',
    'setup-wrong-kind': 'Este archivo no es una configuración de clase de PyLand. No se cambió nada.',
    'setup-newer':
      'Esta configuración de clase viene de una versión más nueva del juego (versión de configuración {schema}). Actualiza primero este equipo. No se cambió nada.',
    'setup-unknown-field': 'Esta configuración de clase tiene algo que este juego no conoce (“{field}”). No se cambió nada.',
    'setup-bad-chapters': 'Los lugares de esta configuración de clase no están bien escritos. No se cambió nada.',
    'setup-unknown-chapter': 'Esta configuración de clase nombra un lugar que la escuela no tiene (“{chapter}”). No se cambió nada.',
    'setup-bad-pin': 'El PIN de esta configuración de clase no es un hash lento válido. No se cambió nada.',
    'setup-unreadable': 'No se pudo leer el archivo. No se cambió nada.',
    'setup-bad-folder': 'La carpeta de la clase de esta configuración no es una ruta de carpeta completa. No se cambió nada.',
    'setup-folder-set': 'Ahora este equipo usa la carpeta de la clase {folder}.',
    'setup-folder-none': 'El archivo no nombra ninguna carpeta de la clase, así que este equipo ya no usa ninguna.',
    'export-heading': 'Exportar',
    'export-csv': 'Descargar el progreso de la clase (CSV)',
    'export-done': 'Se descargó el archivo {file}.',
    'export-saved': 'Guardado como {file}.',
    'export-cancelled': 'No se guardó: se cerró la ventana de guardar.',
    'export-failed': 'No se pudo guardar el archivo. Prueba con otra carpeta.',
    'kiosk-heading': 'Quiosco para talleres',
    'kiosk-intro':
      'Para una fila de equipos a los que se acercan los niños: un niño juega enseguida como invitado y, tras unos minutos sin jugar, el juego pregunta “¿Sigues ahí?”, hace una cuenta regresiva, vuelve a la portada y borra el progreso del invitado (los perfiles con nombre se quedan). Para salir de un quiosco se usa Ctrl+Alt+Shift+K (Cmd+Alt+Shift+K en un Mac) y el PIN de esta consola.',
    'kiosk-start-next-time': 'Empezar como quiosco la próxima vez',
    'kiosk-start-hint':
      'Así, cada vez que se abra la aplicación será un quiosco, sin la opción --kiosk. Salir de un quiosco cierra la aplicación: para desactivarlo más adelante, abre la aplicación una vez con --no-kiosk y vuelve aquí (mira el README, “For teachers and workshops”).',
    'kiosk-browser':
      'En un navegador, un quiosco se abre con su dirección: abre esta dirección en cada equipo (y pulsa F11 para verlo en pantalla completa).',
    'kiosk-browser-address': 'Dirección del quiosco',
    'kiosk-idle-label': 'Minutos sin jugar antes de “¿Sigues ahí?” (de 1 a 60)',
    'kiosk-countdown-label': 'Segundos de la cuenta regresiva (de 5 a 120)',
    'kiosk-hide-lab': 'Esconder el Laboratorio de memoria',
    'kiosk-hide-lab-hint':
      'En un quiosco, el mapa no muestra entonces la puerta del Laboratorio de memoria, aunque lo hayas abierto para todos.',
    'kiosk-save': 'Guardar las opciones de quiosco',
    'kiosk-saved': 'Opciones de quiosco guardadas: “¿Sigues ahí?” tras {minutes} min sin jugar, y luego {seconds} s para responder.',
    'kiosk-saved-start':
      'Opciones de quiosco guardadas: “¿Sigues ahí?” tras {minutes} min sin jugar, y luego {seconds} s para responder. La aplicación empezará como quiosco la próxima vez.',
    'kiosk-idle-invalid': 'Los minutos sin jugar tienen que ser un número entero del {min} al {max}.',
    'kiosk-countdown-invalid': 'La cuenta regresiva tiene que ser un número entero de segundos del {min} al {max}.',
    'kiosk-not-saved': 'No se guardó nada. Corrige lo que está marcado y vuelve a guardar.',
    csv: {
      profile: 'Perfil',
      chapter: 'Capítulo',
      'level-id': 'Id de la lección',
      'level-title': 'Título de la lección',
      status: 'Estado',
      casts: 'Lanzamientos',
      stuck: 'Atascado',
      'stuck-mark': 'ATASCADO',
      hints: 'Pistas',
      seconds: 'Segundos',
      'first-passed-at': 'Superada por primera vez (UTC)',
      'last-played-at': 'Última partida (UTC)',
      passed: 'superada',
      started: 'aún no superada',
      'not-started': 'sin empezar',
    },
  },
  /** The teacher's console on the desktop app: the class folder shared by the lab's computers (issue 14). */
  teacherFolder: {
    heading: 'Carpeta de la clase',
    intro:
      'La carpeta de la clase es una carpeta compartida en la red o una memoria USB que usan todos los equipos de la clase. Cada niño con nombre tiene allí un archivo: su nombre, su imagen, sus lecciones, sus últimos hechizos y sus programas del Laboratorio de memoria. Los invitados nunca se copian allí, y el PIN tampoco. Cada equipo guarda también su propia copia, así que el juego sigue aunque no se llegue a la carpeta.',
    travels:
      'La carpeta que elijas aquí también se guarda en el archivo de configuración de la clase: carga ese archivo en los demás equipos y usarán la misma carpeta. Tiene que tener la misma ruta en todos (la misma letra de unidad o la misma dirección de red).',
    chosen: 'Este equipo usa la carpeta de la clase {folder}.',
    none: 'No hay una carpeta de la clase elegida. Cada equipo guarda solo el progreso de sus niños.',
    kids: '{count, plural, =0 {La carpeta todavía no tiene archivos de niños.} one {La carpeta tiene # archivo de un niño.} other {La carpeta tiene # archivos de niños.}}',
    choose: 'Elegir la carpeta de la clase',
    stop: 'Dejar de usar la carpeta de la clase',
    reading: 'Leyendo la carpeta de la clase…',
    'now-using': 'Ahora la carpeta de la clase es {folder}. Los niños de este equipo se copian allí.',
    cancelled: 'No cambió nada: se cerró la ventana de elegir carpeta.',
    'not-a-folder':
      'Esa carpeta no puede ser la carpeta de la clase. Elige una carpeta en un disco, una memoria USB o una carpeta compartida en la red.',
    stopped:
      'Este equipo ya no usa una carpeta de la clase. El progreso de los niños se queda en este equipo, y lo que se copió se queda en la carpeta.',
    'file-problem': '{file}: {problem}',
    'folder-only':
      'Solo jugó en otros equipos. Cambiar el nombre, reiniciar, borrar y su propio ritmo se hacen en un equipo donde {name} tiene perfil.',
    'overview-elsewhere': 'otros equipos',
  },
  /** Kiosk mode (a workshop computer strangers' kids walk up to): guest play, "Still there?", the way out. */
  kiosk: {
    'play-now': 'Jugar ahora',
    'play-now-hint': 'No necesitas nombre: juegas como invitado, y tus hechizos se borran cuando te vas.',
    'named-profiles': 'Jugar con mi nombre',
    'guest-name': 'Mago invitado',
    'guest-welcome': '¡Te damos la bienvenida, mago invitado! Diviértete con los hechizos.',
    'attract-caption': 'Toca la pantalla o pulsa cualquier tecla para jugar',
    'still-there-heading': '¿Sigues ahí?',
    'still-there-text':
      'Hace un rato que nadie toca la escuela. Cuando termine la cuenta regresiva, volverá al inicio para el siguiente mago y se borrarán los hechizos del invitado.',
    'still-there-seconds': '{seconds}',
    'still-there-unit': 'segundos restantes',
    'still-there-announce':
      '¿Sigues ahí? La escuela vuelve al inicio en {seconds, plural, one {# segundo} other {# segundos}}. Pulsa “Sigo aquí” para seguir jugando.',
    'still-here': 'Sigo aquí',
    'still-here-done': '¡Genial, sigue jugando!',
    'reset-done': 'La escuela está lista para el siguiente mago.',
    'exit-heading': 'Salir del quiosco',
    'exit-intro': 'Para quien dirige el taller: escribe el PIN de docente.',
    'exit-pin': 'PIN de docente',
    'exit-quit': 'Cerrar el quiosco',
    'exit-console': 'Abrir la consola del docente',
    'exit-cancel': 'Cancelar',
    'quit-refused': 'No se pudo cerrar el quiosco ahora mismo. Inténtalo otra vez.',
    quitting: 'El quiosco se está cerrando…',
    'setup-heading': 'Configurar este quiosco',
    'setup-intro':
      'Este equipo funciona como quiosco para un taller. Antes de que jueguen los niños, elige un PIN de docente de 4 a 8 cifras que los niños no conozcan. Es la única forma de salir del quiosco: pulsa Ctrl+Alt+Shift+K (Cmd+Alt+Shift+K en un Mac) y escríbelo.',
    'setup-pin': 'PIN de docente nuevo (de 4 a 8 cifras)',
    'setup-repeat': 'El mismo PIN otra vez',
    'setup-submit': 'Guardar el PIN y abrir el quiosco',
    'setup-saving': 'Guardando el PIN…',
    'setup-done': 'El PIN está guardado. El quiosco está listo para los niños.',
    'setup-hide-lab': 'Esconder el Laboratorio de memoria',
    'setup-hide-lab-hint': 'Así el mapa muestra solo las lecciones. Puedes cambiarlo más tarde en la consola del docente.',
    // why the desktop app's main process refused to quit the kiosk (window.pyland.quitKiosk)
    'not-kiosk': 'Esta ventana no es un quiosco, así que no hay ningún quiosco que cerrar.',
    'pin-wrong': 'Ese PIN no es correcto. El quiosco sigue abierto.',
    'pin-locked': 'Demasiados PIN incorrectos: espera un poco y vuelve a intentarlo.',
    'no-pin': 'Todavía no hay ningún PIN de docente en este equipo, así que no se puede salir del quiosco de esta forma.',
  },
  /** El Laboratorio de memoria: cualquier programa pequeño, y lo que el Python de verdad hace con la memoria. */
  lab: {
    title: 'Laboratorio de memoria',
    'door-tagline': 'Escribe cualquier programa pequeño y mira qué hace Python con la memoria.',
    'door-open': 'Abierto: ¡ven a probar cosas!',
    'door-open-teacher': 'Abierto: ¡tu docente te abrió el Laboratorio de memoria!',
    'door-locked': 'Cerrado: termina primero «{chapter}».',
    intro:
      'Escribe cualquier programa pequeño y pulsa Ejecutar. El laboratorio muestra la memoria del Python de verdad después de cada línea.',
    'editor-label': 'Tu programa (Python)',
    'editor-help': 'Ctrl+Enter ejecuta el programa. Esc y luego Tab sale del editor.',
    run: 'Ejecutar',
    running: 'Ejecutando…',
    'kept-note': 'El laboratorio guarda tu programa para la próxima vez.',
    output: 'Lo que mostró el programa',
    'output-empty': 'El programa todavía no ha mostrado nada.',
    starter:
      '# ¡Cambia lo que quieras y pulsa Ejecutar!\nbox = [1, 2]\nother = box\ndel box\nother = None\n\n# una lista que se sostiene a sí misma: un círculo\nme = []\nme.append(me)\ndel me\n\nimport gc\ngc.collect()\nprint("listo")\n',
    'memory-heading': 'Memoria',
    'memory-empty': 'Pulsa Ejecutar: aquí aparecen los nombres y los objetos de tu programa.',
    'names-heading': 'Nombres',
    'objects-heading': 'Objetos',
    'scope-module': 'Los nombres de tu programa',
    'scope-function': 'Dentro de {function}()',
    holders: 'portadores: {count}',
    'holders-long': '{count, plural, =0 {nadie lo sostiene} one {# portador} other {# portadores}}',
    'tally-up': 'marcador +{count}',
    'tally-down': 'marcador −{count}',
    'tally-same': 'marcador igual',
    immortal: 'inmortal',
    'immortal-long': 'inmortal: su marcador nunca cambia',
    'freed-at': 'liberado en la línea {line}',
    freed: 'liberado',
    'swept-at': 'barrido por el Recogefantasmas en la línea {line}',
    swept: 'barrido por el Recogefantasmas',
    'name-label': '{name} sostiene {type, thing}: {repr}',
    'box-label': '{type, thing}: {repr}',
    'picture-label': 'La memoria después del paso {step}',
    'view-now':
      '{names, plural, =0 {Todavía ningún nombre sostiene nada.} one {# nombre sostiene} other {# nombres sostienen}} {objects, plural, =0 {} one {# objeto.} other {# objetos.}} Cada flecha es un agarre; cada caja dice cuántos portadores tiene.',
    'view-freed':
      '{count, plural, one {Aquí se liberó un objeto} other {Aquí se liberaron # objetos}}: ya nadie {count, plural, one {lo} other {los}} sostenía.',
    'view-swept': 'Aquí el Recogefantasmas barrió {count, plural, one {un objeto} other {# objetos}} que solo se sostenían entre sí.',
    'step-line': 'Paso {step} de {total}, línea {line}',
    'step-end': 'Paso {step} de {total}: el final',
    'step-back': 'Paso atrás',
    'step-forward': 'Paso adelante',
    'stepper-label': 'Recorre el programa paso a paso',
    'slider-label': 'Paso',
    'ran-ok': 'Tu programa hizo {total, plural, one {# paso} other {# pasos}}. Ve atrás y adelante para ver cómo cambia la memoria.',
    'error-heading': 'Python detuvo tu programa.',
    'no-steps': 'El programa no llegó a ejecutar ninguna línea, así que todavía no hay memoria que mostrar.',
    stopped: 'Tu programa tardaba demasiado, así que el laboratorio lo detuvo. Aquí están los pasos hasta entonces: ¿termina algún bucle?',
    broken: 'El laboratorio no pudo seguir todos los pasos de este programa. Muestra los pasos hasta ahí.',
    'cut-steps': 'Cortado: tu programa hizo más de 2000 pasos. El laboratorio muestra los primeros y luego el final.',
    'cut-objects': 'Cortado: aquí hay más de 200 objetos. El laboratorio dibuja los 200 primeros.',
    runes: esLabRunes,
    wizard: esLabWizard,
    knights: esLabKnights,
    programs: esLabPrograms,
  },
  /** Files the desktop app saves through the save dialog (the class CSV, the class setup). */
  files: {
    'save-failed': 'No se pudo guardar el archivo ahí. Prueba con otra carpeta, o comprueba que el disco no esté lleno.',
    'not-in-kiosk': 'No se pueden guardar archivos mientras la escuela funciona como quiosco. Sal primero del quiosco.',
  },
  saves: {
    'recovered-from-backup':
      'Tu partida guardada estaba dañada, así que la escuela usó su copia de seguridad. Puede que falte un poco de progreso.',
    'started-fresh': 'No se pudo leer la partida guardada, así que la escuela empezó una nueva.',
    'write-failed': 'La escuela no pudo guardar tu progreso ahora mismo. Sigue jugando; lo volverá a intentar.',
    'from-newer-game':
      'Esta partida guardada viene de una versión más nueva del juego. No se cambiará; el progreso que hagas ahora no se guarda.',
    unavailable:
      'La escuela no pudo abrir sus partidas guardadas ahora mismo. Puedes jugar, pero el progreso que hagas ahora no se guarda.',
  },
  classFolder: {
    'kid-file-damaged': 'Este archivo de mago está dañado, así que se dejó como estaba. No se leyó nada de él.',
    'kid-file-wrong-kind': 'Este no es un archivo de mago de PyLand, así que se dejó como estaba.',
    'kid-file-newer':
      'Este archivo de mago viene de una versión más nueva del juego, así que se dejó como estaba. Actualiza el juego para leerlo.',
    'kid-file-too-big': 'Este archivo es demasiado grande para ser un archivo de mago (más de {max} MB), así que se dejó como estaba.',
    unreachable:
      'Ahora mismo no se llega a la carpeta de la clase. El progreso se guarda en este equipo y se copiará allí cuando la carpeta vuelva.',
    'read-only':
      'No se puede escribir en la carpeta de la clase. El progreso se guarda en este equipo y se copiará allí cuando se pueda escribir de nuevo.',
    full: 'La carpeta de la clase está llena. El progreso se guarda en este equipo y se copiará allí cuando vuelva a haber espacio.',
    'write-failed':
      'Ahora mismo no se pudo copiar el progreso a la carpeta de la clase. Se guarda en este equipo, y el juego lo volverá a intentar.',
    'no-folder': 'En este equipo no hay una carpeta de la clase elegida.',
    'not-in-kiosk': 'Un quiosco no usa la carpeta de la clase. Sus invitados juegan solo en este equipo.',
    'not-a-kid': 'Solo los magos de este equipo van a la carpeta de la clase.',
    'choose-failed': 'Ahora mismo no se pudo elegir la carpeta. Inténtalo de nuevo.',
    'kid-file-left':
      '{count, plural, one {El archivo de {names} en la carpeta de la clase no se puede leer, así que se dejó como estaba.} other {Los archivos de {names} en la carpeta de la clase no se pueden leer, así que se dejaron como estaban.}} Su progreso se guarda en este equipo.',
    'status-short': 'Carpeta de clase lejos',
    'status-copying': 'Copiando a la carpeta de la clase…',
    'status-copied': 'El progreso de todos está en la carpeta de la clase.',
    'folder-kids-heading': 'De la carpeta de la clase',
    'folder-kid-hint': 'Jugó en otro equipo. Elígelo para traer su mago aquí.',
    'folder-kids-none': 'Todavía no hay nadie más en la carpeta de la clase.',
  },
  carry: {
    'row-label': 'Llevar tu mago a otro equipo',
    carry: 'Llevar mi mago',
    'carry-hint': 'Guarda el mago de {name} en un archivo. En otro equipo, elige “Traer mi mago” y el archivo.',
    bring: 'Traer mi mago',
    'bring-hint': 'Elige un archivo de mago que guardaste con “Llevar mi mago”.',
    downloaded: 'El mago de {name} está en el archivo {file}. Llévalo al otro equipo.',
    saved: 'El mago de {name} está guardado en el archivo {file}. Llévalo al otro equipo.',
    cancelled: 'No se guardó nada.',
    failed: 'Ahora mismo no se pudo guardar el mago. Inténtalo de nuevo.',
    brought:
      'El mago de {name} ya está aquí: {passed, plural, =0 {todavía ninguna lección superada} one {# lección superada} other {# lecciones superadas}}.',
    'read-failed': 'No se pudo leer el archivo {file}. Inténtalo de nuevo.',
    'guest-file': 'Este archivo de mago no se puede traer aquí, así que se dejó como estaba.',
    'removed-file': 'El profesor quitó a {name} de la clase, así que este archivo de mago se dejó como estaba.',
    'import-heading': 'Alumnos de otros equipos',
    'import-label': 'Importar archivos de mago',
    'import-intro': 'Archivos de mago de los alumnos de otros equipos (guardados con “Llevar mi mago”). Puedes elegir varios a la vez.',
    imported: '{count, plural, one {# mago traído} other {# magos traídos}}: {names}.',
    'imported-none': 'No se trajo ningún mago.',
    'file-problem': '{file}: {problem}',
  },
  settings: {
    sound: 'Sonido',
    language: 'Idioma',
    'language-now': 'Ahora la escuela habla español.',
  },
  a11y: {
    dismiss: 'Aceptar',
    notice: 'Mensaje de la escuela',
  },
  /** Level texts (title, story, goal, hints, checker messages), keyed by level id. */
  levels: esLevels,
};
