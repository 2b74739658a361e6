import type { LevelTexts } from './level-texts.js';
import type { enGhostStageWords } from './en-levels-gc.js';

/**
 * Capítulo 2, el Recogefantasmas (garbage collection): the Spanish texts of its levels, keyed by
 * level id, mirroring en-levels-gc.ts claim for claim. The two cleaners stay apart as in English:
 * the marcador (reference counting) frees an object the moment its last holder lets go; the
 * Recogefantasmas (the cycle collector, gc) sweeps groups that only hold each other, when it runs.
 */
export const esLevelsGc: Record<string, LevelTexts> = {
  'gc/gone-at-return': {
    title: 'Adiós al terminar',
    story:
      'Python tiene dos limpiadores. El primero es el marcador: cuando llega a 0, el objeto se libera al instante. ' +
      'Los nombres de dentro de una función sueltan lo que sostienen cuando la función termina. Así que el espíritu Pip, creado dentro de ' +
      'haunt(), se va justo cuando haunt() termina. Dale unas últimas palabras para oírlas cuando se vaya.',
    more:
      'weakref.finalize(pip, print, "Pip: Goodbye!") le da a Pip unas últimas palabras sin sostenerlo: Python las dice ' +
      'en el momento en que Pip se libera, así que puedes ver exactamente cuándo se va. Esto no es trabajo del ' +
      'Recogefantasmas: lo conocerás en las próximas lecciones.',
    predict: '¿Quién liberará a Pip cuando haunt() acabe?',
    goal: 'Dale a Pip unas últimas palabras con weakref.finalize dentro de haunt(), para que se digan en el momento en que haunt() termina.',
    hints: [
      'weakref.finalize(thing, function, words) llama a function(words) cuando thing se libera. No sostiene a thing, así que no hace que Pip se quede.',
      'Ponlo dentro de haunt(), después de crear a Pip: weakref.finalize(pip, print, ...) con las palabras que quieras que diga.',
      'En la línea vacía de dentro de haunt() escribe: weakref.finalize(pip, print, "Pip: Goodbye!")',
    ],
    spell: ['Dale aquí a Pip unas últimas palabras:', 'Pip: ¡Buu!', 'Antes de haunt()', 'Después de haunt()'],
    msg: {
      'well-done':
        '{label} dijo sus últimas palabras justo cuando {function}() terminó: el nombre de la función lo soltó, su marcador llegó a 0 y Python lo liberó al instante. ¡Eso fue el marcador, no el Recogefantasmas!',
      'no-spirit': 'No se creó ningún espíritu. Crea uno dentro de haunt() con Spirit("Pip"), y llama a haunt().',
      'made-outside':
        '{label} se creó arriba del todo del hechizo, no dentro de una función, así que un nombre de arriba del todo siguió sosteniéndolo después de que la función terminara. Créalo dentro de haunt().',
      'still-held':
        '{label} no se fue cuando {function}() terminó. Quién todavía lo sostenía: {holders}. Dentro de la función, guárdalo solo en los nombres propios de la función.',
      cycle:
        '{label} se sostiene a sí mismo (un círculo), así que su marcador nunca llega a 0 y no se fue cuando {function}() terminó. Ahora solo el Recogefantasmas podría llevárselo. No hagas que se sostenga a sí mismo.',
      'still-here': '{label} no se fue cuando {function}() terminó: algo todavía lo sostiene.',
      swept:
        'El Recogefantasmas barrió a {label}: se sostenía a sí mismo en un círculo. Esta lección va del marcador: deja que {label} se vaya solo, cuando {function}() termine.',
      'not-at-return':
        '{label} se fue en la línea {line}, no cuando {function}() terminó. Un del dentro de la función lo suelta demasiado pronto; guardarlo en algún sitio y soltarlo después es demasiado tarde.',
      'words-failed':
        '{label} se fue justo cuando {function}() terminó, pero sus últimas palabras salieron mal. weakref.finalize necesita la función y sus palabras por separado: weakref.finalize(pip, print, "Pip: Goodbye!"). Si escribes print("...") dentro, las palabras se dicen enseguida y finalize no recibe nada que pueda llamar.',
      'no-last-words':
        '{label} se fue justo cuando {function}() terminó, pero no dijo nada. Dale unas últimas palabras dentro de {function}(), por ejemplo: weakref.finalize(pip, print, "Pip: Goodbye!")',
    },
  },

  'gc/friends-forever': {
    title: 'Amigos para siempre',
    story:
      'wisp y mist son espíritus. Cada uno puede recordar a un amigo: wisp.friend = mist hace que wisp sostenga a mist. Si ' +
      'cada uno recuerda al otro, forman un círculo. Entonces, aunque sus nombres los suelten, cada uno sigue sostenido por el ' +
      'otro, así que sus marcadores nunca llegan a 0.',
    more:
      'Los magos llaman ciclo a un círculo así. Normalmente el Recogefantasmas encuentra un círculo perdido un tiempo ' +
      'después. En esta lección la escuela lo hace esperar, para que puedas ver cómo se quedan.',
    predict: 'wisp y mist se recuerdan el uno al otro, y luego se sueltan los dos nombres. ¿Quién liberará a wisp?',
    goal: 'Haz que wisp y mist se recuerden el uno al otro, para que sigan aquí después de que se suelten los dos nombres.',
    hints: [
      'Un espíritu recuerda a un amigo con .friend: wisp.friend = algo hace que wisp sostenga ese algo.',
      'Los dos tienen que recordar: wisp recuerda a mist Y mist recuerda a wisp. Hazlo antes de las líneas del.',
      'Debajo del comentario escribe wisp.friend = mist y, en la línea siguiente, mist.friend = wisp',
    ],
    spell: [
      've a wisp sin sostenerlo',
      'Haz que wisp y mist se recuerden el uno al otro (usa .friend):',
      'Ahora los nombres los sueltan:',
      '¿Sigue aquí wisp?',
      '¿Sigue aquí mist?',
    ],
    msg: {
      'well-done':
        'Los nombres los soltaron, pero wisp y mist siguen aquí: cada uno sostiene al otro, así que ningún marcador llega a 0. ¡Un círculo perdido como este necesita al Recogefantasmas (próxima lección)!',
      left: '{count, plural, one {{labels} se fue en cuanto se soltaron los nombres: nada más lo sostenía, así que su marcador llegó a 0} other {{labels} se fueron en cuanto se soltaron los nombres: nada más los sostenía, así que sus marcadores llegaron a 0}}. Haz primero que cada uno recuerde al otro.',
      'one-way':
        '{holder} sostenía a {target} (con .{via}), pero nada sostenía a {holder}. Así que, cuando el nombre {holder} lo soltó, {holder} se fue, y también soltó a {target}. Haz que {target} recuerde también a {holder}.',
      'one-way-own-circle':
        '{holder} sostenía a {target} (con .{via}), pero nada sostenía a {holder}, así que {holder} se fue cuando el nombre lo soltó. {target} sigue aquí solo porque se recuerda a sí mismo. Haz que {target} recuerde a {holder} en su lugar.',
      'still-named':
        'Siguen aquí, pero solo porque {count, plural, one {los sostiene el nombre {holders}} other {los sostienen los nombres {holders}}}. Suelta los nombres (del) y mira si el círculo los retiene.',
      'quoted-friend':
        '{count, plural, one {{labels} se fue} other {{labels} se fueron}} en cuanto se soltaron los nombres: {holder}.{via} sostenía la palabra "{word}" entre comillas. Eso es una cadena de texto, no el espíritu {word}, así que {holder} no sostenía a ningún espíritu. Quita las comillas: {holder}.{via} = {word}',
      'not-each-other':
        'Cada espíritu solo se recuerda a sí mismo. Eso también es un círculo, pero esta lección quiere que wisp y mist se recuerden el uno al otro.',
      'hidden-holder':
        'Siguen aquí, pero algo que no es su círculo los sostiene. Haz que se recuerden el uno al otro con .friend y suelta todos los nombres.',
      swept:
        'El Recogefantasmas barrió a {labels}: gc.collect() se llevó el círculo perdido. En esta lección déjalos quedarse: todavía no llames al Recogefantasmas.',
    },
  },

  'gc/call-the-collector': {
    title: 'Llama al Recogefantasmas',
    story:
      'wisp y mist se sostienen el uno al otro, y sus nombres están a punto de soltarlos. Entonces nada más podrá alcanzarlos: ' +
      'un círculo perdido. El marcador no puede liberarlos, pero el Recogefantasmas sí. ¡Llámalo con gc.collect() después ' +
      'de que se suelten los nombres!',
    more:
      'El Recogefantasmas es el recolector de ciclos de Python, el módulo gc. Busca grupos de objetos que solo se sostienen ' +
      'entre sí y los barre todos. Normalmente viene solo, de vez en cuando. En estas lecciones la escuela lo hace esperar, ' +
      'así que lo llamas tú.',
    predict: 'wisp y mist solo se sostienen el uno al otro. ¿Quién liberará a wisp?',
    goal: 'Después de que se suelten los dos nombres, llama al Recogefantasmas para que barra a wisp y mist.',
    hints: [
      'El módulo gc es el Recogefantasmas, y el hechizo ya lo importa.',
      'Llámalo después de las líneas del: mientras hay nombres que sostienen a los espíritus, no están perdidos, y él los deja en paz.',
      'En la línea vacía debajo del comentario escribe: gc.collect()',
    ],
    spell: [
      'wisp recuerda a',
      'mist recuerda a',
      'Después de del, ¿sigue aquí wisp?',
      'Llama al Recogefantasmas:',
      'Después del Recogefantasmas, ¿sigue aquí wisp?',
    ],
    msg: {
      'well-done':
        'El Recogefantasmas encontró el círculo perdido y barrió a wisp y mist. Sus marcadores nunca llegaron a 0: ¡solo él podía llevárselos!',
      'freed-by-tally':
        '{labels} se fueron sin el Recogefantasmas: el círculo se rompió, así que sus marcadores llegaron a 0 y Python los liberó al instante. Conserva el círculo y llama a gc.collect() para ver cómo lo barre.',
      'held-when-swept':
        'El Recogefantasmas vino, pero {count, plural, one {el nombre {holders} todavía sostenía} other {los nombres {holders} todavía sostenían}} a los espíritus. Así que los dejó en paz: solo barre lo que nada puede alcanzar. Suelta primero todos los nombres.',
      'still-named':
        '{count, plural, one {El nombre {holders} todavía sostiene a un espíritu del círculo. Suéltalo} other {Los nombres {holders} todavía sostienen a los espíritus. Suéltalos}} (del) y luego llama al Recogefantasmas.',
      'looked-early':
        '{labels} se {count, plural, one {fue} other {fueron}} en la línea {left}. Tu hechizo miró en la línea {line}, antes de eso, así que todavía vio ahí a {labels}. Para ver que {labels} ya no {count, plural, one {está} other {están}}, mira después de la línea {left}.',
      'young-only':
        'El Recogefantasmas vino, pero con un número entre los paréntesis, como gc.collect(0), solo mira las cosas más jóvenes, y wisp y mist son más viejos. Llama a gc.collect() sin nada entre los paréntesis: así mira en todas partes.',
      'too-early':
        'El Recogefantasmas vino demasiado pronto: en ese momento los nombres todavía sostenían a wisp y mist, así que los dejó en paz. Llama a gc.collect() después de que se suelten los nombres.',
      'not-called': 'wisp y mist están perdidos en su círculo, pero siguen aquí: nadie llamó al Recogefantasmas. Llama a gc.collect().',
    },
  },

  'gc/break-the-circle': {
    title: 'Rompe el círculo',
    story:
      'wisp y mist se sostienen otra vez el uno al otro. Esta vez, sin Recogefantasmas: ¡rompe tú el círculo! Si ' +
      'wisp olvida a su amigo (wisp.friend = None), ya no sostiene a mist. Entonces, cuando se sueltan los nombres, ' +
      'los dos marcadores llegan a 0 y los dos se van al instante.',
    more:
      'Cuando se sueltan los nombres, ya nada sostiene a mist: su marcador llega a 0 y Python lo libera al ' +
      'instante, y con mist se va el último portador de wisp. El marcador limpia a los dos, en el acto, ' +
      'sin esperar a nadie.',
    goal: 'Rompe el círculo a mano para que wisp y mist se vayan los dos cuando se suelten sus nombres, sin Recogefantasmas.',
    hints: [
      'Un círculo se rompe cuando uno de los dos olvida al otro.',
      'Poner un amigo a None hace que el espíritu suelte a su antiguo amigo. Hazlo antes de las líneas del.',
      'Debajo del comentario escribe: wisp.friend = None',
    ],
    spell: ['Rompe el círculo: haz que uno de los dos olvide a su amigo', '¿Sigue aquí wisp?', '¿Sigue aquí mist?'],
    msg: {
      'well-done':
        'wisp y mist se fueron al instante, sin Recogefantasmas: rompiste el círculo, así que cuando se soltaron los nombres sus marcadores llegaron a 0. El marcador limpia en el acto; el Recogefantasmas, solo cuando viene.',
      'still-circle':
        'wisp y mist siguen aquí: todavía se sostienen el uno al otro, así que sus marcadores nunca llegaron a 0. Haz que uno de ellos olvide a su amigo.',
      'own-circle':
        '{count, plural, one {{labels} sigue aquí: está en un círculo propio} other {{labels} siguen aquí: cada uno está en un círculo propio}} (un espíritu que se sostiene a sí mismo, o que sostiene a un espíritu que lo sostiene a él), así que el marcador nunca llegó a 0. Rompe también ese círculo.',
      'still-named':
        '{count, plural, one {El nombre {holders} todavía sostiene a un espíritu.} other {Los nombres {holders} todavía sostienen a los espíritus.}} Rompe el círculo y suelta todos los nombres (del).',
      swept:
        'El Recogefantasmas barrió a {labels}. Eso también funciona, pero esta lección no quiere al Recogefantasmas: rompe el círculo a mano para que el marcador los libere.',
      'still-here': 'wisp y mist siguen aquí: algo todavía los sostiene.',
    },
  },

  'gc/lantern-light': {
    title: 'El farol',
    story:
      'Dos círculos de espíritus: wisp y mist, y boo y hush. Los cuatro nombres van a soltar a sus espíritus, y luego viene el ' +
      'Recogefantasmas. Solo barre lo que nada puede alcanzar. Haz que el farol sostenga a wisp: así todavía se puede ' +
      'alcanzar a wisp, y a través de wisp.friend, también a mist.',
    more:
      'boo y hush están perdidos: ya nada los alcanza, así que los barre. wisp y mist se quedan, porque ' +
      'el nombre lantern todavía los alcanza.',
    goal: 'Haz que el farol sostenga a wisp, para que gc.collect() barra a boo y hush pero no a wisp y mist. Mantén el farol encendido hasta que termine tu hechizo.',
    hints: [
      'Un nombre sostiene un objeto cuando escribes name = the_object.',
      'Solo un espíritu necesita el farol: al que sostiene se le puede alcanzar, y también al amigo que ese recuerda.',
      'Cambia lantern = None por lantern = wisp',
    ],
    spell: ['Enciende el farol: haz que sostenga a wisp, así el Recogefantasmas todavía puede alcanzarlo', 'sigue aquí:'],
    msg: {
      'well-done':
        'El Recogefantasmas barrió a boo y hush, pero dejó en paz a wisp y mist: el farol todavía podía alcanzar {held, select, both {a los dos} other {a wisp, y wisp sostiene a mist}}. ¡Solo barre lo que nada puede alcanzar!',
      'lantern-empty':
        'El Recogefantasmas barrió a {labels}: ya nada {count, plural, one {lo} other {los}} podía alcanzar. Haz que el farol sostenga a wisp antes de que se suelten los nombres.',
      'lantern-word':
        'El Recogefantasmas barrió a {labels}: el farol sostenía la palabra "{word}" entre comillas. Eso es una cadena de texto, no el espíritu {word}, así que no alcanzaba a ningún espíritu. Quita las comillas: lantern = {word}',
      'lantern-holds-other':
        'wisp y mist se quedaron, pero el farol sostiene a {held}, no a wisp. El objetivo es que el farol sostenga a wisp: lantern = wisp',
      'lantern-unlit':
        'wisp y mist se quedaron, pero {count, plural, =0 {los retuvo otra cosa} one {los retuvo {holders}} other {los retuvieron {holders}}}, no el farol. Haz que el propio farol sostenga a wisp: lantern = wisp',
      'swept-later':
        '{labels} {count, plural, one {estaba a salvo} other {estaban a salvo}} la primera vez que vino tu Recogefantasmas: el farol {count, plural, one {lo} other {los}} sostenía. Pero luego el farol {count, plural, one {lo} other {los}} soltó, y su visita en la línea {line} {count, plural, one {lo} other {los}} barrió. Mantén el farol encendido hasta que termine tu hechizo.',
      'unkept-at-end':
        '{labels} {count, plural, one {estaba a salvo} other {estaban a salvo}} cuando vino tu Recogefantasmas, pero al terminar tu hechizo ya nada tuyo {count, plural, one {lo} other {los}} sostenía (¿se vació el farol?). La escuela mira cuando termina tu hechizo, y en su próxima visita él {count, plural, one {lo} other {los}} barrería. Mantén el farol encendido hasta el final.',
      'kept-left':
        '{count, plural, one {{labels} se fue: su círculo se rompió, así que su marcador llegó a 0} other {{labels} se fueron: su círculo se rompió, así que sus marcadores llegaron a 0}}. Deja a wisp y mist como están y haz que el farol sostenga a wisp.',
      'lost-freed':
        '{labels} se fueron sin el Recogefantasmas: su círculo se rompió. Deja que boo y hush sigan siendo un círculo perdido para que él los barra.',
      'not-called': 'boo y hush están perdidos, pero siguen aquí: el Recogefantasmas nunca vino. Deja la línea gc.collect().',
      'not-called-named':
        '{labels} {count, plural, one {sigue} other {siguen}} aquí: {holders_count, plural, one {el nombre {holders} todavía {count, plural, one {lo} other {los}} sostiene} other {los nombres {holders} todavía {count, plural, one {lo} other {los}} sostienen}}, y el Recogefantasmas nunca vino. Suelta los nombres (del) y luego llama a gc.collect().',
      'lost-kept':
        '{count, plural, one {{labels} no fue barrido} other {{labels} no fueron barridos}}. Quién todavía {count, plural, one {lo} other {los}} sostenía: {holders}. Así que, para el Recogefantasmas, todavía se {count, plural, one {lo} other {los}} podía alcanzar. Solo wisp va en el farol.',
      'young-only':
        'El Recogefantasmas vino, pero con un número entre los paréntesis, como gc.collect(0), solo mira las cosas más jóvenes, y {labels} {count, plural, one {es más viejo} other {son más viejos}}. Llama a gc.collect() sin nada entre los paréntesis: así mira en todas partes.',
      'too-early':
        '{count, plural, one {{labels} no fue barrido: el Recogefantasmas vino cuando algo todavía lo sostenía} other {{labels} no fueron barridos: el Recogefantasmas vino cuando algo todavía los sostenía}}. Llama a gc.collect() después de que se suelten los nombres.',
      'own-names':
        'wisp y mist siguen aquí, pero solo porque sus propios nombres ({holders}) todavía los sostienen: el farol no sostiene nada. Suelta todos los nombres y haz que el farol sostenga a wisp.',
    },
  },
};

