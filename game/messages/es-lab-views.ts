import type { enLabKnights, enLabRunes, enLabWizard } from './en-lab-views.js';

/** The Memory Lab's views in Spanish: the keys of en-lab-views.ts (see there). */

export const esLabRunes: Record<keyof typeof enLabRunes, string> = {
  tab: 'Runas',
  sentence:
    'Estas son las runas que Python hizo de tu programa y de cada una de sus funciones: tal como Python las escribió y después de que tu programa se ejecutara, con las runas especializadas marcadas.',
  'run-first': 'Primero ejecuta tu programa: entonces sus runas aparecerán aquí.',
  reading: 'Leyendo las runas de tu programa…',
  'read-again': 'Leer las runas otra vez',
  'reading-button': 'Leyendo…',
  'could-not-run': 'Tu programa no se pudo ejecutar, así que todavía no hay runas que leer. La nota junto a Ejecutar dice por qué.',
  'stopped-error':
    'Tu programa se paró con un error. Aquí están las runas de todo lo que escribió, con lo que llegaron a especializarse hasta entonces.',
  'stopped-time':
    'Tu programa tardaba demasiado, así que el laboratorio lo paró. Aquí están sus runas, con lo que llegaron a especializarse hasta entonces.',
  'more-functions':
    '{count, plural, one {Una función más no se muestra} other {# funciones más no se muestran}}: el laboratorio muestra las 12 primeras.',
  'function-label': 'Función',
  'option-program': 'El propio programa',
  'option-function': '{name}, línea {line}',
  'option-never-ran': '{name}, línea {line}: nunca se ejecutó',
  'option-sped': '{name}, línea {line}: {count, plural, one {# runa especializada} other {# runas especializadas}}',
  'heading-program': 'El propio programa',
  'heading-function': '{name}, desde la línea {line}',
  'summary-never-ran': 'Nada entró en calor: nunca se ejecutó.',
  'summary-cold':
    'Se ejecutó, pero ninguna de sus runas se especializó todavía. Casi todas las runas se especializan la segunda vez que se ejecutan.',
  'summary-sped':
    'Mientras tu programa se ejecutaba, Python cambió {count, plural, one {una runa} other {# runas}} por {count, plural, one {otra más rápida, hecha} other {otras más rápidas, hechas}} justo para el trabajo que {count, plural, one {hacía} other {hacían}}.',
  'col-line': 'Línea',
  'col-before': 'Tal como Python las escribió',
  'col-after': 'Después de ejecutar tu programa',
  'badge-sped': 'especializada',
  'badge-first': 'primera ejecución',
  'sped-up': 'especializada: {rune}',
  'first-run': 'primera ejecución: {rune}',
  folded: 'Calculada antes de que el programa se ejecutara, a partir de {source}',
  'folded-sign': 'Calculada antes de que el programa se ejecutara: el signo menos se unió al número {source}',
  'more-runes': '…y {count, plural, one {una runa más que no se muestra} other {# runas más que no se muestran}}.',
  'rows-help': 'Las flechas arriba y abajo pasan de runa en runa. La línea de la runa se ilumina en tu programa.',
  'row-line': 'Línea {line}',
  'row-no-line': 'Sin línea',
  'row-same': 'después de ejecutar: igual',
  'announce-read': 'Runas leídas: el propio programa y {count, plural, =0 {ninguna función} one {una función} other {# funciones}}.',
};

