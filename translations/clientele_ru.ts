<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1 is %2 MB; files over 50 MB cannot be attached.</source>
        <translation>%1: размер %2 МБ; файлы больше 50 МБ прикреплять нельзя.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>clientele-cli: the option --%1 needs a value</source>
        <translation>clientele-cli: для параметра --%1 нужно указать значение</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2).</source>
        <translation>База данных %1 готова (схема %2).</translation>
    </message>
    <message>
        <source>--clients needs a number</source>
        <translation>для --clients нужно указать число</translation>
    </message>
    <message>
        <source>--deals needs a number</source>
        <translation>для --deals нужно указать число</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>для --seed нужно указать число</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>Клиенты: %1 из %2</translation>
    </message>
    <message>
        <source>Added %1 demo clients in %2 s.</source>
        <translation>Добавлено демо-клиентов: %1 за %2 с.</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>для search нужно указать текст для поиска</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>для --limit нужно указать положительное число</translation>
    </message>
    <message>
        <source>client needs show, add, archive or restore</source>
        <translation>для client нужно указать show, add, archive или restore</translation>
    </message>
    <message>
        <source>unknown client command &quot;%1&quot;</source>
        <translation>неизвестная команда client &quot;%1&quot;</translation>
    </message>
    <message>
        <source>client %1 needs a client id</source>
        <translation>для client %1 нужно указать ID клиента</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (в архиве)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юрлицо</translation>
    </message>
    <message>
        <source>, INN </source>
        <translation>, ИНН </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>--kind must be company or person</source>
        <translation>для --kind допустимы только значения company и person</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed</source>
        <translation>предупреждение: &quot;%1&quot; — некорректный номер телефона; сохранён как введён</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid e-mail address; kept as typed</source>
        <translation>предупреждение: &quot;%1&quot; — некорректный адрес e-mail; сохранён как введён</translation>
    </message>
    <message>
        <source>export needs what to export: clients</source>
        <translation>для export нужно указать, что выгружать: clients</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>для --format допустимы только значения csv и json</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>--delimiter must be one character, tab or auto</source>
        <translation>--delimiter: один символ, tab или auto</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, merge or create</source>
        <translation>--on-duplicate: skip, merge или create</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object of &quot;header&quot;: &quot;field&quot; (%2)</source>
        <translation>%1: нужен JSON-объект вида &quot;заголовок&quot;: &quot;поле&quot; (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: файл пуст</translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;</source>
        <translation>%1: в файле нет столбца &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; for the column &quot;%3&quot;</source>
        <translation>%1: неизвестное поле &quot;%2&quot; для столбца &quot;%3&quot;</translation>
    </message>
    <message>
        <source>created %1, merged %2, skipped %3</source>
        <translation>создано: %1, объединено: %2, пропущено: %3</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (пробный прогон: ничего не записано)</translation>
    </message>
    <message>
        <source>usage: clientele-cli [--db FILE] COMMAND [ARGS]

commands:
  init                               create or upgrade the database
  demo [--clients N] [--seed S]      fill the database with demo data
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients --format csv|json [-o FILE]
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--dry-run] [--format json]

The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.
Exit codes: 0 done, 1 bad input or refused, 2 usage, 3 database unavailable.
</source>
        <translation>использование: clientele-cli [--db ФАЙЛ] КОМАНДА [АРГУМЕНТЫ]

команды:
  init                               создать или обновить базу данных
  demo [--clients N] [--seed S]      заполнить базу демонстрационными данными
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients --format csv|json [-o FILE]
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--dry-run] [--format json]

База данных: --db, иначе $CLIENTELE_DB, иначе та, с которой работает приложение.
Коды выхода: 0 готово, 1 неверные данные или отказ, 2 ошибка в команде, 3 база недоступна.
</translation>
    </message>
    <message>
        <source>import needs what and a file: import csv|vcard FILE</source>
        <translation>import требует вид и файл: import csv|vcard ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Select a client in the list to see the card,
or press Ctrl+N to add one.</source>
        <translation>Выберите клиента в списке, чтобы открыть его карточку,
