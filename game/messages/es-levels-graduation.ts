import type { LevelTexts } from './level-texts.js';

/**
 * Graduación, el examen final: the Spanish texts of its levels, keyed by level id, mirroring
 * en-levels-graduation.ts claim for claim (count += 1 on a global is four runes; the tally frees at
 * 0, a circle only the collector; 60 * 60 is folded into 3600, so a + 60 * 60 has one BINARY_OP).
 */
export const esLevelsGraduation: Record<string, LevelTexts> = {
  'graduation/guard-the-gold': {
    title: 'Protege el oro',
    story:
      'Tu examen final empieza con Sir GIL y las runas juntos. Arthur y Bors suman a count, el tesoro del ' +
      'castillo. Primero nombra la runa que lee count y la runa que lo vuelve a escribir. Luego cierra con el candado ' +
      'el hueco que hay entre ellas, en los dos caballeros.',
    more:
      'Dentro de un caballero, count += 1 no es una runa sino cuatro: una runa lee count, luego se carga el 1, ' +
      'BINARY_OP suma, y una runa vuelve a escribir count. Si el otro caballero se ejecuta dentro de ese hueco, su suma ' +
      'queda tapada. Eso puede pasar en un Python sin GIL, o cuando hay una llamada en el hueco. Así que el ' +
      'GIL nunca hizo que count += 1 fuera seguro. ¡count es un nombre global! La escuela prueba todos los órdenes de las runas, ' +
      'con un cambio permitido en cualquier punto.',
    predict: 'Con el candado en los dos caballeros, ¿se puede perder todavía una suma?',
    goal: 'Pon en reads y writes los nombres de las runas que leen y escriben count en arthur(), y pon count += 1 dentro de with lock: en los dos caballeros.',
    hints: [
      'count vive arriba del todo del hechizo, así que los caballeros lo leen con una runa GLOBAL, no con una FAST. import dis y dis.dis(arthur) te muestran las runas.',
      'El candado tiene que cubrir todo count += 1 en LOS DOS caballeros: with lock: y, un paso más adentro debajo, count += 1.',
      'Escribe reads = "LOAD_GLOBAL" y writes = "STORE_GLOBAL", y pon with lock: alrededor de count += 1 en cada bucle.',
    ],
    spell: [
      '1. ¿Qué runa LEE count, y qué runa lo vuelve a ESCRIBIR? (usa dis, o recuerda el capítulo 3)',
      '2. La historia te da lock. Protege count += 1 en los dos caballeros.',
    ],
    msg: {
      'well-done':
        '¡Protegido! {reads} lee count y {writes} lo vuelve a escribir, y el candado mantiene juntas las dos cosas: el paso a paso probó {schedules, plural, one {# ejecución terminada} other {# ejecuciones terminadas}} y count terminó en {expected} en todas.',
      lost: 'Todavía no es seguro: el paso a paso encontró un orden en el que count termina en {final} en vez de {expected}. Otro caballero se metió en el hueco entre {reads} y {writes}. Protege count += 1 con el candado en los dos caballeros.',
      deadlock:
        'El paso a paso encontró un orden en el que los caballeros se esperan el uno al otro para siempre (un bloqueo mutuo, o deadlock): alguien toma un candado y nunca lo devuelve. with lock: siempre lo devuelve.',
      'no-rune': '{name} tiene que ser el nombre de una runa entre comillas, como "LOAD_FAST".',
      'not-in-knight':
        '{knight}() no lee y escribe count él mismo: eso ocurre en otra función a la que llama. La lección mira las runas de dentro de cada caballero: escribe count += 1 bajo with lock: dentro del propio {knight}().',
      // {name} is the kid's variable, "reads" or "writes": the English sentence uses it as its verb
      'wrong-rune':
        '{guess} no es la runa que {name, select, reads {lee} writes {escribe} other {{name}}} count en arthur(). Recuerda: count es un nombre global. import dis y dis.dis(arthur) te muestran todas las runas.',
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

  'graduation/two-cleaners': {
    title: 'Los dos limpiadores',
    story:
      'Python tiene dos limpiadores, y este examen necesita los dos. El marcador libera un objeto en el momento en que su ' +
      'último portador lo suelta. El Recogefantasmas barre círculos de objetos que solo se sostienen entre sí. A lamp ' +
      'solo lo sostiene su nombre; wisp y mist se sostienen el uno al otro.',
    more:
      'Para un círculo hace falta el Recogefantasmas (gc), porque sus marcadores nunca llegan a 0 por sí solos. La ' +
      'escuela lo hace esperar, así que solo viene cuando llamas a gc.collect().',
    goal: 'Haz que lamp desaparezca soltando su único portador; luego suelta los nombres de wisp y mist y llama al Recogefantasmas para que los barra.',
    hints: [
      'del lamp suelta el nombre lamp. Nada más lo sostiene, así que desaparece enseguida, sin necesidad del Recogefantasmas.',
      'wisp y mist siguen sosteniéndose el uno al otro después de que sus nombres los suelten: solo gc.collect() puede barrerlos, y solo después de las líneas del.',
      'Escribe del lamp debajo del paso 1, y del wisp, del mist y gc.collect() debajo del paso 2.',
    ],
    spell: [
      '1. Haz que lamp desaparezca: suelta su único portador.',
      '¿Sigue aquí lamp?',
      '2. wisp y mist se sostienen el uno al otro. Suelta sus nombres y luego llama al Recogefantasmas.',
      '¿Sigue aquí wisp?',
    ],
    msg: {
      'well-done':
        '¡Funcionaron los dos limpiadores! lamp se fue en el momento en que su marcador llegó a 0, y el Recogefantasmas barrió el círculo perdido de wisp y mist.',
      'lamp-stays':
        'lamp sigue aquí: todavía lo {count, plural, one {sostiene el nombre {holders}} other {sostienen los nombres {holders}}}, así que su marcador nunca llegó a 0. Suelta todos los portadores de lamp.',
      'lamp-stays-hidden':
        'lamp sigue aquí: algo todavía lo sostiene, así que su marcador nunca llegó a 0. Suelta todos los portadores de lamp.',
      'lamp-swept':
        'A lamp lo barrió el Recogefantasmas: estaba en un círculo, así que el marcador no podía liberarlo. No le pongas ningún círculo a lamp, y simplemente suéltalo (del lamp): el marcador lo libera al instante.',
      'freed-by-tally':
        '{labels} se fueron sin el Recogefantasmas: el círculo se rompió, así que el marcador los liberó. Conserva el círculo y llama a gc.collect() para ver cómo lo barre.',
      'still-named':
        '{count, plural, one {El nombre {holders} todavía sostiene a un espíritu del círculo. Suéltalo} other {Los nombres {holders} todavía sostienen a los espíritus. Suéltalos}} (del) y luego llama al Recogefantasmas.',
      'looked-early':
        '{labels} se {count, plural, one {fue} other {fueron}} en la línea {left}. Tu hechizo miró en la línea {line}, antes de eso, así que todavía vio ahí a {labels}. Para ver que {labels} ya no {count, plural, one {está} other {están}}, mira después de la línea {left}.',
      'young-only':
        'El Recogefantasmas vino, pero con un número entre los paréntesis, como gc.collect(0), solo mira las cosas más jóvenes, y wisp y mist son más viejos. Llama a gc.collect() sin nada entre los paréntesis: así mira en todas partes.',
      'too-early':
        'El Recogefantasmas vino demasiado pronto: en ese momento todavía había nombres que sostenían a wisp y mist, así que los dejó en paz. Llama a gc.collect() después de que se suelten los nombres.',
      'not-called': 'wisp y mist están perdidos en su círculo, pero siguen aquí: nadie llamó al Recogefantasmas. Llama a gc.collect().',
    },
  },

  'graduation/folded-stack': {
    title: 'La poción plegada',
    story:
      'La última pregunta une las runas y el mago. potion(a) devuelve a + 60 * 60. Recuerda el plegado: ' +
      '60 * 60 se calcula antes de que el hechizo se ejecute. ¿Qué hay en la pila de piedras justo después del ' +
      'primer BINARY_OP mientras el mago lee potion(5)?',
    more:
      'El compilador guarda 3600 como una sola constante. Así que el mago nunca multiplica: carga a, carga la ' +
      'constante 3600, y BINARY_OP + quita las dos piedras de arriba y vuelve a poner su suma.',
    goal: 'Pon en prediction la lista de valores que hay en la pila justo después de la primera runa BINARY_OP de potion(5), empezando por abajo.',
    hints: [
      '60 * 60 se convirtió en la constante 3600 cuando se compiló el hechizo: ya no hay ningún BINARY_OP *.',
      'Antes del único BINARY_OP la pila es [5, 3600]. BINARY_OP quita las dos y vuelve a poner una sola piedra.',
      'Escribe: prediction = [3605]',
    ],
    spell: [
      '¿Qué hay en la pila de valores justo después de la PRIMERA runa BINARY_OP,',
      'mientras el mago lee potion(5)? Empieza por abajo y termina arriba.',
    ],
    msg: {
      'well-done':
        '¡Correcto! Después del único BINARY_OP la pila es {stack}: 60 * 60 se plegó en 3600 mucho antes de que el mago leyera una sola runa.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Deja def {name}(a): como en la historia.',
      'one-arg': '{name} tiene que recibir un valor, como def {name}(a):, para que el mago pueda leer {name}(5).',
      'not-folded':
        '{name} tiene que seguir calculando a + 60 * 60, escrito justo así: la lección es el 3600 en el que Python pliega 60 * 60 antes de que el mago lea una runa.',
      'no-binary-op': 'El mago leyó {name} pero no encontró ninguna runa BINARY_OP. Deja dentro return a + 60 * 60.',
      'no-prediction':
        'No hay ningún nombre prediction. Mostrar con print no es predecir: escribe prediction = [...] con los valores de la pila.',
      'not-a-list':
        'prediction guarda {kind, thing}, pero debería ser una lista de valores, empezando por abajo, como prediction = [1, 2] (números sin comillas).',
      'kept-stones':
        'Tu pila {guess} tiene {answer} arriba, pero debajo siguen las piedras que usó BINARY_OP. BINARY_OP quita sus dos piedras de la pila y solo vuelve a poner su respuesta.',
      'wrong-size':
        'Tu pila {guess} tiene {count, plural, one {# piedra} other {# piedras}}, pero la de verdad tenía {real}. Sigue la varita hasta la runa iluminada y cuenta las piedras justo después de ella.',
      'wrong-values':
        'La pila tiene el número correcto de piedras, pero no es {guess}. Sigue la varita hasta la runa iluminada y lee las piedras.',
      quoted:
        'Tu pila {guess} tiene {word} entre comillas: eso es una palabra, no un número. Las piedras de esta pila son números, así que escríbelas sin comillas.',
      'before-op':
        'Tu pila {guess} tiene las dos piedras que esperan a BINARY_OP, justo antes de que se ejecute. BINARY_OP quita esas dos y vuelve a poner una sola piedra, su respuesta. ¿Qué hay en la pila justo después?',
      unfolded:
        'Tu pila {guess} todavía tiene 60. ¿Seguía 60 * 60 esperando a que lo multiplicaran? Mira las runas en el escenario: el plegado ya lo convirtió en una sola piedra, 3600, antes de que el mago leyera una runa.',
      'extra-stones':
        'Tu pila {guess} empieza bien, pero tiene {extra, plural, one {# piedra} other {# piedras}} de más arriba: justo después de BINARY_OP, su respuesta es la piedra de arriba. La escuela lee prediction cuando tu hechizo termina: ¿alguna línea de después le añadió algo?',
    },
  },
};