export const esLabWizard: Record<keyof typeof enLabWizard, string> = {
  tab: 'Runa a runa',
  sentence:
    'El mago real lee tu programa runa a runa: cada sala es un marco (un trozo de tu código que se está ejecutando), y la pila de piedras que tiene dentro es su pila de valores.',
  'run-first': 'Primero ejecuta tu programa. Luego el mago lo lee aquí, runa a runa.',
  read: 'Leerlo runa a runa',
  reading: 'El mago está leyendo…',
  'read-failed': 'El mago no pudo leer este programa. La vista de la memoria dice por qué.',
  'stepper-label': 'Recorre las runas paso a paso',
  'step-back': 'Paso atrás',
  'step-on': 'Paso adelante',
  'slider-label': 'Runa',
  'status-function': 'Runa {number} de {total}, línea {line}, en {function}',
  'status-module': 'Runa {number} de {total}, línea {line}, en el programa principal',
  'status-start': 'Runa {number} de {total}: el mago abre el programa principal',
  'builds-class':
    'Aquí Python construye la clase {name}: ejecuta el cuerpo de la clase de una vez, no runa a runa. Sus funciones tienen salas propias cuando se las llama.',
  'runes-function': 'Las runas de {function}',
  'runes-module': 'Las runas del programa principal',
  'runes-before': '{count, plural, one {# runa} other {# runas}} antes de estas',
  'runes-after': '{count, plural, one {# runa más} other {# runas más}} después de estas',
  'rune-here': 'aquí está el mago',
  'rooms-heading': 'Las salas (marcos), la más nueva arriba',
  'room-function': '{function}, línea {line}',
  'room-module': 'El programa principal, línea {line}',
  'room-start': 'El programa principal',
  'room-now': 'el mago está en esta sala',
  'rooms-hidden': '{count, plural, one {# sala más} other {# salas más}} en medio, sin dibujar',
  'no-rooms': 'Todas las salas están cerradas: el programa terminó.',
  'stones-label': 'La pila de piedras (pila de valores), de abajo arriba',
  'stones-empty': 'Ninguna piedra',
  'stones-below': '{count, plural, one {# piedra más} other {# piedras más}} debajo de estas',
  'names-label': 'Nombres',
  'names-empty': 'Todavía no hay nombres',
  'names-more': '{count, plural, one {# nombre más} other {# nombres más}}',
  'end-finished': 'El mago leyó {runs, plural, one {# runa} other {# runas}} y el programa llegó hasta el final.',
  'end-error': 'El mago leyó {runs, plural, one {# runa} other {# runas}} y luego el programa se detuvo con {type} en la línea {line}.',
  'end-interrupted':
    'El programa tardó demasiado, así que detuvieron al mago después de {runs, plural, one {# runa} other {# runas}}. ¿Hay un bucle que nunca termina?',
  'end-unsupported': 'El mago todavía no sabe leer la runa {rune} de la línea {line}, así que la lectura se detiene ahí.',
  'end-unsupported-generator':
    'El mago todavía no sabe leer generadores (la runa {rune}, línea {line}), así que la lectura se detiene ahí.',
  'end-stuck': 'El programa espera algo que nunca llega (un candado que ya tiene), así que el mago se detuvo.',
  'cut-ran-on':
    'Cortado aquí: el mago anotó {shown, plural, one {la primera runa} other {las primeras # runas}}. El programa siguió hasta el final sin que nadie lo anotara.',
  'cut-stopped':
    'Cortado aquí: el mago anotó {shown, plural, one {la primera runa} other {las primeras # runas}}. El programa siguió sin que nadie lo anotara, hasta que se detuvo.',
};

