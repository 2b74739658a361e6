import type { GlossaryEntry } from './en-glossary.js';

/**
 * Las palabras de la escuela, explicadas para un niño de 9 años (the Spanish twin of
 * en-glossary.ts). `forms` are the ways each word is written in the Spanish stories (lower case
 * matches any case; a capital form matches only as written).
 */
export const esGlossary: Record<string, GlossaryEntry> = {
  tally: {
    term: 'marcador',
    forms: ['marcador', 'marcadores'],
    text: 'Cuántas cosas sostienen un objeto ahora mismo. Python lo llama el conteo de referencias (reference count).',
  },
  holder: {
    term: 'portador',
    forms: ['portador', 'portadores'],
    text: 'Cualquier cosa que sostiene un objeto: un nombre, una casilla de una lista, un valor de un diccionario.',
  },
  'weak-reference': {
    term: 'referencia débil',
    forms: ['referencia débil'],
    text: 'Una forma de ver un objeto sin sostenerlo. No cuenta en el marcador, así que nunca hace que el objeto se quede.',
  },
  immortal: {
    term: 'inmortal',
    forms: ['inmortal', 'inmortales'],
    text: 'Un objeto cuyo marcador nunca se mueve, como None, True, False y los números pequeños. Python nunca lo libera.',
  },
  circle: {
    term: 'círculo (ciclo)',
    forms: ['círculo', 'círculos', 'ciclo'],
    text: 'Objetos que se sostienen unos a otros en forma de anillo. Sus marcadores nunca llegan a 0 por sí solos.',
  },
  'ghost-collector': {
    term: 'Recogefantasmas',
    forms: ['Recogefantasmas'],
    text: 'El recolector de ciclos de Python (el módulo gc). De vez en cuando barre los círculos que nada más puede alcanzar.',
  },
  thread: {
    term: 'hilo',
    forms: ['hilo', 'hilos'],
    text: 'Un trabajador que ejecuta una función mientras otros trabajadores ejecutan las suyas. En el castillo, los hilos son caballeros.',
  },
  gil: {
    term: 'GIL',
    forms: ['GIL', 'Sir GIL'],
    text: 'El Global Interpreter Lock (el candado global del intérprete). Solo el hilo que lo tiene puede ejecutar las runas de Python, así que se ejecuta una runa a la vez.',
  },
  'switch-point': {
    term: 'punto de cambio',
    forms: ['punto de cambio', 'puntos de cambio'],
    text: 'Un momento en el que un caballero puede pasar el bastón de contar: cuando un bucle salta hacia atrás, cuando empieza una función o después de una llamada.',
  },
  lock: {
    term: 'candado',
    forms: ['candado'],
    text: 'Algo que solo un caballero puede tener a la vez. Los demás esperan hasta que lo devuelva.',
  },
  rune: {
    term: 'runa',
    forms: ['runa', 'runas'],
    text: 'Un pequeño paso que Python escribe para tu hechizo antes de ejecutarlo. Python llama bytecode a las runas.',
  },
  bytecode: {
    term: 'bytecode',
    forms: ['bytecode'],
    text: 'Las runas: los pequeños pasos en los que Python convierte un hechizo antes de ejecutarlo.',
  },
  constant: {
    term: 'constante',
    forms: ['constante', 'constantes'],
    text: 'Un valor escrito directamente en el hechizo, como 42 o "Abracadabra!". Python lo guarda dentro de las runas.',
  },
  folding: {
    term: 'plegado de constantes',
    forms: ['plegado de constantes', 'plegado'],
    text: 'Python calcula las operaciones hechas solo con números, como 6 * 7, antes de que el hechizo se ejecute, y guarda solo la respuesta.',
  },
  specialised: {
    term: 'runa especializada',
    forms: ['runa especializada', 'runas especializadas'],
    text: 'Una runa más rápida que Python pone en lugar de otra que hace una y otra vez el mismo trabajo.',
  },
  global: {
    term: 'global',
    forms: ['global'],
    text: 'Un nombre creado arriba del todo de un hechizo. Todas las funciones pueden leerlo.',
  },
  local: {
    term: 'local',
    forms: ['local'],
    text: 'Un nombre que pertenece a una función mientras se ejecuta, como sus argumentos.',
  },
  interpreter: {
    term: 'intérprete',
    forms: ['intérprete'],
    text: 'La parte de Python que lleva a cabo las runas una a una: el mago real.',
  },
  compiler: {
    term: 'compilador',
    forms: ['compilador'],
    text: 'La parte de Python que convierte el texto de un hechizo en runas.',
  },
  'code-object': {
    term: 'objeto de código',
    forms: ['objeto de código'],
    text: 'Las runas de un hechizo o de una función, guardadas juntas en un solo objeto de Python.',
  },
  'value-stack': {
    term: 'pila de valores',
    forms: ['pila de valores', 'pila de piedras'],
    text: 'La pila donde el mago guarda los valores con los que trabaja. Siempre toma lo que está arriba.',
  },
  frame: {
    term: 'marco',
    forms: ['marco', 'marcos'],
    text: 'Una sala para una llamada de función que se está ejecutando, con sus propios nombres y su propia pila de piedras.',
  },
  dictionary: {
    term: 'diccionario',
    forms: ['diccionario'],
    text: 'Una caja de valores, cada uno guardado bajo una clave, como bag["hat"].',
  },
  none: {
    term: 'None',
    forms: ['None'],
    text: 'La forma que tiene Python de decir "nada". Su tipo se llama NoneType.',
  },
};
