"""Spanish words of the exchange window's additions (issue 12: a copy for another laptop from the window, the
shared folder watched, Read now and Write my file) and of the import wizard updating organisations by id."""

TRANSLATIONS: dict[str, str] = {
    'Set up another laptop…':
        'Preparar otro portátil…',
    "Make a copy of the desk for a colleague's laptop, with its own identity (as 'opn-desk sync clone').":
        "Hacer una copia del escritorio para el portátil de un colega, con su propia identidad (como 'opn-desk sync clone').",
    'Read now':
        'Leer ahora',
    "Merge the other laptops' new files from the folder (backup first).":
        'Fusionar los archivos nuevos de los otros portátiles que están en la carpeta (primero una copia de seguridad).',
    'Write my file':
        'Escribir mi archivo',
    "Rewrite this laptop's own file in the folder with everything it knows, so the others can read your changes.":
        'Reescribir el archivo de este portátil en la carpeta con todo lo que conoce, para que los demás puedan leer sus cambios.',
    'Write my file into the folder when OPN Desk closes':
        'Escribir mi archivo en la carpeta al cerrar OPN Desk',
    'Reading the shared folder':
        'Leyendo la carpeta compartida',
    "Writing this laptop's file into the shared folder":
        'Escribiendo el archivo de este portátil en la carpeta compartida',
    "This laptop writes only its own file into the folder and reads the other laptops' files there; new files are noticed while OPN Desk is open and read when you choose. The database itself stays outside the shared folder.":
        'Este portátil solo escribe su propio archivo en la carpeta y lee allí los archivos de los otros portátiles; los archivos nuevos se detectan mientras OPN Desk está abierto y se leen cuando usted lo decide. La base de datos queda fuera de la carpeta compartida.',
    'No other laptop yet. Set up another laptop to give a colleague a copy of the desk, or read an exchange file from one.':
        'Todavía no hay otro portátil. Prepare otro portátil para dar a un colega una copia del escritorio, o lea un archivo de intercambio de uno de ellos.',
    'Nothing new from the other laptops in the folder.':
        'Nada nuevo de los otros portátiles en la carpeta.',
    'This laptop has not written its file into the folder yet.':
        'Este portátil aún no ha escrito su archivo en la carpeta.',
    'Made {path} for {laptop}. Give it to your colleague on a USB stick; the first laptop to open it becomes {laptop}.':
        'Se creó {path} para {laptop}. Entrégueselo a su colega en una memoria USB; el primer portátil que lo abra pasa a ser {laptop}.',
    'Your file in the folder ({name}) lacks 1 change made on this laptop.':
        'A su archivo en la carpeta ({name}) le falta 1 cambio hecho en este portátil.',
    'Your file in the folder ({name}) lacks {count} changes made on this laptop.':
        'A su archivo en la carpeta ({name}) le faltan {count} cambios hechos en este portátil.',
    'Your file in the folder ({name}) holds all your changes.':
        'Su archivo en la carpeta ({name}) contiene todos sus cambios.',
    '{count} new exchange files from {laptops}':
        '{count} archivos de intercambio nuevos de {laptops}',
    '1 new exchange file from {laptops}':
        '1 archivo de intercambio nuevo de {laptops}',
    'Open File › Exchange with other laptops to read them (Read now).':
        'Abra Archivo › Intercambiar con otros portátiles para leerlos (Leer ahora).',
    '{news}: File › Exchange with other laptops… to read them.':
        '{news}: Archivo › Intercambiar con otros portátiles… para leerlos.',
    'Set up another laptop':
        'Preparar otro portátil',
    'For example: Nairobi laptop':
        'Por ejemplo: portátil de Nairobi',
    '&Name of the new laptop':
        '&Nombre del nuevo portátil',
    'Where to save the copy (a .sqlite file)':
        'Dónde guardar la copia (un archivo .sqlite)',
    '&Save the copy as':
        '&Guardar la copia como',
    '&Make the copy':
        '&Hacer la copia',
    'Save the copy for the new laptop':
        'Guardar la copia para el nuevo portátil',
    "A copy of the whole desk for a colleague's laptop, with a laptop identity of its own; this laptop knows the new one at once, so you can write exchange files for it. Give the copy on a USB stick and keep it out of shared folders: only exchange files go there.":
        'Una copia de todo el escritorio para el portátil de un colega, con su propia identidad; este portátil conoce al nuevo de inmediato, así que puede escribir archivos de intercambio para él. Entregue la copia en una memoria USB y manténgala fuera de las carpetas compartidas: allí solo van los archivos de intercambio.',
    'Give the new laptop a name, such as “Nairobi laptop”.':
        'Dé un nombre al nuevo portátil, por ejemplo «portátil de Nairobi».',
    'Making a copy of the desk for {laptop}':
        'Haciendo una copia del escritorio para {laptop}',
    'Choose where to save the copy for {laptop}.':
        'Elija dónde guardar la copia para {laptop}.',
    'What changes in the registry':
        'Qué cambia en el registro',
    'Now':
        'Ahora',
    'After the import':
        'Después de la importación',
    'The file has an id column: its rows update those organisations, field by field (rows without an id are new organisations). Nothing is written until you press Import, and a file with problems writes nothing.':
        'El archivo tiene una columna id: sus filas actualizan esas organizaciones, campo por campo (las filas sin id son organizaciones nuevas). No se escribe nada hasta que pulse Importar, y un archivo con problemas no escribe nada.',
    'no change to existing organisations':
        'ningún cambio en las organizaciones existentes',
    'The import is one step: Edit › Undo puts back every value it changed and removes what it added.':
        'La importación es un solo paso: Edición › Deshacer restablece cada valor que cambió y quita lo que añadió.',
    '1 change to 1 organisation':
        '1 cambio en 1 organización',
    '{changes} changes to 1 organisation':
        '{changes} cambios en 1 organización',
    '{changes} changes to {organisations} organisations':
        '{changes} cambios en {organisations} organizaciones',
    'Update organisations from {file}':
        'Actualizar organizaciones desde {file}',
    ', 1 new organisation':
        ', 1 organización nueva',
    ', {new} new organisations':
        ', {new} organizaciones nuevas',
    "{rows} rows checked, no problems: the file holds the registry's values as they are, so nothing would change.":
        '{rows} filas comprobadas, sin problemas: el archivo contiene los valores del registro tal como están, así que nada cambiaría.',
    '{count} warnings were noted (shown on the previous page): columns not imported, or new organisations that may be duplicates.':
        'Se anotaron {count} advertencias (mostradas en la página anterior): columnas no importadas, u organizaciones nuevas que pueden ser duplicados.',
    '{rows} rows checked, no problems. Import will make {what}.':
        '{rows} filas comprobadas, sin problemas. La importación hará {what}.',
}