/**
 * Palabras del escenario de los fantasmas (game/stages/ghosts/ghost-stage.ts) y sus frases para
 * lectores de pantalla (ghost-words.ts), spread into the catalogue's `level` section.
 * Typed by the English keys with string values: the English object is `as const`, so es.ts spreads
 * this one with a cast to the English type (see es.ts).
 */
export const esGhostStageWords: { readonly [K in keyof typeof enGhostStageWords]: string } = {
  'ghost-local-tag': '{name} en {function}()',
  'ghost-item-tag': 'dentro de {name}',
  'ghost-local-item-tag': 'dentro de {name} en {function}()',
  'ghost-badge-freed': 'liberado',
  'ghost-badge-swept': 'barrido',
  'ghost-badge-alive': 'sigue aquí',
  'ghost-collector': 'Recogefantasmas',
  'ghost-none': 'El hechizo no creó ningún espíritu.',
  'ghost-held-by': 'Quién sostiene a {label}: {holders}.',
  'ghost-was-held-by': 'Quién sostenía a {label} justo antes de irse: {holders}.',
  'ghost-held-by-nobody': 'Ningún nombre sostiene a {label}.',
  'ghost-holds': '{holder} sostiene a {target} con .{via}.',
  'ghost-cut': '{holder} soltó a {target}: esa parte del círculo se rompió.',
  'ghost-cycle':
    '{labels, plural, one {{labels} se sostiene a sí mismo en un círculo propio.} other {{labels} se sostienen entre sí en un círculo.}}',
  'ghost-freed':
    '{label, plural, one {{label} se liberó al instante, en la línea {line}: su marcador llegó a 0.} other {{label} se liberaron al instante, en la línea {line}: sus marcadores llegaron a 0.}}',
  'ghost-moment-start': 'Antes del hechizo:',
  'ghost-moment-returned': '{function}() terminó.',
  'ghost-freed-at-return':
    '{label, plural, one {{label} se liberó al instante cuando {function}() terminó y volvió a la línea {line}: su marcador llegó a 0.} other {{label} se liberaron al instante cuando {function}() terminó y volvió a la línea {line}: sus marcadores llegaron a 0.}}',
  'ghost-freed-no-line':
    '{label, plural, one {{label} se liberó al instante: su marcador llegó a 0.} other {{label} se liberaron al instante: sus marcadores llegaron a 0.}}',
  'ghost-sweep':
    'El Recogefantasmas vino en la línea {line} y barrió a {labels}: nada podía {labels, plural, one {alcanzarlo} other {alcanzarlos}}.',
  'ghost-sweep-no-line': 'El Recogefantasmas vino y barrió a {labels}: nada podía {labels, plural, one {alcanzarlo} other {alcanzarlos}}.',
  'ghost-sweep-nothing': 'El Recogefantasmas vino en la línea {line} y no se llevó nada: todavía se podía alcanzar todo.',
  'ghost-sweep-nothing-no-line': 'El Recogefantasmas vino y no se llevó nada: todavía se podía alcanzar todo.',
  'ghost-alive': '{label} sigue aquí después del hechizo.',
};