или нажмите Ctrl+N, чтобы добавить нового.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Основное</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Ко&amp;нтакты</translation>
    </message>
    <message>
        <source>&amp;Legal entities</source>
        <translation>&amp;Юрлица</translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Ф&amp;айлы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Пришёл по рекомендации</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Рекомендовал</translation>
    </message>
    <message>
        <source>Subsidiary of</source>
        <translation>Дочерняя компания</translation>
    </message>
    <message>
        <source>Parent company of</source>
        <translation>Головная компания</translation>
    </message>
    <message>
        <source>Cannot open the client</source>
        <translation>Не удалось открыть клиента</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>важность %1</translation>
    </message>
    <message>
        <source>in the archive</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Cannot save the client</source>
        <translation>Не удалось сохранить клиента</translation>
    </message>
    <message>
        <source>Cannot add the relation</source>
        <translation>Не удалось добавить связь</translation>
    </message>
    <message>
        <source>Cannot remove the relation</source>
        <translation>Не удалось удалить связь</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не прикреплены</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>line %1: %2: %3 «%4» kept, the file has «%5»</source>
        <translation>строка %1: %2: оставлено значение поля «%3» «%4», в файле — «%5»</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: файл пуст</translation>
    </message>
    <message>
        <source>%1:1: no column holds a name, an e-mail or a phone; map the columns first</source>
        <translation>%1:1: ни в одном столбце нет имени, e-mail или телефона; сначала сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>no name, e-mail or phone</source>
        <translation>нет ни имени, ни e-mail, ни телефона</translation>
    </message>
    <message>
        <source>already in the base; skipped</source>
        <translation>уже есть в базе; пропущено</translation>
    </message>
    <message>
        <source>%1: the file has no cards</source>
        <translation>%1: в файле нет ни одной карточки</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>ClientListPane</name>
    <message>
        <source>Add client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Search: name, phone, e-mail, city, INN, tag (Ctrl+F)</source>
        <translation>Поиск: наименование, телефон, e-mail, город, ИНН, тег (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Частные лица</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>Важность %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.
Try part of a name, a phone number, an e-mail, a city or an INN.</source>
        <translation>По запросу «%1» ничего не найдено.
Попробуйте ввести часть наименования, номер телефона, e-mail, город или ИНН.</translation>
    </message>
    <message>
        <source>The archive is empty.
Clients you delete come here and can be restored.</source>
        <translation>Архив пуст.
Сюда попадают удалённые клиенты, их можно восстановить.</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>Нет клиентов, соответствующих отбору.</translation>
    </message>
    <message>
        <source>No clients yet.
Add your first client, or load demo data to see how Clientele works.</source>
        <translation>Клиентов пока нет.
Добавьте первого клиента или загрузите демо-данные, чтобы посмотреть, как работает Clientele.</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Add relation</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Выбор клиента</translation>
    </message>
    <message>
        <source>This client is:</source>
        <translation>Этот клиент:</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, INN…</source>
        <translation>Наименование, телефон, e-mail, ИНН…</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Клиент с ID %1 не найден.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Укажите наименование компании.</translation>
    </message>
    <message>
        <source>A person needs a last or a first name.</source>
        <translation>Укажите фамилию или имя частного лица.</translation>
    </message>
    <message>
        <source>Importance must be A, B or C, not &quot;%1&quot;.</source>
        <translation>Важность должна быть A, B или C, а не «%1».</translation>
    </message>
    <message>
        <source>A client cannot be its own group.</source>
        <translation>Клиент не может быть группой для самого себя.</translation>
    </message>
    <message>
        <source>A client cannot be related to itself.</source>
        <translation>Клиент не может быть связан сам с собой.</translation>
    </message>
</context>
<context>
    <name>ContactPointEditor</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>некорректный номер</translation>
    </message>
    <message>
        <source>Kept as typed; it cannot be dialled or matched.</source>
        <translation>Сохранён в том виде, как введён: по нему нельзя позвонить и найти совпадения.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>корректный</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>некорректный адрес</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Add contact</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Attach a file to this contact person (or drop it on the form)</source>
        <translation>Прикрепить файл к контактному лицу (или перетащите файл на форму)</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Edit birthday</source>
        <translation>изменение даты рождения</translation>
    </message>
    <message>
        <source>Edit contact notes</source>
        <translation>изменение заметок контактного лица</translation>
    </message>
    <message>
        <source>Edit contact phones</source>
        <translation>изменение телефонов контактного лица</translation>
    </message>
    <message>
        <source>Edit contact e-mails</source>
        <translation>изменение e-mail контактного лица</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>удаление контактного лица</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>изменение контактного лица</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(новое контактное лицо)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ошибка чтения файла: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>двоичные данные, а не текстовый файл</translation>
    </message>
    <message>
        <source>unsupported delimiter &quot;%1&quot;</source>
        <translation>недопустимый разделитель «%1»</translation>
    </message>
    <message>
        <source>cannot parse: %1</source>
        <translation>ошибка разбора: %1</translation>
    </message>
    <message>
        <source>quoted field longer than %1 MiB; is a quote not closed?</source>
        <translation>поле в кавычках длиннее %1 МиБ; не закрыта кавычка?</translation>
    </message>
    <message>
        <source>field longer than %1 MiB</source>
        <translation>поле длиннее %1 МиБ</translation>
    </message>
    <message>
        <source>bytes invalid in the encoding %1</source>
        <translation>байты, недопустимые в кодировке %1</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>не закрыта кавычка в поле</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The database %1 is in use by %2 (process %3 on %4). Close that program first.</source>
        <translation>База данных %1 уже открыта в %2 (процесс %3 на компьютере %4). Сначала закройте эту программу.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другой программе</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Clientele database or is damaged: %2</source>
        <translation>Файл %1 не является базой данных Clientele или повреждён: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Не удалось прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Clientele (schema %2; this program knows up to %3). It was not changed; update Clientele to open it.</source>
        <translation>База данных %1 создана более новой версией Clientele (схема %2; эта программа поддерживает схемы до %3). База не изменена; чтобы открыть её, обновите Clientele.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2); open it for writing once (clientele-cli init) to upgrade it.</source>
        <translation>У базы данных %1 устаревшая схема (%2); чтобы обновить её, один раз откройте базу для записи (clientele-cli init).</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Не удалось обновить базу данных %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личный</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>No e-mail mailings</source>
        <translation>Отказ от e-mail-рассылок</translation>
    </message>
    <message>
        <source>No SMS mailings</source>
        <translation>Отказ от SMS-рассылок</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>A — key client</source>
        <translation>A — ключевой</translation>
    </message>
    <message>
        <source>B — regular</source>
        <translation>B — постоянный</translation>
    </message>
    <message>
        <source>C — occasional</source>
        <translation>C — разовый</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, Dealers</source>
        <translation>Через запятую, например: VIP, Дилеры</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Mailings:</source>
        <translation>Рассылки:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименования</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилии</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имени</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>отчества</translation>
    </message>
    <message>
        <source>city</source>
        <translation>города</translation>
    </message>
    <message>
        <source>region</source>
        <translation>региона</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источника</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ответственного</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>изменение тегов</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>изменение заметок</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>изменение вида клиента</translation>
    </message>
    <message>
        <source>Change importance</source>
        <translation>изменение важности</translation>
    </message>
    <message>
        <source>Change mailing consent</source>
        <translation>изменение согласия на рассылки</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>изменение телефонов</translation>
    </message>
    <message>
        <source>Edit e-mails</source>
        <translation>изменение адресов e-mail</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>изменение группы</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Drop files here to attach them (up to 50 MB each).</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их (не больше 50 МБ каждый).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Не удалось сохранить файл</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>Remove «%1» from the client&apos;s files?</source>
        <translation>Удалить «%1» из файлов клиента?</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>Не удалось удалить файл</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удалось открыть файл</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No e-mail mailings</source>
        <translation>Отказ от e-mail-рассылок</translation>
    </message>
    <message>
        <source>No SMS mailings</source>
        <translation>Отказ от SMS-рассылок</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <source>Corr. account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Клиент создан</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Изменение взаимодействия</translation>
    </message>
    <message>
        <source>New interaction</source>
        <translation>Новое взаимодействие</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>An interaction needs a client and a time.</source>
        <translation>Для взаимодействия нужно указать клиента и время.</translation>
    </message>
