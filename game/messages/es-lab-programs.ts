import type { enLabPrograms } from './en-lab-programs.js';

/** The Memory Lab's program tools in Spanish: the keys of en-lab-programs.ts (see there). */
export const esLabPrograms: typeof enLabPrograms = {
  'bar-label': 'Herramientas para tu programa',
  examples: {
    label: 'Ejemplos',
    open: 'Abrir el ejemplo',
    opened: 'Aquí tienes «{title}». {look} Pulsa Ejecutar para probarlo.',
    'replace-question': 'Tu programa tiene cambios sin guardar. ¿Pongo «{title}» en su lugar?',
    'replace-yes': 'Sí, ponlo',
    cancel: 'Quedarme con mi programa',
    kept: 'Tu programa se queda como estaba.',
    refcount: {
      title: 'Dos nombres, una lista',
      look: 'Mira los portadores de la lista: después del último del, el marcador la libera.',
      spell: [
        'Dos nombres sostienen la misma lista',
        'del suelta un nombre: la lista aún tiene un portador',
        'other aún sostiene',
        'el último portador la suelta: el marcador libera la lista',
        'la lista ya no está',
      ],
    },
    gc: {
      title: 'Un círculo para el Recogefantasmas',
      look: 'Dos listas se sostienen la una a la otra, así que el marcador no puede liberarlas: mira cómo gc.collect() las barre.',
      spell: [
        'dos listas que se sostienen la una a la otra: un círculo',
        'suelta los dos nombres: ahora solo el círculo las sostiene',
        'el Recogefantasmas barre el círculo',
        'el círculo ya no está',
      ],
    },
    gil: {
      title: 'Dos caballeros, una cuenta',
      look: 'Los dos caballeros suman a la misma cuenta: mira cómo sube hasta 6, paso a paso.',
      spell: ['el primer caballero suma 1 a count, tres veces', 'el segundo caballero hace lo mismo', 'count vale'],
    },
    bytecode: {
      title: 'Runas que se pliegan y entran en calor',
      look: 'Python convierte 6 * 7 en 42 antes de que answer() se ejecute, y add() entra en calor mientras el bucle la llama 100 veces.',
      spell: [
        'Python calcula 6 * 7 antes de que la función se ejecute',
        'una función a la que se llama muchas veces entra en calor',
        'la respuesta es',
        'el total es',
      ],
    },
    interpreter: {
      title: 'Marcos que se apilan',
      look: 'Entra paso a paso: mientras double() se ejecuta, su marco está encima del marco de double_and_one().',
      spell: ['cada llamada tiene su propio marco', 'mientras double() se ejecuta, hay dos marcos apilados', 'el resultado es'],
    },
    blank: {
      title: 'Una página en blanco',
      look: 'Empieza desde cero y escribe un programa tuyo.',
      spell: ['¡Escribe aquí tu programa y pulsa Ejecutar!'],
    },
  },
  saved: {
    save: 'Guardar mi experimento',
    'name-label': 'Nombre de tu experimento',
    'save-yes': 'Guardarlo',
    cancel: 'Cancelar',
    done: 'Guardé «{name}» en tus experimentos.',
    updated: 'Guardé tus cambios en «{name}».',
    full: 'Tienes {max} experimentos guardados, y no caben más. Borra uno en «Mis experimentos» y vuelve a guardar.',
    'name-empty': 'Primero ponle un nombre a tu experimento.',
    'name-too-long': 'Ese nombre es demasiado largo: usa como mucho {max, plural, one {# letra} other {# letras}}.',
    'name-taken': 'Ya tienes un experimento llamado «{name}». Elige otro nombre, o abre ese para cambiarlo.',
    'too-long':
      'Este programa es demasiado largo para guardarlo aquí: caben como mucho {max, plural, one {# letra} other {# letras}}. Usa «Guardar como archivo».',
    missing: 'Ese experimento ya no está.',
    numbered: 'Experimento {n}',
    list: 'Mis experimentos',
    'list-close': 'Cerrar mis experimentos',
    'list-count':
      '{count, plural, =0 {Todavía no hay experimentos guardados.} one {# experimento guardado, de {max}.} other {# experimentos guardados, de {max}.}}',
    'saved-on': 'guardado el {when}',
    open: 'Abrir',
    'open-label': 'Abrir {name}',
    opened: 'Abrí «{name}». Pulsa Ejecutar para probarlo.',
    'open-question': 'Tu programa tiene cambios sin guardar. ¿Abro «{name}» en su lugar?',
    'open-yes': 'Sí, ábrelo',
    rename: 'Cambiar el nombre',
    'rename-label': 'Cambiar el nombre de {name}',
    'rename-field': 'Nombre nuevo para «{name}»',
    'rename-yes': 'Cambiarlo',
    renamed: 'Ahora se llama «{name}».',
    delete: 'Borrar',
    'delete-label': 'Borrar {name}',
    'delete-question': '¿Borrar «{name}» para siempre?',
    'delete-yes': 'Sí, bórralo',
    deleted: 'Borré «{name}».',
  },
  file: {
    load: 'Cargar un archivo',
    'load-question': 'Tu programa tiene cambios sin guardar. ¿Pongo {file} en su lugar?',
    loaded: 'Cargué {file}. Pulsa Ejecutar para probarlo.',
    'too-big':
      '{file} es demasiado grande para el laboratorio: tiene más de {max, plural, one {# letra} other {# letras}}. Prueba con un programa más pequeño.',
    'not-text': '{file} no es un programa de Python que el laboratorio pueda leer. Elige un archivo cuyo nombre termine en .py.',
    'read-failed': 'El laboratorio no pudo leer {file}. Inténtalo otra vez, o elige otro archivo.',
    'save-as': 'Guardar como archivo',
    downloaded: 'Guardé {file} en tus descargas.',
    saved: 'Guardé {file}.',
    cancelled: 'No se guardó nada.',
    failed: 'No se pudo guardar el archivo. Inténtalo otra vez.',
  },
  words: {
    level: {
      'not-allowed-heading': 'El laboratorio no ejecutó este programa',
      'not-allowed-at-line': 'No se permite en el laboratorio, en la línea {line}: {construct}',
    },
    common: {
      'cannot-read': 'Python no pudo leer el programa. Arregla la línea que señala y vuelve a ejecutarlo.',
      'spell-crashed': 'El programa se detuvo con un error antes de terminar.',
      'checker-broken': '¡Uy! El laboratorio se equivocó con este programa ({detail}). ¡No es culpa tuya!',
      'python-crashed': 'El programa hizo caer a Python, así que el laboratorio lo despertó otra vez. ¡Prueba con un programa más pequeño!',
      tampered: 'Este programa cambió la magia de medir del propio laboratorio, así que el laboratorio no puede mostrar lo que hizo.',
      'closed-door':
        'La línea {line} usa {doors}. Eso podría llegar al interior de la magia de la propia escuela, así que el laboratorio no lo permite. Las palabras de tus textos y comentarios no cuentan.',
      'school-door':
        'Mientras se ejecutaba, este programa intentó llegar al interior de la magia de la propia escuela ({door}). ¡Esa puerta está cerrada!',
    },
    errors: {
      generic: 'Python se detuvo en la línea {line} con {type}. ¡Lee el mensaje, arregla esa línea y vuelve a ejecutarlo!',
      SyntaxError:
        'El programa tiene una falta de ortografía en la línea {line}: Python no pudo leerlo. Revisa los paréntesis, los dos puntos y las comillas.',
      NotAllowed: 'Está marcado en tu programa: quita {construct} y vuelve a ejecutarlo.',
      'NameError-deleted':
        'En la línea {line} el programa usa {name}, pero el nombre {name} se soltó con del en la línea {deleted}. Después de del, ese nombre ya no existe: usa otro portador, o quita el del.',
      'NameError-later':
        'En la línea {line} el programa usa {name} antes de crearlo. Python lee de arriba abajo, y {name} no se crea hasta la línea {made}.',
      'NameError-local':
        'En la línea {line} el programa usa {name}, pero {name} es un nombre de dentro de {function}(). Los nombres propios de una función solo viven mientras se ejecuta: cuando {function}() termina, {name} ya no existe. Usa {name} dentro de {function}().',
      'threads-by-gil':
        'En la línea {line} el programa pone en marcha su propio hilo con threading.{name}. En esta escuela Sir GIL pone en marcha a los caballeros por ti: solo escribe las funciones de los caballeros.',
      TypeError: 'En la línea {line} un valor era del tipo equivocado para lo que el programa hizo con él.',
      'TypeError-missing':
        'En la línea {line} {function}() necesita más valores de los que le dio el programa. Mira su línea def: cada nombre que hay ahí necesita un valor.',
      'TypeError-not-callable':
        'En la línea {line} el programa llama a algo que no es una función: no se puede llamar a {kind, thing} con paréntesis. ¿Hay algún nombre que guarda un valor donde querías una función?',
      'TypeError-no-len':
        'En la línea {line} el programa pregunta cuánto mide {kind, thing}, pero solo las cosas con valores dentro (una lista, una palabra entre comillas) tienen longitud.',
      'TypeError-not-iterable':
        'En la línea {line} el programa recorre {kind, thing} valor por valor, pero no tiene valores dentro que recorrer.',
      'TypeError-not-subscriptable': 'En la línea {line} el programa usa [ ] sobre {kind, thing}, pero no tiene sitios dentro donde mirar.',
      'TypeError-no-weakref':
        'En la línea {line} el programa quiere una referencia débil a {kind, thing}, pero Python no puede crear una para ese tipo de valor.',
      ZeroDivisionError: 'En la línea {line} el programa intentó dividir entre cero. ¡Ni los magos pueden hacer eso!',
      AttributeError: 'En la línea {line} el programa le pidió a un objeto algo que no tiene.',
      IndexError: 'En la línea {line} el programa fue más allá del final de una lista.',
      KeyError: 'En la línea {line} el programa le pidió a un diccionario una clave que no tiene.',
      RecursionError: 'El programa llamó a una función una y otra vez y nunca paró.',
      MemoryError: 'El programa pidió más memoria de la que tiene el castillo.',
      ImportError: 'Ese módulo no está en la biblioteca del castillo (o está guardado bajo llave, lejos de los programas del laboratorio).',
      ModuleNotFoundError:
        'Ese módulo no está en la biblioteca del castillo (o está guardado bajo llave, lejos de los programas del laboratorio).',
      FileNotFoundError:
        'No hay ningún archivo con ese nombre en el castillo. Los programas del laboratorio viven dentro del juego, así que no pueden abrir los archivos de tu equipo.',
      PermissionError: 'En la línea {line} el programa intentó algo que los programas del laboratorio no tienen permitido.',
      'host-programs':
        'En la línea {line} el programa intentó abrir otro programa de tu equipo. Los programas del laboratorio viven dentro del juego, así que no pueden hacer eso. ¡A tu equipo no le pasó nada!',
      'host-files':
        'En la línea {line} el programa intentó escribir o cambiar un archivo. Los programas del laboratorio viven dentro del juego, así que no pueden tocar los archivos de tu equipo.',
      'host-network':
        'En la línea {line} el programa intentó usar internet. Los programas del laboratorio viven dentro del juego, así que no pueden hablar con otros equipos.',
      'host-machine':
        'En la línea {line} el programa intentó llegar al código máquina que hay debajo de Python. Los programas del laboratorio no pueden hacer eso: ¡usa Python normal!',
      'host-school':
        'En la línea {line} el programa intentó llegar al interior de la magia de la propia escuela. Esa puerta está cerrada: ¡usa Python normal!',
      interrupted: 'El programa tardó demasiado, así que el laboratorio lo detuvo. ¡Busca un bucle que nunca termina!',
    },
  },
};
