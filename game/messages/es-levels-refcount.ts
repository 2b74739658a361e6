import type { LevelTexts } from './level-texts.js';

/**
 * Capítulo 1, el sombrero mágico y su marcador (reference counting): the Spanish texts of each
 * level, keyed by level id, mirroring en-levels-refcount.ts claim for claim.
 */
export const esLevelsRefcount: Record<string, LevelTexts> = {
  'refcount/another-holder': {
    title: 'Otro portador',
    story:
      'Cada objeto de Python lleva un marcador: cuántas cosas lo sostienen ahora mismo. Un nombre es un portador. ' +
      'Una casilla de una lista, también. Dale al sombrero mágico un portador más, ¡y mira cómo su marcador sube en uno!',
    more:
      'sys.getrefcount(hat) lee el marcador, pero también cuenta algunos ayudantes escondidos dentro de Python, así que ' +
      'los magos no se fían del número en sí: miran cuánto cambia.',
    predict: 'Cuando tu hechizo se ejecute, ¿qué hará el marcador del sombrero?',
    goal: 'Haz que el marcador del sombrero suba exactamente 1, y que siga así hasta que termine tu hechizo.',
    hints: [
      'Un nombre sostiene un objeto cuando escribes: new_name = the_object',
      'Usa un nombre nuevo (no el propio hat) y sin comillas: "hat" entre comillas es solo una palabra, no el sombrero.',
      'En la línea vacía, escribe: my_hat = hat',
    ],
    spell: ['Dale al sombrero un portador más en la línea siguiente:', 'El marcador se movió en'],
    msg: {
      'well-done': 'El marcador se movió en {delta}: ¡ahora el sombrero tiene exactamente un portador más!',
      'well-done-unseen':
        'Al terminar tu hechizo, el marcador se había movido en {delta}: el sombrero tiene un portador más, ¡así que cuenta! Pero tu hechizo leyó el marcador en la línea {read}, y el portador nuevo llegó solo en la línea {made}. Esa lectura llegó demasiado pronto para verlo: la próxima vez, crea el portador antes de leer el marcador.',
      'no-change':
        'El marcador no se movió (se movió en {delta}). Mostrar el sombrero con print o mirarlo no lo sostiene, y una palabra entre comillas no es el sombrero: un nombre nuevo tiene que sostener el propio sombrero.',
      'too-many':
        'El marcador se movió en {delta}, pero el objetivo es {goal}. Cada nombre o casilla que sostiene el sombrero cuenta, así que deja solo un portador nuevo.',
      'went-down': 'El marcador bajó ({delta}): algo soltó el sombrero. El objetivo es {goal}: añade un portador, no quites ninguno.',
      'name-let-go': 'El nombre hat ya no sostiene el sombrero (se borró o se le dio otra cosa), así que ese portador lo soltó.',
      'let-go-again':
        'En la línea {line} el sombrero tenía un portador más, pero ese portador lo volvió a soltar en la línea {gone}. Así que, al terminar tu hechizo, el marcador se había movido en {delta}. La escuela mira cuando tu hechizo termina: conserva el portador nuevo hasta entonces.',
    },
  },

  'refcount/three-pockets': {
    title: 'Tres bolsillos',
    story:
      'La varita necesita tres bolsillos seguros. pockets es una lista, y cada casilla de una lista es un portador, igual que un nombre. ' +
      'Pon la misma varita en tres casillas y su marcador sube en tres: una varita, tres portadores.',
    predict: 'La varita entra tres veces en la lista pockets. ¿Qué hará su marcador?',
    goal: 'Pon la varita tres veces en la lista pockets, para que su marcador suba exactamente 3. Déjala ahí hasta que termine tu hechizo.',
    hints: [
      'pockets.append(wand) pone la varita en una casilla nueva al final de la lista.',
      'Cada casilla que sostiene la varita suma 1 a su marcador. Necesitas tres casillas.',
      'Escribe pockets.append(wand) en tres líneas, una debajo de otra.',
    ],
    spell: ['pockets es una lista vacía. Pon la varita en ella tres veces:', 'El marcador de la varita se movió en'],
    msg: {
      'well-done': 'Tres casillas de pockets sostienen la varita y el marcador se movió en {delta}: ¡una varita, tres portadores!',
      moved:
        'El marcador de la varita se movió en {delta}, pero el objetivo es {goal}. Ahora mismo pockets sostiene la varita {slots, plural, =0 {en ninguna casilla} one {en # casilla} other {en # casillas}}.',
      'let-go-again':
        'En la línea {line} el marcador de la varita había llegado a {goal}, pero en la línea {gone} un portador la volvió a soltar. Así que, al terminar tu hechizo, el marcador se había movido en {delta}. La escuela mira cuando tu hechizo termina: deja la varita en sus tres bolsillos hasta entonces.',
      'not-in-pockets':
        'El marcador se movió en {delta}, pero pockets {slots, plural, =0 {no sostiene la varita en ninguna casilla} one {sostiene la varita solo en # casilla} other {sostiene la varita solo en # casillas}}. Pon la varita en la propia lista pockets, {goal, plural, one {# vez} other {# veces}}.',
      'word-not-wand': 'pockets sostiene la palabra "wand" entre comillas. Eso es una cadena de texto, no la varita: quita las comillas.',
      'extra-holders':
        'Cuando terminó tu hechizo, pockets sostenía la varita en {slots, plural, one {# casilla} other {# casillas}}, pero su marcador se había movido en {delta}: algo más también sostenía la varita. Quién sostiene todavía la varita: {holders}. Suéltala con del {first}.',
    },
  },

  'refcount/let-go': {
    title: '¡Suelta!',
    story:
      'Unos magos desordenados dejaron portadores de más en la escoba: el nombre spare y dos casillas de la lista shelf. Un ' +
      'marcador solo baja cuando un portador lo suelta. Haz que suelten los tres de más, ¡pero conserva el nombre broom!',
    more:
      'del spare quita un nombre. Sacar la escoba de una lista (con remove, pop o clear) quita su casilla. ' +
      'Cuando la sueltan los tres de más, el marcador vuelve a donde empezó.',
    goal: 'Haz que spare y las dos casillas de shelf suelten la escoba, y conserva el nombre broom.',
    hints: [
      'Tres de más sostienen la escoba: el nombre spare y dos casillas de shelf. El mapa que hay en el estante no importa.',
      'del spare quita el nombre. shelf.remove(broom) saca solo UNA casilla: la primera que sostiene la escoba.',
      'Escribe del spare y luego shelf.remove(broom) dos veces.',
    ],
    spell: [
      'Haz que spare y las dos casillas de shelf suelten la escoba (¡conserva el nombre broom!):',
      'El marcador de la escoba se movió en',
    ],
    msg: {
      'well-done': 'El marcador se movió en {delta}: ¡los tres portadores de más la soltaron y la escoba volvió a donde empezó!',
      'still-held':
        'El marcador se movió en {delta}, pero tiene que moverse en {goal} para volver al principio. Quién sostiene todavía la escoba: {holders}.',
      'hidden-holder':
        'El marcador se movió en {delta}, pero tiene que moverse en {goal} para volver al principio. Algo que hizo tu hechizo todavía sostiene la escoba (¿una lista dentro de una lista?).',
      'keep-broom': 'El nombre broom también la soltó. Solo deben soltarla los de más: deja que broom siga sosteniendo la escoba.',
    },
  },

  'refcount/make-it-vanish': {
    title: 'Hazlo desaparecer',
    story:
      'Cuando ya nadie sostiene un objeto, su marcador llega a 0 y Python lo libera al instante: ¡desaparece! ' +
      'El sombrero viejo tiene tres portadores: el nombre hat, una casilla de la lista wardrobe y la bolsa bag, bajo la clave ' +
      '"hat". Haz que suelten todos.',
    more:
      'El fantasma es una referencia débil: puede ver el sombrero sin sostenerlo, así que no cuenta en el marcador, y ' +
      'te avisa cuando el sombrero ya no está.',
    goal: 'Haz que todos los portadores suelten el sombrero viejo, para que desaparezca.',
    hints: [
      'Encuentra los tres portadores: el nombre hat, una casilla de wardrobe y bag["hat"].',
      'wardrobe.remove(hat) vacía la casilla, del bag["hat"] saca el sombrero de la bolsa y del hat quita el nombre. Cuidado con el orden: después de del hat, el nombre hat ya no existe.',
      'Escribe estas tres líneas en este orden: wardrobe.remove(hat), luego del bag["hat"], luego del hat',
    ],
    spell: [
      'una referencia débil, el fantasma: ve el sombrero, pero no lo sostiene',
      'Haz que todos los portadores suelten el sombrero:',
      '¿Sigue aquí el sombrero?',
    ],
    msg: {
      'well-done':
        '{count, plural, one {Su único portador lo soltó} other {Los # portadores lo soltaron}}, el marcador llegó a 0 y Python liberó el sombrero al instante: ¡desapareció!',
      swept:
        'El sombrero desapareció, pero solo porque lo barrió gc.collect(), el limpiador de ciclos: su marcador nunca llegó a 0 por sí solo, porque algo todavía lo sostenía (¿el propio sombrero?). Esta lección quiere que sea el marcador quien libere el sombrero: haz que suelten todos los portadores y el sombrero desaparecerá al instante. ¡Conocerás al limpiador en el próximo capítulo!',
      'still-here':
        'El sombrero sigue aquí: todavía lo {count, plural, one {sostiene} other {sostienen}} {holders}. (Su marcador se movió en {delta}.)',
      hidden:
        'El sombrero sigue aquí (su marcador se movió en {delta}), pero ningún nombre, lista ni diccionario de tu hechizo lo sostiene. ¿Se sostiene el sombrero a sí mismo, o está en una lista dentro de una lista?',
    },
  },

  'refcount/function-holder': {
    title: 'Prestado a una función',
    story:
      'Cuando llamas a una función, recibe sus propios nombres para lo que le das. Mientras wear(hat) se ejecuta, su nombre ' +
      'h sostiene el sombrero, así que el marcador tiene uno más. Cuando wear termina, sus nombres lo sueltan. peek() muestra ' +
      'cuánto se movió el marcador.',
    more:
      'peek() te dice cuánto se ha movido el marcador del sombrero desde que empezó tu hechizo. Usa aquí peek(), no ' +
      'sys.getrefcount. Dentro de una función, Python 3.14 mira sus propios nombres de una forma más rápida que no añade ' +
      'ningún portador, así que un getrefcount dentro de la función y otro fuera de ella no cuentan las mismas cosas.',
    goal: 'Dale el sombrero a wear, para que peek() vea subir el marcador dentro de wear y volver a 0 cuando wear termine.',
    hints: [
      'Ahora mismo wear tiene los paréntesis vacíos: no recibe nada, así que dentro de ella nada nuevo sostiene el sombrero.',
      'Dale a wear un nombre para atrapar el sombrero, como def wear(h):, y pásale el sombrero cuando la llames.',
      'Cambia las dos líneas por def wear(h): y wear(hat)',
    ],
    spell: [
      'peek() te dice cuánto se ha movido el marcador del sombrero desde que empezó el hechizo.',
      'Antes de wear:',
      'Dentro de wear:',
      'Después de wear:',
    ],
    msg: {
      'well-done':
        'Dentro de wear, peek vio {inside}; cuando wear terminó, el marcador había vuelto a {after}. ¡El nombre de la función sostuvo el sombrero solo mientras la función se ejecutaba!',
      'no-peek-inside':
        'peek() nunca se llamó desde dentro de una función, así que nadie miró mientras una función se ejecutaba. Deja peek() dentro de wear, y llama a wear.',
      'nothing-inside':
        'Dentro de la función, peek vio {inside}: ahí nada nuevo sostenía el sombrero. Pasa el sombrero a la función, para que lo sostenga su propio nombre.',
      'held-outside':
        'Dentro de la función, peek vio {inside}, pero ninguno de los nombres propios de la función sostenía el sombrero: lo sostenía un portador de fuera de la función. Dale el sombrero a la función, como wear(hat), para que lo sostenga su propio nombre.',
      'kept-by':
        'Después del hechizo el marcador sigue en {after}. Quién seguía sosteniendo el sombrero cuando la función terminó: {holders}. Solo deberían sostenerlo los nombres propios de la función.',
      'kept-hidden':
        'Después del hechizo el marcador sigue en {after}: algo siguió sosteniendo el sombrero después de que la función terminara. (Por ejemplo, un valor por defecto como h=hat pertenece a la función y vive tanto como la función.)',
      'name-let-go':
        'Después del hechizo el marcador se movió en {after}: el nombre hat soltó el sombrero. Deja que hat lo siga sosteniendo.',
    },
  },

  'refcount/immortal-none': {
    title: 'El inmortal None',
    story:
      'Algunos objetos nunca pueden desaparecer: None, True, False y los números pequeños como 7. ' +
      'Desde Python 3.12 son inmortales: su marcador está congelado, porque Python no cuenta sus portadores para nada. ' +
      'sys.getrefcount(None) muestra un número gigante que nunca se mueve. ' +
      '¡Pon el sombrero y None en la lista pile cinco veces cada uno, y compara sus marcadores!',
    predict: 'None entra cinco veces en la lista pile. ¿Qué hará el marcador de None?',
    goal: 'Pon el sombrero y None en la lista pile cinco veces cada uno. La escuela lee los marcadores cuando termina tu hechizo.',
    hints: [
      'pile.append(hat) añade una casilla que sostiene el sombrero; pile.append(None) añade una casilla que sostiene None.',
      'Un bucle te ahorra escribir: for i in range(5): repite cinco veces las líneas que tiene debajo.',
      'Debajo del comentario escribe for i in range(5): y, dentro del bucle, pile.append(hat) y pile.append(None)',
    ],
    spell: [
      'pile es una lista vacía. Pon en ella el sombrero cinco veces, y None cinco veces:',
      'El marcador del sombrero se movió en',
      'El marcador de None se movió en',
    ],
    msg: {
      'hat-not-five':
        'El sombrero está en {hat_slots, plural, one {# casilla de pile} other {# casillas de pile}} y su marcador se movió en {hat_delta}. El objetivo es {goal, plural, one {# casilla} other {# casillas}} y un marcador de +{goal}.',
      'none-not-five':
        'None {none_slots, plural, =0 {no está en ninguna casilla de pile} one {está en # casilla de pile} other {está en # casillas de pile}}, pero el objetivo es {goal}. Pon None en pile {goal, plural, one {# vez} other {# veces}}.',
      'word-not-none': 'pile sostiene la palabra "None" entre comillas. Eso es una cadena de texto: escribe None sin comillas.',
      'none-moved': 'Aquí el marcador de None se movió en {none_delta}: este Python no mantiene a None inmortal.',
      'let-go-again':
        'En la línea {line} el marcador del sombrero había llegado a {goal}, pero en la línea {gone} pile lo volvió a soltar. Cuando terminó tu hechizo, el sombrero estaba en {hat_slots, plural, one {# casilla de pile} other {# casillas de pile}} y su marcador se había movido en {hat_delta}. La escuela lee los marcadores cuando termina tu hechizo: deja el sombrero y None en pile hasta entonces.',
      'extra-holders':
        'Cuando terminó tu hechizo, pile sostenía el sombrero {goal, plural, one {# vez} other {# veces}}, pero su marcador se había movido en {hat_delta}: algo más también sostenía el sombrero. Quién sostiene todavía el sombrero: {holders}. Suéltalo con del {first}.',
      'well-done':
        'El marcador del sombrero se movió en {hat_delta}, pero el marcador de None se movió en {none_delta}, incluso con cinco portadores más: ¡None es inmortal! Prueba print(sys._is_immortal(None)) para preguntárselo tú a Python.',
    },
  },
};