</context>
<context>
    <name>InteractionsPage</name>
    <message>
        <source>Record interaction…</source>
        <translation>Добавить взаимодействие…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Cannot save the interaction</source>
        <translation>Не удалось сохранить взаимодействие</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Удалить взаимодействие</translation>
    </message>
    <message>
        <source>Delete this record from the history?</source>
        <translation>Удалить эту запись из истории взаимодействий?</translation>
    </message>
    <message>
        <source>Cannot delete the interaction</source>
        <translation>Не удалось удалить взаимодействие</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>LegalEntitiesPage</name>
    <message>
        <source>Add legal entity</source>
        <translation>Добавить юрлицо</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Edit legal entity</source>
        <translation>изменение юрлица</translation>
    </message>
    <message>
        <source>Remove legal entity</source>
        <translation>удаление юрлица</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>К&amp;ПП:</translation>
    </message>
    <message>
        <source>&amp;OGRN:</source>
        <translation>&amp;ОГРН:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <source>BI&amp;K:</source>
        <translation>БИ&amp;К:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Расчётный счёт:</translation>
    </message>
    <message>
        <source>&amp;Corr. account:</source>
        <translation>Корр. с&amp;чёт:</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation>&amp;Юридический адрес:</translation>
    </message>
    <message>
        <source>(new legal entity)</source>
        <translation>(новое юрлицо)</translation>
    </message>
    <message>
        <source>%1
