import type { LevelTexts } from './level-texts.js';

/**
 * Capítulo 4, runas de hechizo (bytecode): the Spanish texts of its levels, keyed by level id,
 * mirroring en-levels-bytecode.ts claim for claim. Rune names stay as dis shows them in CPython 3.14.
 */
export const esLevelsBytecode: Record<string, LevelTexts> = {
  'bytecode/find-the-constant': {
    title: 'La palabra escondida',
    story:
      'Antes de ejecutar un hechizo, Python lo traduce a runas: pequeños pasos llamados bytecode. dis.dis(greet) ' +
      'las enumera. Una palabra entre comillas dentro de una función se guarda dentro de ella, y una runa LOAD_CONST la pone ' +
      'en la pila cuando greet se ejecuta. RETURN_VALUE devuelve lo que está arriba de la pila.',
    more:
      'Las runas se pasan los valores en una pila, como una pila de platos. Una palabra guardada dentro de una función es una ' +
      'constante. Ahora mismo greet solo dice pass: lánzalo y mira sus runas (¡incluso pass devuelve ' +
      'algo: None!). Luego haz que greet devuelva la palabra mágica "Abracadabra!" y encuentra la palabra en sus ' +
      'runas.',
    predict: '¿Qué runa llevará la palabra mágica?',
    goal: 'Haz que greet devuelva "Abracadabra!", para que una runa LOAD_CONST lleve la palabra y RETURN_VALUE la devuelva.',
    hints: [
      'return devuelve un valor desde una función. Escríbelo dentro de greet, con los mismos espacios delante que pass.',
      'La palabra necesita sus comillas, una A mayúscula y el ! del final. En la lista aparece entre paréntesis después de LOAD_CONST.',
      'Cambia la línea de pass por: return "Abracadabra!"',
    ],
    spell: ['haz que greet devuelva la palabra mágica', 'muestra las runas de greet'],
    msg: {
      'well-done':
        'Lo encontraste: una runa {rune} lleva {word} y RETURN_VALUE la devuelve. La palabra se guardó dentro de greet antes de que greet se ejecutara ni una sola vez.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Escribe una con def {name}(): y conserva ese nombre.',
      'no-constant':
        'Ninguna de las runas de {name} lleva la constante {word}. Revisa cómo está escrita: una A mayúscula al principio y un ! al final (valen comillas simples o dobles).',
      'returns-other':
        'Al lanzar {name}() se obtuvo {returned}, no {word}. Mira la runa justo antes de RETURN_VALUE: pone en la pila lo que {name} devuelve. (print solo muestra una palabra; return la devuelve.)',
      'needs-nothing':
        '{name} pide un argumento, así que nadie puede lanzar {name}() sin darle nada. Escribe def {name}(): sin nada entre los paréntesis.',
      'made-while-running':
        'La palabra está bien escrita: ¡{name} devuelve {word}! Pero la fue juntando mientras se ejecutaba, así que lo que devuelve no es una palabra guardada ya hecha dentro de una runa. Escribe la palabra entera de una sola pieza: return {word}',
    },
  },

  'bytecode/local-or-global': {
    title: 'Nombres cerca, nombres lejos',
    story:
      'Un nombre creado arriba del todo de un hechizo es un nombre global: todas las funciones pueden leerlo. Un nombre que pertenece a ' +
      'una función, como su argumento energy, es un nombre local. Python los lee con runas distintas: ' +
      'LOAD_FAST para un nombre local, LOAD_GLOBAL para un nombre global.',
    more:
      'Un nombre local espera en las casillas numeradas propias de la función, y una runa LOAD_FAST lo saca directamente (en ' +
      'Python 3.14 a menudo se llama LOAD_FAST_BORROW). A un nombre global hay que buscarlo por cómo se llama, con una ' +
      'runa LOAD_GLOBAL. Haz que charge lea su nombre local energy y el nombre global power, y mira las dos runas en su ' +
      'lista.',
    goal: 'Haz que charge(energy) multiplique su nombre local energy por el nombre global power, para que entre sus runas haya una runa LOAD_FAST y una runa LOAD_GLOBAL.',
    hints: [
      'energy es un nombre local de charge: es su argumento. power se crea arriba del todo del hechizo, fuera de charge, así que es un nombre global.',
      'No le des power a charge como argumento, o también se convertirá en un nombre local. Usa el nombre power dentro de charge, sin más.',
      'Cambia la línea de return por: return energy * power',
    ],
    spell: ['usa aquí el nombre global power en vez de 2'],
    msg: {
      'well-done':
        'charge lee su nombre local {local} con {local_rune} y el nombre global {global} con LOAD_GLOBAL: ¡dos tipos de nombres, dos runas distintas!',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Escribe una con def {name}(energy): y conserva ese nombre.',
      'no-local': 'No hay ninguna runa LOAD_FAST en {name}: no lee ningún nombre local. Dale a {name} un argumento, como energy, y úsalo.',
      'no-global':
        'Ninguna runa LOAD_GLOBAL de {name} lee un nombre global creado por tu hechizo. Usa power (creado arriba del todo del hechizo) dentro de {name}, y no lo conviertas en un argumento.',
      'builtin-only':
        '{name} lee {builtin} con LOAD_GLOBAL, pero {builtin} viene con Python: es un nombre incorporado (builtin), no un nombre global creado por tu hechizo. Usa power dentro de {name}.',
      'ignores-power':
        'charge({energy}) dio {got} cuando power valía {power}, y lo mismo cuando power valía {other}: su respuesta no usa power. Haz que charge multiplique energy por power.',
      'not-times':
        'charge({energy}) dio {got} cuando power valía {power}, pero {energy} * {power} es {want}. Haz que charge multiplique energy por power: energy * power.',
      'no-power':
        'El nombre global power ha desaparecido. Deja la línea power = 3 arriba del todo del hechizo, y usa power dentro de {name}.',
    },
  },

  'bytecode/fold-the-numbers': {
    title: 'Plegado antes del hechizo',
    story:
      '¡Python hace algo de trabajo antes incluso de que empiece tu hechizo! Mientras traduce un hechizo a runas, ' +
      'calcula las operaciones hechas solo con números, como 6 * 7. Así que las runas ya llevan 42, y no queda ninguna runa ' +
      'de multiplicar. Esto se llama plegado de constantes.',
    more:
      'Los números guardados en nombres son otra cosa. El traductor no sigue lo que guarda un nombre, así que six * 7 ' +
      'conserva una runa BINARY_OP que multiplica cada vez que la función se ejecuta. Haz que answer devuelva 6 * 7, ' +
      'escrito justo así, y encuentra el 42 en sus runas.',
    goal: 'Haz que answer devuelva 6 * 7, para que sus runas lleven el 42 ya plegado y ninguna runa BINARY_OP.',
    hints: [
      'Escribe los propios números en la multiplicación, no nombres que los guarden.',
      'No necesitas para nada el nombre six. El signo de multiplicar en Python es *.',
      'Deja answer en una sola línea: return 6 * 7',
    ],
    msg: {
      'well-done':
        'Las runas de answer llevan {goal} en una runa {rune} y no tienen ninguna runa BINARY_OP: Python plegó 6 * 7 en {goal} antes de que el hechizo se ejecutara.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Escribe una con def {name}(): y conserva ese nombre.',
      'worked-out':
        '{name} devuelve {goal}, pero lo calculaste tú, así que Python no tenía nada que plegar. Escribe la multiplicación return 6 * 7 y deja que Python la calcule.',
      'not-times':
        'Python plegó tus operaciones en {goal}, ¡bien hecho! Pero esta lección va de una multiplicación: haz que {name} devuelva 6 * 7.',
      'still-math':
        '{name} todavía tiene {count, plural, one {una runa BINARY_OP} other {# runas BINARY_OP}}, la primera para {op}: esa operación ocurre cada vez que {name} se ejecuta, porque los números están guardados en nombres. Escribe los propios números: return 6 * 7',
      'returns-other': 'Al lanzar {name}() se obtuvo {returned}, no {goal}. Haz que devuelva la multiplicación 6 * 7.',
      'no-constant': 'Ninguna runa de {name} lleva {goal} todavía: Python aún no ha plegado nada en {goal}.',
      'needs-nothing':
        '{name} pide un argumento, así que nadie puede lanzar {name}() sin darle nada. Escribe def {name}(): sin nada entre los paréntesis.',
    },
  },

  'bytecode/runes-that-learn': {
    title: 'Runas que aprenden',
    story:
      'Python vigila sus runas mientras trabajan. Cuando una runa hace una y otra vez el mismo trabajo, como multiplicar ' +
      'números enteros, Python la cambia por una runa más rápida hecha justo para ese trabajo: una runa especializada. ¡Lanza ' +
      'brew muchas veces y atrapa a sus runas aprendiendo!',
    more:
      'BINARY_OP puede convertirse en BINARY_OP_MULTIPLY_INT. dis.dis(brew, adaptive=True) muestra las runas tal como ' +
      'son ahora; sin adaptive=True las ves como se crearon al principio. La primerísima runa, RESUME, ' +
      'ya cambia en el primer lanzamiento (a RESUME_CHECK), así que aquí no cuenta.',
    goal: 'Lanza brew muchas veces (un bucle de 100 es más que suficiente), para que algunas de sus runas de trabajo se cambien por runas especializadas.',
    hints: [
      'Cada llamada como brew(5) ejecuta una vez todas las runas de brew. Una sola llamada no basta para que Python aprenda.',
      'Un bucle for repite las líneas que tiene debajo: for i in range(100): y, en la línea siguiente, un paso más adentro, brew(i)',
      'Debajo del comentario escribe for i in range(100): y debajo, con cuatro espacios delante, brew(i)',
    ],
    spell: ['lanza aquí brew muchas veces más', 'las runas tal como las ha cambiado el intérprete'],
    msg: {
      'well-done':
        'Después de esos lanzamientos, {count, plural, one {una runa de trabajo de brew cambió} other {# runas de trabajo de brew cambiaron}} de forma: {rune} se convirtió en {specialised}. Python aprendió lo que hace brew y eligió runas más rápidas.',
      'no-function': 'No hay ninguna función de hechizo llamada {name}. Escribe una con def {name}(x): y conserva ese nombre.',
      'only-entry':
        '{name} se ejecutó, pero solo cambió su primera runa, RESUME (a RESUME_CHECK). Las runas de trabajo cambian cuando ya se han ejecutado antes: lanza {name} muchas más veces. (Si {name} no tiene operaciones, dale alguna, como x * 3 + 1.)',
      'never-ran': 'Las runas de {name} están igual que cuando se crearon: {name} nunca se ejecutó. Lánzala muchas veces, como brew(5).',
      'not-brew':
        'El nombre {name} ahora guarda {other}(), otra función, no la {name} que tu hechizo escribió con def {name}. Deja {name} como está y lanza muchas veces la propia {name}.',
      traced:
        'Tu hechizo encendió un rastreador (sys.settrace o sys.monitoring), así que las runas de {name} llevan marcas INSTRUMENTED_ para él. Esas no son runas especializadas: quita el rastreador y lanza {name} muchas veces.',
    },
  },
};