export const esLabKnights: Record<keyof typeof enLabKnights, string> = {
  tab: 'Caballeros',
  intro:
    'Dos de tus funciones se ejecutan como caballeros, runa a runa: mira quién ejecutó cada runa y busca un orden que rompa lo que esperas.',
  'run-first': 'Primero pulsa Ejecutar para ejecutar tu programa: luego elige aquí dos de sus funciones.',
  loading: 'Buscando las funciones de tu programa…',
  'no-functions': 'Tu programa no tiene ninguna función que un caballero pueda ejecutar. Escribe una con def, como def add():',
  'none-runnable':
    'Un caballero llama a una función sin nada entre los paréntesis, pero {names, plural, one {tu función {names} necesita} other {cada una de tus funciones ({names}) necesita}} algo ahí. Escribe una como def add():',
  'first-knight': 'Primer caballero',
  'second-knight': 'Segundo caballero',
  choice: '{name}()',
  'choice-cannot':
    '{name}(): {why, select, arguments {necesita {detail}, pero un caballero la llama sin nada entre los paréntesis} generator {usa yield, así que un caballero no puede ejecutarla} unsupported {usa la runa {detail}, que el paso a paso todavía no sabe ejecutar} other {un caballero no puede ejecutarla}}',
  'mode-legend': '¿Quién decide cuándo cambian los caballeros?',
  'mode-gil': 'Sir GIL: el bastón cambia de manos solo en los puntos de cambio',
  'mode-anywhere': 'En cualquier sitio: puede haber un cambio después de cualquier runa (Python sin GIL)',
  watch: 'Verlos en marcha',
  watching: 'Los caballeros están en marcha…',
  'invariant-label': '¿Qué tiene que ser cierto al final?',
  'invariant-placeholder': 'count == 2',
  'invariant-help': 'Una comprobación en Python con los nombres de tu programa, como count == 2.',
  find: 'Buscar un orden que lo rompa',
  finding: 'Probando los órdenes…',
  'knights-heading': 'Los caballeros',
  knight: 'Caballero {number}: {name}()',
  badge: 'C{number}',
  'knight-summary':
    '{steps, plural, one {# runa} other {# runas}}, {status, select, done {terminó} failed {lo paró el error {error}} waiting {sigue esperando un candado} other {no terminó}}',
  'stepper-label': 'Recorre las runas paso a paso',
  'step-back': 'Atrás',
  'step-forward': 'Adelante',
  step: 'Runa {step} de {total}: el caballero {knight} ({name}) ejecutó {op} en la línea {line}.',
  'step-waits': 'Runa {step} de {total}: el caballero {knight} ({name}) esperó el candado.',
  'timeline-label': 'Las runas, en el orden en que las ejecutaron los caballeros',
  line: 'línea {line}',
  reads: 'leyó {names}',
  writes: 'escribió {names}',
  waits: 'espera el candado',
  'lock-held': 'candado en manos de C{knight}',
  'globals-heading': 'Tus nombres después de esta runa',
  'globals-empty': 'Tu programa no tiene números, palabras ni listas que mostrar.',
  changed: 'cambió con esta runa',
  cut: 'Se muestran las runas de la {from} a la {to}, de {total}.',
  'verdict-sample':
    'Los caballeros ejecutaron {total, plural, one {# runa} other {# runas}}, y el bastón cambió de manos {switches, plural, =0 {ninguna vez} one {# vez} other {# veces}}.',
  'verdict-lost':
    'En este orden {name} termina en {final}, no en {expected}: {reader, select, 0 {el primer caballero} other {el segundo caballero}} leyó {name} antes de que {other, select, 0 {el primer caballero} other {el segundo caballero}} escribiera su suma.',
  'verdict-lost-plain':
    'En este orden {check} es False al final: {reader, select, 0 {el primer caballero} other {el segundo caballero}} leyó {name} antes de que {other, select, 0 {el primer caballero} other {el segundo caballero}} escribiera su suma.',
  'verdict-broken': 'En este orden {check} es False al final.',
  'verdict-deadlock': 'En este orden los caballeros se quedan atascados: un caballero espera un candado que nadie devuelve.',
  'verdict-holds':
    '{check} siguió siendo True en todos los órdenes: {orders, plural, one {se probó # orden} other {se probaron # órdenes}}. Aquí tienes uno de ellos.',
  'verdict-holds-some':
    '{check} siguió siendo True en {orders, plural, one {el # orden probado} other {los # órdenes probados}}, pero había demasiados órdenes para probarlos todos.',
  shortest: 'Este es el orden más corto que lo rompe.',
  start: 'Tu programa se ejecutó primero, así que los caballeros empezaron con {names}.',
  'not-shortest':
    'Había demasiados órdenes para probarlos todos, así que los caballeros encontraron este por azar: puede que no sea el más corto.',
  'problem-threads': 'Primero elige dos funciones.',
  'problem-no-function': 'No hay ninguna función {name} en tu programa tal como se ejecutó la última vez. Pulsa Ejecutar otra vez.',
  'problem-not-runnable': '{name}() no puede ser un caballero: un caballero la llama sin nada entre los paréntesis.',
  'problem-invariant-empty': 'Primero escribe qué tiene que ser cierto al final, como count == 2.',
  'problem-invariant-long': 'Esa comprobación es larga: que tenga menos de {limit, plural, one {# letra} other {# letras}}.',
  'problem-invariant-syntax': 'Python no puede leer esa comprobación. Mira la letra {column}.',
  'problem-invariant-equals':
    'Python no puede leer esa comprobación (letra {column}): para preguntar «¿es igual?», escribe == con dos signos de igual.',
  'problem-invariant-refused': 'Un hechizo no puede usar {construct}, así que la comprobación tampoco (letra {column}).',
  'problem-invariant-name':
    'Tu programa no tiene ningún nombre {name} (letra {column}). La comprobación puede usar los nombres de tu programa, y len, sum, min, max y algunos más.',
  'problem-invariant-not-bool': 'La comprobación tiene que responder True o False, pero dio {type, thing}.',
  'problem-invariant-failed': 'Al comprobarlo al final algo falló: {error}.',
  'problem-runaway':
    'Los caballeros ejecutaron {limit, plural, one {# runa} other {# runas}} y no terminaron, así que la escuela los paró. ¿Hay un bucle que nunca termina? Aquí tienes las primeras runas.',
  'problem-runaway-race': 'Ningún orden terminó en {limit, plural, one {# runa} other {# runas}}. ¿Hay un bucle que nunca termina?',
  'problem-unsupported': 'El paso a paso todavía no sabe ejecutar la runa {detail} (línea {line}).',
  'problem-cannot-copy':
    'Tu programa guarda algo que la escuela no puede copiar para probar todos los órdenes. Prueba con números, listas y diccionarios.',
  'problem-other': 'El Lab no pudo hacer eso. Pulsa Ejecutar y vuelve a intentarlo.',
  'program-error': 'Tu programa se para con un error, así que los caballeros no pueden empezar. Arréglalo y pulsa Ejecutar.',
  'program-stopped': 'Eso tardó demasiado, así que la escuela lo paró. Prueba con bucles más cortos, como range(2).',
};