INN %2</source>
        <translation>%1
ИНН %2</translation>
    </message>
    <message>
        <source>✓ control digits match</source>
        <translation>✓ контрольные цифры сходятся</translation>
    </message>
    <message>
        <source>⚠ This INN fails its control digits: check it against the client&apos;s documents.</source>
        <translation>⚠ Контрольные цифры ИНН не сходятся: сверьте его с документами клиента.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>&amp;Отменить все изменения</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Move the client to the archive (Delete)</source>
        <translation>Переместить клиента в архив (Delete)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;О программе Clientele</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>О программе Clientele</translation>
    </message>
    <message>
        <source>Clientele %1
A desktop CRM for one salesperson&apos;s workstation.
License: GPL-3.0-or-later.</source>
        <translation>Clientele %1
Настольная CRM для рабочего места одного менеджера по продажам.
Лицензия: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language changes the next time Clientele starts.</source>
        <translation>Язык интерфейса изменится при следующем запуске Clientele.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The card of «%1» has unsaved changes. Save them?</source>
        <translation>В карточке «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Cannot archive the client</source>
        <translation>Не удалось переместить клиента в архив</translation>
    </message>
    <message>
        <source>«%1» moved to the archive; restore it from the Archive section.</source>
        <translation>Клиент «%1» перемещён в архив; восстановить его можно в разделе «Архив».</translation>
    </message>
    <message>
        <source>Cannot restore the client</source>
        <translation>Не удалось восстановить клиента</translation>
    </message>
    <message>
        <source>«%1» is back among the clients.</source>
        <translation>Клиент «%1» восстановлен из архива.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Delete «%1» with its contacts, legal entities, interactions and files for good? This cannot be undone.</source>
        <translation>Удалить клиента «%1» навсегда вместе с контактными лицами, юрлицами, взаимодействиями и файлами? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Cannot delete the client</source>
        <translation>Не удалось удалить клиента</translation>
    </message>
    <message>
        <source>Creating demo clients…</source>
        <translation>Создание демо-клиентов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot create demo data</source>
        <translation>Не удалось создать демо-данные</translation>
    </message>
    <message>
        <source>&amp;Phone region…</source>
        <translation>&amp;Регион телефонных номеров…</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Регион телефонных номеров</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (8 912 …) belong to:</source>
        <translation>Номера, введённые без кода страны (8 912 …), относятся к региону:</translation>
    </message>
    <message>
        <source>Cannot save the setting</source>
        <translation>Не удалось сохранить настройку</translation>
    </message>
    <message>
        <source>New numbers are read as %1 the next time Clientele starts.</source>
        <translation>Со следующего запуска Clientele новые номера будут распознаваться как номера региона %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ошибка чтения файла: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ошибка чтения файла: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>двоичные данные, а не текстовый файл</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>строка длиннее %1 МиБ</translation>
    </message>
    <message>
        <source>bytes invalid in the encoding %1</source>
        <translation>байты, недопустимые в кодировке %1</translation>
    </message>
    <message>
        <source>not a vCard file: BEGIN:VCARD expected</source>
        <translation>это не файл vCard: ожидалось BEGIN:VCARD</translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD без END:VCARD</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop CRM</source>
        <translation>Настольная CRM</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Файл базы данных, который нужно открыть.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation>Сохранить снимок окна в файл FILE и завершить работу.</translation>
    </message>
    <message>
        <source>Clientele cannot start</source>
        <translation>Не удалось запустить Clientele</translation>
    </message>
</context>
</TS>
