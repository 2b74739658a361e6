import type { LevelTexts } from './level-texts.js';

/**
 * Capítulo 3, Sir GIL y el bastón de contar (the GIL): the Spanish texts of its levels, keyed by
 * level id, mirroring en-levels-gil.ts claim for claim (one rune at a time; the stick changes
 * hands only at switch points; the GIL does NOT make `count += 1` safe; 3.13+ also comes without
 * a GIL; the school's stepper plays the knights rune by rune).
 */
export const esLevelsGil: Record<string, LevelTexts> = {
  'gil/taking-turns': {
    title: 'Por turnos',
    story:
      'Los hilos son trabajadores que ejecutan funciones uno junto a otro. En el castillo, los hilos son caballeros. Sir GIL ' +
      'tiene un único bastón de contar, y solo el caballero que lo tiene puede ejecutar una runa. ¡Así que solo se ejecuta ' +
      'una runa a la vez! Un caballero pasa el bastón solo en un punto de cambio, como cuando un bucle salta hacia atrás.',
    more:
      'Sir GIL es el GIL, el Global Interpreter Lock (el candado global del intérprete). Cuando otro caballero está ' +
      'esperando, Sir GIL le pide al que tiene el bastón, al cabo de un rato, que lo pase, y este lo hace en un punto de ' +
      'cambio: cuando empieza una función, cuando un bucle salta hacia atrás o después de una llamada. El Python de verdad ' +
      'lo pide cuando un caballero lleva 5 milisegundos esperando (sys.getswitchinterval() dice 0.005); a un caballero ' +
      'que está solo nunca se lo pide. El Python del navegador de esta escuela no puede poner en marcha hilos de verdad, ' +
      'así que la escuela mueve a los caballeros runa a runa y cuenta 10 runas en vez de 5 milisegundos.',
    predict: '¿Cómo marcharán los dos caballeros?',
    goal: 'Escribe bors() para que marche como arthur(): cinco pasos, y en cada uno añade "B" a marks. Luego mira cómo los dos caballeros se turnan el bastón.',
    hints: [
      'arthur() es un bucle: for step in range(5): y dentro marks.append("A"). Cada vez que el bucle salta hacia atrás hay un punto de cambio.',
      'bors() necesita el mismo bucle, con "B" en vez de "A". Borra la línea pass.',
      'Dentro de bors() escribe: for step in range(5): y en la línea siguiente, un paso más adentro: marks.append("B")',
    ],
    spell: ['Haz que Bors marche como Arthur: cinco pasos, dejando una marca "B" en cada uno.'],
    msg: {
      'well-done':
        'Arthur y Bors se turnaron el bastón en {turns, plural, one {# turno} other {# turnos}}: marks es {marks}. Sir GIL pasó el bastón solo en puntos de cambio, un caballero cada vez.',
      missing: 'No hay ningún caballero llamado {knight}(). Escribe def {knight}(): con su trabajo dentro.',
      'no-marks': 'marks ha desaparecido: deja la línea marks = [] arriba del todo, porque los caballeros dejan en ella sus marcas.',
      crashed: '{knight}() falló con el error {error} mientras marchaba. Mira sus líneas: ¿está bien escrito cada nombre?',
      'no-march': '{knight}() se ejecutó pero no dejó ninguna "{mark}" en marks. Haz que llame a marks.append("{mark}") en su bucle.',
      'not-five':
        '{knight}() dejó {count, plural, one {una marca "{mark}"} other {# marcas "{mark}"}}, no {steps}. Haz que marche {steps, plural, one {# paso} other {# pasos}}, con una marca en cada uno, como arthur().',
      'in-one-go':
        '{knight}() dejó sus marcas "{mark}" {goes, plural, one {de una sola vez} other {en # tandas}}, no una a una. Haz que marche {steps, plural, one {# paso} other {# pasos}} con un bucle, con un marks.append("{mark}") en cada uno, como arthur().',
      'one-go':
        'Cada caballero terminó todo su trabajo en un solo turno ({steps, plural, one {# runa} other {# runas}} en total): Sir GIL solo pide el bastón después de {interval, plural, one {# runa} other {# runas}}. Dales a los dos caballeros un bucle de cinco pasos, para que haya tiempo de turnarse.',
      stepper: 'El paso a paso de la escuela no pudo reproducir este hechizo: {detail}',
    },
  },

  'gil/find-the-gap': {
    title: 'El hueco en count += 1',
    story:
      'count += 1 parece un solo paso, pero Python lo ejecuta como varias runas: una runa lee count, otras suman 1, y una ' +
      'runa escribe el número nuevo. Entre la lectura y la escritura hay un hueco. Encuentra la runa que lee count y la ' +
      'runa que lo escribe.',
    more:
      'Si otro caballero cambiara count dentro de ese hueco, la escritura lo taparía. dis.dis(add_one) enumera las runas ' +
      'de add_one(). Aquí count es un nombre global, así que las runas que lo tocan llevan GLOBAL en su nombre.',
    goal: 'Pon en read_rune el nombre de la runa que lee count, y en write_rune el de la runa que lo vuelve a escribir.',
    hints: [
      'Ejecuta el hechizo y lee lo que mostró dis.dis: cada línea tiene un nombre de runa en mayúsculas, y algunas terminan en (count).',
      'Aquí count es un nombre global, así que las runas que lo tocan llevan GLOBAL en su nombre: una lo carga (LOAD) y otra lo guarda (STORE).',
      'read_rune = "LOAD_GLOBAL" y write_rune = "STORE_GLOBAL". El BINARY_OP (+=) que hay entre ellas es la suma.',
    ],
    spell: ['¿Qué runa LEE count, y qué runa lo vuelve a ESCRIBIR?'],
    msg: {
      'well-done':
        '¡Correcto! add_one() leyó count con {read}, luego ejecutó {gap}, y solo después lo volvió a escribir con {write}. Ese hueco es por donde podría colarse otro caballero: la próxima lección lo muestra.',
      missing: 'No hay ninguna función add_one(). Deja def add_one(): con global count y count += 1 dentro.',
      'no-count': 'count tiene que ser un número entero arriba del todo del hechizo: count = 0',
      crashed: 'add_one() falló con el error {error}. Dentro de una función, count += 1 necesita antes la línea global count.',
      'not-one': 'add_one() debería sumar exactamente 1 a count, pero count pasó de {start} a {end}.',
      'name-them': 'Escribe los nombres de las runas como texto: read_rune = "..." y write_rune = "..." (mira lo que mostró dis.dis).',
      swapped: '¡Al revés! La runa que LEE va primero y hace LOAD; la que ESCRIBE va al final y hace STORE.',
      'wrong-read': '{said} no es la runa que leyó count en esta ejecución. Busca la runa LOAD que tiene (count) detrás.',
      'wrong-write': '{said} no es la runa que volvió a escribir count en esta ejecución. Busca la runa STORE que tiene (count) detrás.',
      stepper: 'El paso a paso de la escuela no pudo reproducir este hechizo: {detail}',
    },
  },

  'gil/lost-update': {
    title: 'La actualización perdida',
    story:
      'Arthur suma 1 a count dos veces. Bors también debería hacerlo, al mismo count: juntos deberían llegar a 4. ' +
      'Pero cada suma es leer, sumar y escribir. Si Arthur lee 0, luego Bors lee 0, Arthur escribe 1 y Bors ' +
      'escribe 1 encima, ¡se pierde una suma!',
    more:
      'Python 3.13 y posteriores también vienen en una versión sin GIL (free-threaded), donde los hilos se ejecutan de ' +
      'verdad en el mismo instante y un cambio puede llegar entre dos runas cualesquiera. La escuela puede probar todos los ' +
      'órdenes de las runas de los caballeros, cambiando en cualquier punto, y enseñarte uno que pierde una suma. (El GIL ' +
      'nunca hizo que count += 1 fuera seguro: solo deja que se ejecute una runa a la vez.)',
    predict: 'Dos caballeros suman 1 a count, sin candado. ¿Se puede perder una suma?',
    goal: 'Haz que Bors sume 1 al mismo count que Arthur, dos veces, sin candado, para que algún orden de sus runas pierda una actualización.',
    hints: [
      'Bors tiene que escribir en count, no en su propio count_b: cambia global count_b por global count.',
      'Su bucle tiene que hacer exactamente lo mismo que el de Arthur: count += 1, dos veces.',
      'bors() queda así: global count, luego for step in range(2): y dentro count += 1',
    ],
    spell: ['Bors cuenta en su propio bastón. Haz que sume 1 al MISMO count que Arthur, dos veces.'],
    msg: {
      'well-done':
        '¡Lo encontraste! Cambiando en cualquier punto, el paso a paso encontró un orden en el que count termina en {final} en vez de {expected}: los dos caballeros leyeron el mismo número antes de que ninguno lo volviera a escribir, así que se perdió una suma. Míralo repetido runa a runa.',
      'gil-safe':
        'Con Sir GIL el bastón solo cambia de manos en los puntos de cambio, y este hechizo no tiene ninguno entre la lectura y la escritura de count += 1, así que bajo el GIL resultó que se guardaron todas las sumas. Pero nada lo promete: una llamada en el hueco sería un punto de cambio, y un Python sin GIL (free-threaded) no tiene bastón.',
      'gil-too':
        'Incluso con Sir GIL pasando el bastón solo en los puntos de cambio, en este hechizo se puede perder una actualización: hay un punto de cambio entre su lectura y su escritura.',
      missing: 'No hay ningún caballero llamado {knight}(). Escribe def {knight}(): con su trabajo dentro.',
      'no-count': 'count tiene que ser un número entero arriba del todo del hechizo: count = 0',
      crashed: '{knight}() falló con el error {error}. Dentro de una función, count += 1 necesita antes la línea global count.',
      'deadlock-alone': '{knight}() espera para siempre aunque esté solo: un candado que tomó nunca se devuelve.',
      idle: '{knight}() no sumó nada a count cuando se ejecutó solo. Haz que sume 1 a count, dos veces.',
      'not-two': '{knight}() sumó {added} a count cuando se ejecutó solo, no {goal}. Haz que sume 1 a count, dos veces, como arthur().',
      'hidden-write':
        '{knight}() cambió count dentro de una llamada que la escuela no puede recorrer paso a paso (como exec o eval), así que nadie puede verlo leerlo y volver a escribirlo. Escribe count += 1 en sus propias líneas de hechizo.',
      'sets-count':
        '{knight}() no suma a count: pone en él su propio número, valiera lo que valiera count antes. Haz que lea count y le sume, como count += 1.',
      'no-race':
        '{schedules, plural, one {El único orden que probó el paso a paso terminó} other {Todos los órdenes que probó el paso a paso (# en total) terminaron}} con count == {expected}: no se perdió ninguna actualización. Esta lección quiere el hueco: los dos caballeros haciendo count += 1 sobre el mismo count, sin candado.',
      deadlock:
        'Los caballeros pueden acabar esperándose el uno al otro para siempre (un bloqueo mutuo, o deadlock). Esta lección no necesita ningún candado.',
      'too-big': 'Los caballeros ejecutan demasiadas runas para probar todos los órdenes. Deja sus bucles cortos: range(2).',
      'cannot-copy':
        'Un nombre de tu hechizo guarda algo que la escuela no puede copiar ({kind}), así que no puede probar todos los órdenes de los caballeros. En los nombres de fuera de los caballeros, guarda solo números, palabras, listas y el candado.',
      stepper: 'El paso a paso de la escuela no pudo reproducir este hechizo: {detail}',
    },
  },

  'gil/lock-the-counter': {
    title: 'Ponle candado al contador',
    story:
      'Para guardar todas las sumas, un caballero tiene que terminar de leer, sumar y escribir antes de que nadie más toque ' +
      'count. Un candado hace eso. with lock: toma el candado de la historia y lo devuelve al final del bloque. Un ' +
      'caballero que encuentra el candado ocupado espera.',
    more:
      'La historia te da lock = threading.Lock(). Sir GIL todavía puede pasarle el bastón al otro caballero a mitad de ' +
      'camino, pero ese caballero no puede pasar de with lock: hasta que el primero termine. La escuela prueba todos los ' +
      'órdenes de las runas, con un cambio permitido en cualquier punto, y la lección solo se supera si count está bien ' +
      'en todos ellos.',
    predict: 'Con el candado alrededor de count += 1 en los dos caballeros, ¿se puede perder todavía una suma?',
    goal: 'Pon count += 1 dentro de with lock: en los dos caballeros, para que todos los órdenes de sus runas terminen con count == 4.',
    hints: [
      'El candado tiene que cubrir toda la lectura, la suma y la escritura: la línea count += 1.',
      'Los dos caballeros tienen que tomar el mismo candado. Un candado que usa un solo caballero no protege nada.',
      'En cada bucle escribe with lock: y, un paso más adentro debajo de esa línea, count += 1',
    ],
    spell: ['La historia te da lock. Haz que cada caballero tenga el candado mientras lee, suma y escribe count.'],
    msg: {
      'not-two':
        '{knight}() sumó {added} a count cuando se ejecutó solo, no {goal}. Mantén el trabajo de la historia: cada caballero suma 1 a count, dos veces, y lo protege con el candado.',
      'well-done':
        '¡A salvo! El paso a paso probó todos los órdenes de las runas ({schedules, plural, one {# ejecución terminada} other {# ejecuciones terminadas}}, con un cambio permitido en cualquier punto), y count terminó en {expected} en todos ellos: el candado mantuvo juntas, cada vez, la lectura, la suma y la escritura.',
      lost: 'Todavía no es seguro: el paso a paso encontró un orden en el que count termina en {final} en vez de {expected}. Míralo repetido: otro caballero escribió dentro del hueco. El candado tiene que cubrir todo count += 1, en los dos caballeros.',
      deadlock:
        'El paso a paso encontró un orden en el que los caballeros se esperan el uno al otro para siempre (un bloqueo mutuo, o deadlock): alguien toma un candado y nunca lo devuelve. with lock: siempre lo devuelve.',
      missing: 'No hay ningún caballero llamado {knight}(). Escribe def {knight}(): con su trabajo dentro.',
      'no-count': 'count tiene que ser un número entero arriba del todo del hechizo: count = 0',
      crashed: '{knight}() falló con el error {error}. Dentro de una función, count += 1 necesita antes la línea global count.',
      'deadlock-alone':
        '{knight}() espera para siempre aunque esté solo: toma el candado una segunda vez antes de devolverlo. Usa with lock: para que se devuelva.',
      idle: '{knight}() no sumó nada a count cuando se ejecutó solo. Cada caballero tiene que sumar 1 a count, dos veces.',
      'hidden-write':
        '{knight}() cambió count dentro de una llamada que la escuela no puede recorrer paso a paso (como exec o eval), así que nadie puede verlo leerlo y volver a escribirlo. Escribe count += 1 en sus propias líneas de hechizo.',
      'sets-count':
        '{knight}() no suma a count: pone en él su propio número, valiera lo que valiera count antes. Haz que lea count y le sume, como count += 1.',
      'too-big': 'Los caballeros ejecutan demasiadas runas para probar todos los órdenes. Deja sus bucles cortos: range(2).',
      'cannot-copy':
        'Un nombre de tu hechizo guarda algo que la escuela no puede copiar ({kind}), así que no puede probar todos los órdenes de los caballeros. En los nombres de fuera de los caballeros, guarda solo números, palabras, listas y el candado.',
      stepper: 'El paso a paso de la escuela no pudo reproducir este hechizo: {detail}',
    },
  },

  'gil/no-faster': {
    title: 'Ni un poco más rápido',
    story:
      'Dos caballeros podrían repartirse una suma grande: first_half() suma de 1 a 10, second_half() suma de 11 a 20. ' +
      '¿Se terminará antes el trabajo? ¡Con Sir GIL, no! Hay un solo bastón de contar, así que solo se ejecuta una runa a ' +
      'la vez, sea cual sea el caballero que la ejecute.',
    more:
      'Dos caballeros que se turnan necesitan tantos tics como un solo caballero que hace las dos mitades (el Python de ' +
      'verdad hasta pierde un poco de tiempo pasando el bastón). Los hilos sí ayudan cuando un caballero espera algo de ' +
      'fuera de Python, como un archivo o la red: deja el bastón mientras espera. Y el Python sin GIL (free-threaded, ' +
      '3.13 y posteriores) puede ejecutar dos hilos en dos núcleos del procesador en el mismo instante. La escuela sigue ' +
      'la regla de Sir GIL.',
    goal: 'Escribe second_half() para que sume 11, 12, ... 20 en total_b. Luego compara los tics de dos caballeros con los de un solo caballero que hace las dos mitades.',
    hints: [
      'Mira first_half(): global total_a, y luego un bucle for sobre range(1, 11) que suma cada n a total_a.',
      'second_half() es igual, pero con total_b y range(11, 21): range se detiene justo antes de su segundo número.',
      'Dentro de second_half() escribe global total_b, luego for n in range(11, 21): y, un paso más adentro debajo, total_b += n',
    ],
    spell: ['Suma 11, 12, ... 20 en total_b, igual que first_half suma de 1 a 10.'],
    msg: {
      'well-done':
        'Los caballeros tuvieron {turns, plural, one {# turno} other {# turnos}} y necesitaron {together, plural, one {# tic} other {# tics}} del bastón. Un solo caballero haciendo las dos mitades, una detrás de otra, necesitó {alone, plural, one {# tic} other {# tics}}. Con un solo bastón, se ejecuta una runa a la vez: repartir cálculos puros entre hilos no es más rápido con un GIL.',
      missing: 'No hay ninguna función llamada {knight}(). Escribe def {knight}(): con su trabajo dentro.',
      'no-totals': 'Deja total_a = 0 y total_b = 0 arriba del todo del hechizo: los caballeros suman en ellos.',
      crashed: '{knight}() falló con el error {error}. Dentro de una función, total_b += n necesita antes la línea global total_b.',
      idle: 'total_b sigue en 0: second_half() tiene que sumar sus números en total_b.',
      'wrong-sum':
        'Los caballeros sumaron {a} en total_a y {b} en total_b: juntos debería dar {whole}, la suma de 1 a 20. second_half() suma de 11 a 20: range(11, 21).',
      'in-one-go':
        'second_half() puso todo su total en total_b de un golpe, así que no había trabajo que repartir. Haz que sume sus números uno a uno en un bucle, como first_half(): for n in range(11, 21): total_b += n',
      'one-go':
        'Los caballeros no se turnaron: cada uno terminó de un golpe. Sir GIL pide el bastón después de {interval, plural, one {# runa} other {# runas}}; deja los bucles.',
      stepper: 'El paso a paso de la escuela no pudo reproducir este hechizo: {detail}',
    },
  },
};

