import type { LevelTexts } from './level-texts.js';

/**
 * Capítulo 5, el intérprete (el mago real): the Spanish texts of its levels, keyed by level id,
 * mirroring en-levels-interpreter.ts claim for claim (compile() then exec(); the stack after the
 * first BINARY_OP of brew(2, 3, 4) is [2, 12]; JUMP_BACKWARD 4 times in stir(4); 2 frames in brew(5)).
 */
export const esLevelsInterpreter: Record<string, LevelTexts> = {
  'interpreter/compile-and-exec': {
    title: 'De la receta a las runas',
    story:
      'Te presento al mago real: el intérprete. Todo hechizo pasa por dos pasos. Primero el compilador convierte ' +
      'el texto en runas (un objeto de código). Luego el mago lleva a cabo las runas, una a una. Haz tú los dos ' +
      'pasos: ¡compila la receta y luego ejecútala con exec dentro de la bóveda!',
    more:
      'La historia te da recipe, una cadena de texto con Python. compile(recipe, "<recipe>", "exec") la convierte en ' +
      'runas sin ejecutarla. exec(runes, vault) le entrega las runas al mago, que guarda en el diccionario vault cada nombre ' +
      'que crea la receta. Mira las runas en el escenario: el compilador ya había calculado 6 * 7, ' +
      'y STORE_NAME es la runa que pone un nombre en la bóveda.',
    predict: '¿Cómo se verá 6 * 7 en las runas de la receta?',
    goal: 'Compila recipe en un objeto de código llamado runes y luego ejecútalo con exec dentro del diccionario vault, para que vault reciba gold y silver.',
    hints: [
      'compile necesita tres cosas: el texto, un nombre que diga de dónde viene (como "<recipe>") y el modo "exec".',
      'exec(runes, vault) ejecuta las runas y guarda en vault los nombres que crean. Después, vault["gold"] ya está ahí.',
      'Escribe: runes = compile(recipe, "<recipe>", "exec") y, después de vault = {}, la línea exec(runes, vault)',
    ],
    spell: [
      'recipe es una cadena de texto con Python que te da la historia:',
      'convierte la receta en runas con compile(recipe, "<recipe>", "exec")',
      'ahora deja que el intérprete lleve a cabo las runas y guarde los nombres en vault: exec(runes, vault)',
    ],
    msg: {
      'ran-text':
        'vault se llenó ejecutando otra vez el texto de la receta, no tus runas: exec compiló el texto una vez más, y runes nunca se ejecutó. Dale a exec el objeto de código: exec(runes, vault).',
      'well-done':
        'El mago leyó {count, plural, one {# runa} other {# runas}}: vault ahora guarda gold = {gold} y silver = {silver}. El compilador escribió las runas y el intérprete las llevó a cabo.',
      'no-runes':
        'No hay ningún nombre runes en tu hechizo. Deja la línea runes = ... y dale lo que crea compile(recipe, "<recipe>", "exec").',
      'not-code':
        'runes guarda {kind, thing}, pero debería guardar las runas de la receta. compile(recipe, "<recipe>", "exec") convierte el texto de la receta en runas: dale a runes lo que devuelve compile.',
      'other-runes':
        'runes guarda un objeto de código, pero no las runas de la receta que te dio la historia. Compila el propio recipe (el nombre, sin comillas) con el modo "exec".',
      'no-vault': 'No hay ningún diccionario llamado vault. Deja vault = {} y ejecuta las runas dentro de él con exec.',
      'vault-not-dict': 'vault guarda {kind, thing}, pero exec necesita un diccionario donde guardar los nombres: vault = {}',
      'builtins-note':
        '¿Por qué vault se ve tan largo cuando lo muestras con print? exec le puso un nombre más: __builtins__, la caja de los nombres propios de Python (print, len, range …), para que el mago pueda encontrarlos mientras lee las runas. Para ver solo tus nombres, print(vault["gold"], vault["silver"]).',
      'vault-missing':
        'vault no tiene {name} dentro: las runas nunca se llevaron a cabo ahí. Añade exec(runes, vault) después de vault = {}.',
      'vault-wrong':
        'vault guarda {name} = {got}, pero la receta crea otra cosa. La historia prueba más de una receta: deja que exec lleve a cabo las runas, no escribas tú números en vault.',
    },
  },

  'interpreter/follow-the-stack': {
    title: 'La pila de piedras',
    story:
      'El mago guarda los valores en una pila de piedras: la pila de valores. Las runas LOAD ponen un valor encima. ' +
      'BINARY_OP quita las dos piedras de arriba, hace la operación y vuelve a poner la respuesta como una sola piedra. ¿Qué ' +
      'hay en la pila justo después del primer BINARY_OP de brew(2, 3, 4)?',
    more:
      'LOAD_FAST_BORROW_LOAD_FAST_BORROW pone dos valores de una vez. RETURN_VALUE devuelve la piedra de arriba. ' +
      'En a + b * c, Python multiplica primero, así que el mago carga a, b y c, y el primer BINARY_OP es ' +
      'el *.',
    goal: 'Pon en prediction la lista de valores que hay en la pila justo después de la primera runa BINARY_OP de brew(2, 3, 4), empezando por abajo.',
    hints: [
      'Antes del primer BINARY_OP la pila es [2, 3, 4]: el 2 de a está abajo del todo, el 4 de c arriba.',
      'BINARY_OP * toma solo las dos piedras de arriba (3 y 4). ¿Qué queda debajo?',
      'Escribe: prediction = [2, 12]  (el 2 de a sigue esperando abajo, y 3 * 4 = 12 queda encima)',
    ],
    spell: [
      '¿Qué hay en la pila de valores justo después de la PRIMERA runa BINARY_OP,',
      'mientras el mago lee brew(2, 3, 4)? Empieza por abajo y termina arriba.',
    ],
    msg: {
      'well-done':
        '¡Correcto! Después de BINARY_OP {rune} la pila es {stack}: el mago tomó las dos piedras de arriba y puso una, mientras a esperaba debajo.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Deja def {name}(a, b, c): como en la historia.',
      'three-args': '{name} tiene que recibir tres valores, como def {name}(a, b, c):, para que el mago pueda leer {name}(2, 3, 4).',
      'no-binary-op': 'El mago leyó {name} pero no encontró ninguna runa BINARY_OP. Deja dentro la operación a + b * c.',
      'no-prediction':
        'No hay ningún nombre prediction. Mostrar con print no es predecir: escribe prediction = [...] con los valores de la pila.',
      'not-a-list':
        'prediction guarda {kind, thing}, pero debería ser una lista de valores, empezando por abajo, como prediction = [1, 2] (números sin comillas).',
      'kept-stones':
        'Tu pila {guess} tiene {answer} arriba, pero debajo siguen las piedras que usó BINARY_OP. BINARY_OP quita sus dos piedras de la pila y solo vuelve a poner su respuesta.',
      'wrong-size':
        'Tu pila {guess} tiene {count, plural, one {# piedra} other {# piedras}}, pero la de verdad tenía {real}. BINARY_OP quita dos piedras y pone una: cuenta lo que queda. Mira las piedras en el escenario.',
      'wrong-values':
        'La pila tiene el número correcto de piedras, pero no es {guess}. Sigue la varita en el escenario hasta la runa iluminada y lee las piedras.',
    },
  },

  'interpreter/jump-back': {
    title: 'La varita salta hacia atrás',
    story:
      'Las runas se leen de arriba abajo, así que ¿cómo se repite un bucle? ¡Con un salto! JUMP_BACKWARD manda la ' +
      'varita de vuelta arriba, a FOR_ITER, que toma el siguiente número o sale del bucle. ¿Cuántas veces lee el ' +
      'mago JUMP_BACKWARD en stir(4)?',
    more:
      'En un bucle for, FOR_ITER saca el siguiente número del range (o sale del bucle cuando no queda ' +
      'ninguno), se ejecutan las runas del cuerpo, y luego JUMP_BACKWARD manda la varita de vuelta arriba. Escribe el bucle en ' +
      'stir, para que stir(4) sume 0 + 1 + 2 + 3.',
    goal: 'Haz que stir(times) sume los números de range(times) con un bucle for, y pon en jumps cuántas veces se ejecuta JUMP_BACKWARD en stir(4).',
    hints: [
      'for i in range(times): recorre 0, 1, 2 ... times - 1. Dentro (un paso más adentro), escribe total = total + i.',
      'La varita salta hacia atrás una vez después de cada vuelta por el cuerpo. FOR_ITER se ejecuta una vez más: esa última vez no encuentra ningún número y sale.',
      'range(4) da 4 números, así que: jumps = 4',
    ],
    spell: [
      'suma aquí a total cada número de range(times) con un bucle for',
      'debería ser 0 + 1 + 2 + 3 = 6',
      '¿Cuántas veces se ejecuta la runa JUMP_BACKWARD mientras el mago lee stir(4)?',
    ],
    msg: {
      'well-done':
        'La varita saltó hacia atrás {count, plural, one {# vez} other {# veces}}, una después de cada vuelta del bucle, y el mago leyó {steps, plural, one {# runa} other {# runas}} en total. ¡Un bucle no es más que un salto hacia arriba!',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Deja def {name}(times): como en la historia.',
      'one-arg': '{name} tiene que recibir un valor, como def {name}(times):, para que el mago pueda leer {name}(4).',
      'no-jump':
        'El mago leyó {name}(4) y nunca saltó hacia atrás: no hay ningún bucle que dé vueltas. Escribe un bucle for sobre range(times).',
      'wrong-total': 'stir(4) devolvió {returned}, pero 0 + 1 + 2 + 3 es 6. Dentro del bucle, suma i a total.',
      'only-four': 'stir(4) da 6, pero stir(5) no da 0 + 1 + 2 + 3 + 4 = 10. Deja que el bucle haga la suma para cualquier número.',
      'loop-not-adding':
        '{name}() salta hacia atrás, pero su bucle no hace la suma: el total sale de otro sitio. Dentro del bucle, suma cada número a total: total = total + i.',
      'loop-not-stirring':
        'El bucle de {name} no se ejecuta una vez por cada número: saltó hacia atrás {four, plural, one {# vez} other {# veces}} con stir(4) y {five, plural, one {# vez} other {# veces}} con stir(5). Deja que el propio bucle for haga la suma: for i in range(times): total = total + i',
      'no-jumps': 'No hay ningún nombre jumps. Escribe jumps = ... con el número de veces que se ejecuta JUMP_BACKWARD.',
      'not-a-number': 'jumps guarda {kind, thing}, pero debería ser un número entero sin comillas, como jumps = 2.',
      'wrong-count':
        'No es {guess}. El mago leyó {steps, plural, one {# runa} other {# runas}}: cuenta las piedras JUMP_BACKWARD iluminadas en el escenario. (FOR_ITER no es un salto hacia atrás.)',
    },
  },

  'interpreter/call-and-return': {
    title: 'Una sala para cada llamada',
    story:
      'Cuando brew llama a double, CALL abre un marco nuevo para double: una sala propia, con su propia pila de ' +
      'piedras y sus propios nombres, encima de la sala de brew. RETURN_VALUE cierra la sala de double y pone su piedra de ' +
      'arriba en la pila de brew. ¡Mira cómo se abren y se cierran las salas!',
    more:
      'El mago nunca mezcla sus piedras: lee las runas de double en la sala de double. RETURN_VALUE toma la piedra de ' +
      'arriba de double, cierra la sala y pone la piedra en la pila de brew, justo donde brew se había quedado.',
    goal: 'Pon en deepest el mayor número de marcos abiertos a la vez mientras el mago lee brew(5), y en handed_back lo que el RETURN_VALUE de double le devuelve a brew.',
    hints: [
      'Cuenta las salas que lee aquí el mago: el marco propio de brew, y uno más encima por cada llamada que todavía no ha terminado.',
      'double(5) calcula 5 * 2. RETURN_VALUE se lo entrega a brew, antes de que brew sume 1.',
      'Escribe: deepest = 2 y handed_back = 10',
    ],
    spell: [
      'Mientras el mago lee brew(5):',
      'el mayor número de marcos abiertos a la vez',
      'lo que el RETURN_VALUE de double le devuelve a brew',
    ],
    msg: {
      'well-done':
        'Sí: {deepest, plural, one {# marco} other {# marcos}} en el punto más hondo, y {function} devolvió {value} a la sala de abajo. Una llamada abre una sala, un return la cierra.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Deja def {name}(x): como en la historia.',
      'one-arg': '{name} tiene que recibir un valor, como def {name}(x):, para que el mago pueda leer {name}(5).',
      'no-call': 'El mago leyó {name} pero ninguna llamada abrió un marco nuevo. Haz que {name} llame a {helper}, como en la historia.',
      'no-name': 'No hay ningún nombre {name}. Mostrar con print no es predecir: escribe {name} = ... en tu hechizo.',
      'wrong-depth':
        'deepest = {guess} no es correcto. Cuenta las salas apiladas en el escenario cuando la varita está en el punto más hondo.',
      'wrong-value':
        'handed_back = {guess} no es lo que devolvió {function}. Mira la piedra que RETURN_VALUE lleva a la sala de abajo (un número, sin comillas).',
    },
  },
};