/** Palabras del escenario de los caballeros (game/stages/knights/knight-stage.ts) y sus frases para lectores de pantalla (knight-words.ts). */
export const esKnightStageWords = {
  'knights-stick': 'el bastón de contar',
  'knights-counter-title': '{counter} compartido',
  'knights-counter-should': 'debería ser {expected}',
  'knights-lost-tag': '¡actualización perdida!',
  'knights-legend-plain': 'una runa',
  'knights-legend-read': 'lee {counter}',
  'knights-legend-write': 'lo escribe',
  'knights-legend-wait': 'espera el candado',
  'knights-final-lost': '{reader} escribió encima de la suma de {writer}: ¡actualización perdida!',
  'knights-final': '{counter} terminó en {final}.',
  'knights-final-turns': 'Los caballeros se turnaron el bastón en {turns, plural, one {# turno} other {# turnos}}.',
  'knights-window-tag': 'runas {from} a {to} de {total}',
  'knights-step': '{knight} ejecuta {rune} (línea {line})',
  'knights-step-read': '{knight} LEE {counter} con {rune}: {value} (línea {line})',
  'knights-step-write': '{knight} ESCRIBE {counter} con {rune}: ahora {value} (línea {line})',
  'knights-step-waits': '{knight} quiere el candado, pero está ocupado: espera (línea {line})',
  'knights-mode-gil': 'Sir GIL pasa el bastón de contar solo en los puntos de cambio.',
  'knights-mode-anywhere': 'Sin GIL, puede haber un cambio después de cualquier runa.',
  'knights-mode-replay': 'El paso a paso repite el orden de runas que encontró.',
  'knights-ran': '{knight} ejecutó {steps, plural, one {# runa} other {# runas}}',
  'knights-turns': '{ran}, en {turns, plural, one {# turno} other {# turnos}} con el bastón.',
  'knights-window': 'Se muestran las runas {from} a {to} de {total}.',
  'knights-counter': '{counter} empezó en {start} y terminó en {final}.',
  'knights-counter-wrong': '{counter} empezó en {start} y terminó en {final}, pero debería ser {expected}.',
  'knights-lost':
    'Actualización perdida: {reader} leyó {counter} en la runa {read}, {writer} lo escribió en la runa {written}, y luego {reader} escribió {value} encima en la runa {over}.',
};
