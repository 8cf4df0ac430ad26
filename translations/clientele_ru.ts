<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbcPage</name>
    <message>
        <source>&amp;Write classes into importance…</source>
        <translation>&amp;Записать классы в важность…</translation>
    </message>
    <message>
        <source>Double-click to open the client</source>
        <translation>Двойной щелчок откроет клиента</translation>
    </message>
    <message>
        <source>Class A: the clients who bring the first this much of the revenue</source>
        <translation>Класс A: клиенты, которые приносят первые столько процентов выручки</translation>
    </message>
    <message>
        <source>Class B: the clients who bring the next this much; the rest is C</source>
        <translation>Класс B: клиенты, которые приносят следующие столько процентов; остальные — C</translation>
    </message>
    <message>
        <source>Class X: monthly revenue varies by at most this much (coefficient of variation)</source>
        <translation>Класс X: выручка по месяцам колеблется не больше чем на столько (коэффициент вариации)</translation>
    </message>
    <message>
        <source>Class Y: varies by at most this much; more is Z</source>
        <translation>Класс Y: колеблется не больше чем на столько; больше — Z</translation>
    </message>
    <message>
        <source>Set each client&apos;s importance to its ABC class</source>
        <translation>Записать каждому клиенту его класс ABC в поле «Важность»</translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <source>&amp;X up to:</source>
        <translation>&amp;X до:</translation>
    </message>
    <message>
        <source>&amp;Y up to:</source>
        <translation>&amp;Y до:</translation>
    </message>
    <message>
        <source>Client analytics (ABC/XYZ)</source>
        <translation>Анализ клиентов (ABC/XYZ)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Share of revenue by ABC class</source>
        <translation>Доля выручки по классам ABC</translation>
    </message>
    <message>
        <source>Write classes into importance</source>
        <translation>Запись классов в важность</translation>
    </message>
    <message numerus="yes">
        <source>Set the importance of %n client(s) to their ABC class of this report? Their present importance is replaced.</source>
        <translation>
            <numerusform>Записать %n клиенту его класс ABC из этого отчёта в поле «Важность»? Нынешняя важность будет заменена.</numerusform>
            <numerusform>Записать %n клиентам их класс ABC из этого отчёта в поле «Важность»? Нынешняя важность будет заменена.</numerusform>
            <numerusform>Записать %n клиентам их класс ABC из этого отчёта в поле «Важность»? Нынешняя важность будет заменена.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Cannot write the importance</source>
        <translation>Не удалось записать важность</translation>
    </message>
    <message numerus="yes">
        <source>The importance of %n client(s) changed.</source>
        <translation>
            <numerusform>Важность изменена у %n клиента.</numerusform>
            <numerusform>Важность изменена у %n клиентов.</numerusform>
            <numerusform>Важность изменена у %n клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n клиент)</numerusform>
            <numerusform>%1 (%n клиента)</numerusform>
            <numerusform>%1 (%n клиентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AbcReport</name>
    <message>
        <source>The thresholds must be A &gt; 0, B ≥ 0 with A + B ≤ 100, and 0 ≤ X ≤ Y.</source>
        <translation>Пороги должны быть такими: A &gt; 0, B ≥ 0, A + B ≤ 100 и 0 ≤ X ≤ Y.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clientele</source>
        <translation>О программе Clientele</translation>
    </message>
    <message>
        <source>Clientele icon</source>
        <translation>Значок Clientele</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clientele %1&lt;/h2&gt;&lt;p&gt;A desktop CRM for one salesperson&apos;s workstation: clients, deals, tasks, calendar, mailings and sales reports in one file on your computer.&lt;/p&gt;&lt;p&gt;License: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3 or later&lt;/a&gt; (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Clientele %1&lt;/h2&gt;&lt;p&gt;CRM для рабочего места продавца: клиенты, сделки, задачи, календарь, рассылки и отчёты о продажах в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;Лицензия: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL версии 3 или более поздней&lt;/a&gt; (GPL-3.0-or-later). Программа поставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation>Программа построена на этих библиотеках:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Для чего</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Завтра, %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Deal&apos;s expected close</source>
        <translation>Ожидаемое закрытие сделки</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удалось открыть файл</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>No application to open «%1» is set up.</source>
        <translation>Не настроено приложение, которое открыло бы «%1».</translation>
    </message>
</context>
<context>
    <name>AttachmentOpenPolicy</name>
    <message>
        <source>a program or a script</source>
        <translation>программа или сценарий</translation>
    </message>
    <message>
        <source>a program or a script (%1)</source>
        <translation>программа или сценарий (%1)</translation>
    </message>
    <message>
        <source>«%1» is %2. Clientele does not open such files, so that one sent by a stranger cannot run on this computer. Save it and look at it first if you trust it.</source>
        <translation>«%1» — %2. Clientele не открывает такие файлы, чтобы присланный чужим человеком не запустился на этом компьютере. Сохраните его и посмотрите сначала, если ему доверяете.</translation>
    </message>
</context>
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
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>A copy of the database into the backups folder, while you work</source>
        <translation>Копия базы данных в папку резервных копий, не прерывая работу</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <source>The database is backed up to
%1</source>
        <translation>Резервная копия базы данных записана в
%1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current database is kept beside it as %2.replaced-… and can be opened again from there.</source>
        <translation>Заменить базу данных резервной копией %1?

Текущая база сохранится рядом с ней как %2.replaced-…, и её можно будет снова открыть оттуда.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Restore it from a backup with File → Restore from backup…. The backups already taken are kept: none is rotated away while the database cannot be copied.</source>
        <translation>Восстановите её из резервной копии: Файл → Восстановить из резервной копии…. Уже сделанные копии сохраняются: пока базу нельзя скопировать, ни одна из них не удаляется при ротации.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>backup takes at most one file</source>
        <translation>backup принимает не больше одного файла</translation>
    </message>
    <message>
        <source>restore needs the backup file: restore FILE</source>
        <translation>restore нужен файл резервной копии: restore FILE</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the file it replaced is kept as:</source>
        <translation>База %1 восстановлена из %2; заменённый файл сохранён как:</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check не принимает аргументов</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>База данных %1 в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>the database %1 has %n problem(s)</source>
        <translation>
            <numerusform>в базе данных %1 %n проблема</numerusform>
            <numerusform>в базе данных %1 %n проблемы</numerusform>
            <numerusform>в базе данных %1 %n проблем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot back up into %1: %2</source>
        <translation>Не удалось сделать резервную копию в %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Не удалось создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>Не удалось дать имя резервной копии %1.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1.</source>
        <translation>Не удалось удалить старую резервную копию %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so it cannot be backed up: %2</source>
        <translation>База данных %1 повреждена, поэтому её нельзя скопировать: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>The newest backup of each of the last days that have one</source>
        <translation>Новейшая резервная копия каждого из последних дней, когда она делалась</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <source>The newest backup of each of the last weeks that have one</source>
        <translation>Новейшая резервная копия каждой из последних недель, когда она делалась</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>Хранить е&amp;женедельных копий:</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>year unknown</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>country of phone numbers typed without a code</source>
        <translation>страна телефонов, набранных без кода</translation>
    </message>
    <message>
        <source>currency of new deals</source>
        <translation>валюта новых сделок</translation>
    </message>
    <message>
        <source>outgoing mail server</source>
        <translation>сервер исходящей почты</translation>
    </message>
    <message>
        <source>its port</source>
        <translation>его порт</translation>
    </message>
    <message>
        <source>encryption: none, starttls or tls</source>
        <translation>шифрование: none, starttls или tls</translation>
    </message>
    <message>
        <source>login on the mail server</source>
        <translation>логин на почтовом сервере</translation>
    </message>
    <message>
        <source>sender&apos;s address</source>
        <translation>адрес отправителя</translation>
    </message>
    <message>
        <source>sender&apos;s name</source>
        <translation>имя отправителя</translation>
    </message>
    <message>
        <source>certificate to trust for a server with its own (a file)</source>
        <translation>сертификат, которому доверять, если у сервера свой (файл)</translation>
    </message>
    <message>
        <source>where recipients unsubscribe from mailings (mailto: or https:)</source>
        <translation>куда получатели пишут, чтобы отписаться от рассылок (mailto: или https:)</translation>
    </message>
    <message>
        <source>SMS gateway: generic or smsru</source>
        <translation>SMS-шлюз: generic или smsru</translation>
    </message>
    <message>
        <source>gateway address with {phone}, {text}, {sender} and {key}</source>
        <translation>адрес шлюза с {phone}, {text}, {sender} и {key}</translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation>GET или POST</translation>
    </message>
    <message>
        <source>sender name of SMS</source>
        <translation>имя отправителя SMS</translation>
    </message>
    <message>
        <source>JSON field and value that mean success (status=OK); empty: the HTTP status</source>
        <translation>поле JSON и значение, означающие успех (status=OK); пусто — по коду HTTP</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in the system keychain, never in the database; the command line reads $CLIENTELE_SMTP_PASSWORD and $CLIENTELE_SMS_KEY.</source>
        <translation>Пароли и ключи хранятся в системном хранилище паролей, а не в базе данных; командная строка читает $CLIENTELE_SMTP_PASSWORD и $CLIENTELE_SMS_KEY.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2</source>
        <translation>Неизвестная настройка «%1»; настройки: %2</translation>
    </message>
    <message>
        <source>smtp.port: &quot;%1&quot; is not a port (1-65535).</source>
        <translation>smtp.port: «%1» — не номер порта (1–65535).</translation>
    </message>
    <message>
        <source>smtp.security: &quot;%1&quot; is not none, starttls or tls.</source>
        <translation>smtp.security: «%1» — не none, starttls и не tls.</translation>
    </message>
    <message>
        <source>smtp.from: &quot;%1&quot; is not an e-mail address.</source>
        <translation>smtp.from: «%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>smtp.unsubscribe: &quot;%1&quot; is not a mailto: or https: address.</source>
        <translation>smtp.unsubscribe: «%1» — не адрес mailto: или https:.</translation>
    </message>
    <message>
        <source>sms.provider: &quot;%1&quot; is not generic or smsru.</source>
        <translation>sms.provider: «%1» — не generic и не smsru.</translation>
    </message>
    <message>
        <source>sms.method: &quot;%1&quot; is not GET or POST.</source>
        <translation>sms.method: «%1» — не GET и не POST.</translation>
    </message>
    <message>
        <source>phone_region: &quot;%1&quot; is not a two-letter country code (RU).</source>
        <translation>phone_region: «%1» — не двухбуквенный код страны (RU).</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not a three-letter code (RUB).</source>
        <translation>currency: «%1» — не трёхбуквенный код валюты (RUB).</translation>
    </message>
    <message>
        <source>start of the working day in the calendar (HH:mm)</source>
        <translation>начало рабочего дня в календаре (ЧЧ:мм)</translation>
    </message>
    <message>
        <source>end of the working day in the calendar (HH:mm)</source>
        <translation>конец рабочего дня в календаре (ЧЧ:мм)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day (09:00).</source>
        <translation>%1: «%2» — не время суток (09:00).</translation>
    </message>
    <message>
        <source>folder of the automatic backups (an absolute path); empty: a backups folder beside the database</source>
        <translation>папка автоматических резервных копий (абсолютный путь); пусто — папка backups рядом с базой</translation>
    </message>
    <message>
        <source>how many days with a backup keep their newest one (1-366)</source>
        <translation>сколько дней с резервной копией хранят свою новейшую копию (1–366)</translation>
    </message>
    <message>
        <source>how many weeks with a backup keep their newest one (0-520)</source>
        <translation>сколько недель с резервной копией хранят свою новейшую копию (0–520)</translation>
    </message>
    <message>
        <source>backup.daily: &quot;%1&quot; is not a number of days (1-366).</source>
        <translation>backup.daily: «%1» — не число дней (1–366).</translation>
    </message>
    <message>
        <source>backup.weekly: &quot;%1&quot; is not a number of weeks (0-520).</source>
        <translation>backup.weekly: «%1» — не число недель (0–520).</translation>
    </message>
    <message>
        <source>backup.folder: &quot;%1&quot; is not an absolute path.</source>
        <translation>backup.folder: «%1» — не абсолютный путь.</translation>
    </message>
    <message>
        <source>sms.url: this is not an http: or https: address.</source>
        <translation>sms.url: это не адрес http: или https:.</translation>
    </message>
    <message>
        <source>sms.url: a login or password in the address would be kept in the base; write {key} where the gateway wants its key.</source>
        <translation>sms.url: логин или пароль в адресе остались бы в базе; напишите {key} там, где шлюз ждёт ключ.</translation>
    </message>
    <message>
        <source>sms.url: a gateway is reached over https:, so that the key and the messages go encrypted (http: only on this machine).</source>
        <translation>sms.url: к шлюзу обращаются по https:, чтобы ключ и сообщения шли зашифрованными (http: — только на этом компьютере).</translation>
    </message>
    <message>
        <source>sms.url: the address carries the key itself (%1=…); write %1={key}: the key is kept in the system keychain, and the command line reads $CLIENTELE_SMS_KEY.</source>
        <translation>sms.url: в адресе записан сам ключ (%1=…); напишите %1={key}: ключ хранится в системной связке ключей, а командная строка читает $CLIENTELE_SMS_KEY.</translation>
    </message>
    <message>
        <source>certificate to trust for a gateway with its own (a file)</source>
        <translation>сертификат, которому доверять, если у шлюза свой (файл)</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;.</source>
        <translation>%1: не удаётся прочитать «%2».</translation>
    </message>
    <message>
        <source>smtp.host: the server&apos;s name or address only; the login and the password have fields of their own.</source>
        <translation>smtp.host: только имя или адрес сервера; для логина и пароля есть свои поля.</translation>
    </message>
    <message>
        <source>minutes before a new event its reminder comes (0-10080); none: no reminder</source>
        <translation>за сколько минут до нового события приходит напоминание (0-10080); none — без напоминания</translation>
    </message>
    <message>
        <source>calendar.default_reminder: &quot;%1&quot; is not none or a number of minutes (0-10080).</source>
        <translation>calendar.default_reminder: «%1» — не none и не число минут (0-10080).</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>--from and --to need dates or times such as 2026-12-01 or 2026-12-01T09:00:00Z</source>
        <translation>--from и --to требуют дату или время, например 2026-12-01 или 2026-12-01T09:00:00Z</translation>
    </message>
    <message>
        <source>--to (%1) must be after --from (%2)</source>
        <translation>--to (%1) должно быть позже --from (%2)</translation>
    </message>
    <message>
        <source>event needs add</source>
        <translation>для event нужна подкоманда add</translation>
    </message>
    <message>
        <source>unknown event command &quot;%1&quot;</source>
        <translation>неизвестная команда event «%1»</translation>
    </message>
    <message>
        <source>event add needs --title</source>
        <translation>для event add нужен --title</translation>
    </message>
    <message>
        <source>event add needs --start and --end (--end may be left out with --all-day)</source>
        <translation>для event add нужны --start и --end (с --all-day --end можно не указывать)</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is not known</source>
        <translation>часовой пояс «%1» неизвестен</translation>
    </message>
    <message>
        <source>--start and --end of an all-day event need dates such as 2026-12-01</source>
        <translation>--start и --end события на весь день требуют даты, например 2026-12-01</translation>
    </message>
    <message>
        <source>--start and --end need times such as 2026-12-01T09:00 or 2026-12-01T06:00:00Z</source>
        <translation>--start и --end требуют время, например 2026-12-01T09:00 или 2026-12-01T06:00:00Z</translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation>для --%1 нужен номер</translation>
    </message>
    <message>
        <source>--attendee needs a contact person&apos;s id</source>
        <translation>для --attendee нужен номер контактного лица</translation>
    </message>
    <message>
        <source>calendar needs list, export or import</source>
        <translation>для calendar нужна подкоманда list, export или import</translation>
    </message>
    <message>
        <source>unknown calendar command &quot;%1&quot;</source>
        <translation>неизвестная команда calendar «%1»</translation>
    </message>
    <message>
        <source>calendar export needs -o FILE.ics</source>
        <translation>для calendar export нужен -o FILE.ics</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 tasks to %3</source>
        <translation>Выгружено событий: %1, задач: %2 в %3</translation>
    </message>
    <message>
        <source>calendar import needs FILE.ics</source>
        <translation>для calendar import нужен FILE.ics</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated events</source>
        <translation>Загружено событий: новых %1, обновлённых %2</translation>
    </message>
    <message>
        <source>remind needs due</source>
        <translation>для remind нужна подкоманда due</translation>
    </message>
    <message>
        <source>unknown remind command &quot;%1&quot;</source>
        <translation>неизвестная команда remind «%1»</translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-01T09:00:00Z</source>
        <translation>для --at нужно время, например 2026-12-01T09:00:00Z</translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation> (пропущено)</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>%1&apos;s birthday (%2)</source>
        <translation>День рождения: %1 (%2)</translation>
    </message>
    <message>
        <source>%1&apos;s birthday</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Ожидаемое закрытие: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deals expected to close</source>
        <translation>
            <numerusform>%n сделка к закрытию</numerusform>
            <numerusform>%n сделки к закрытию</numerusform>
            <numerusform>%n сделок к закрытию</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>A one-hour event on the selected day; or drag over the hours</source>
        <translation>Событие на час в выбранный день; или протяните мышью по часам</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>К сегодняшнему дню (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back a day, a week or a month</source>
        <translation>На день, неделю или месяц назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward a day, a week or a month</source>
        <translation>На день, неделю или месяц вперёд</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Один день (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>The week (W)</source>
        <translation>Неделя (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation>Месяц (M)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>What is coming, day by day (A)</source>
        <translation>Что предстоит, по дням (A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected event (Delete)</source>
        <translation>Удалить выбранное событие (Delete)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Deal closes</source>
        <translation>Закрытие сделок</translation>
    </message>
    <message>
        <source>Move «%1»</source>
        <translation>Перенести «%1»</translation>
    </message>
    <message>
        <source>Cannot change the event</source>
        <translation>Не удаётся изменить событие</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Не удаётся открыть событие</translation>
    </message>
    <message>
        <source>The event %1 is no longer in the database.</source>
        <translation>События %1 больше нет в базе.</translation>
    </message>
    <message>
        <source>Edit a repeating event</source>
        <translation>Изменение повторяющегося события</translation>
    </message>
    <message>
        <source>«%1» repeats. Change only this occurrence or the whole series?</source>
        <translation>«%1» повторяется. Изменить только это повторение или всю серию?</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Это повторение</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Всю серию</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation>Не удаётся сохранить событие</translation>
    </message>
    <message>
        <source>Edit «%1»</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>Не удаётся создать событие</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Удаление повторяющегося события</translation>
    </message>
    <message>
        <source>«%1» repeats. Delete only this occurrence or the whole series?</source>
        <translation>«%1» повторяется. Удалить только это повторение или всю серию?</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Не удаётся удалить событие</translation>
    </message>
    <message>
        <source>&amp;Export to iCalendar…</source>
        <translation>&amp;Экспорт в iCalendar…</translation>
    </message>
    <message>
        <source>The days on screen as an .ics file other calendars open</source>
        <translation>Показанные дни — файлом .ics, который откроют другие календари</translation>
    </message>
    <message>
        <source>&amp;Import from iCalendar…</source>
        <translation>&amp;Импорт из iCalendar…</translation>
    </message>
    <message>
        <source>Events from an .ics file</source>
        <translation>События из файла .ics</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>Экспорт в iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import from iCalendar</source>
        <translation>Импорт из iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Не удалось экспортировать календарь</translation>
    </message>
    <message>
        <source>%1 and %2 written to %3.</source>
        <translation>%1 и %2 записаны в %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Не удалось импортировать календарь</translation>
    </message>
    <message>
        <source>%1

Nothing was imported from %2.</source>
        <translation>%1

Из %2 ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated.</source>
        <translation>Импортировано из %1: новых %2, обновлено %3.</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Day, week, month or agenda</source>
        <translation>День, неделя, месяц или повестка</translation>
    </message>
    <message>
        <source>The day before or after</source>
        <translation>Предыдущий или следующий день</translation>
    </message>
    <message>
        <source>The week before or after (week and month)</source>
        <translation>Предыдущая или следующая неделя (в неделе и месяце)</translation>
    </message>
    <message>
        <source>Back or forward a day, a week or a month</source>
        <translation>Назад или вперёд на день, неделю или месяц</translation>
    </message>
    <message>
        <source>Open the selected event; in the month, the selected day</source>
        <translation>Открыть выбранное событие; в месяце — выбранный день</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Удалить выбранное событие</translation>
    </message>
    <message>
        <source>&amp;Working hours and reminders…</source>
        <translation>&amp;Рабочие часы и напоминания…</translation>
    </message>
    <message>
        <source>When the working day starts and ends, and the reminder of a new event</source>
        <translation>Когда начинается и заканчивается рабочий день и какое напоминание получает новое событие</translation>
    </message>
    <message>
        <source>Calendar and reminders</source>
        <translation>Календарь и напоминания</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsPage</name>
    <message>
        <source>The calendar shades the hours outside the working day and starts new events and &quot;tomorrow morning&quot; reminders at its start. Saved in the database, for everyone who opens it.</source>
        <translation>Календарь затеняет часы вне рабочего дня, а новые события и напоминания «завтра утром» ставит на его начало. Хранится в базе — для всех, кто её открывает.</translation>
    </message>
    <message>
        <source>Working day &amp;starts at:</source>
        <translation>Рабочий день &amp;начинается в:</translation>
    </message>
    <message>
        <source>Working day &amp;ends at:</source>
        <translation>Рабочий день &amp;заканчивается в:</translation>
    </message>
    <message>
        <source>&amp;Reminder of a new event:</source>
        <translation>На&amp;поминание нового события:</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A mailing needs a name.</source>
        <translation>У рассылки должно быть название.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is for %2, the mailing for %3.</source>
        <translation>Шаблон «%1» для канала %2, а рассылка — для %3.</translation>
    </message>
    <message>
        <source>The pace is a number of messages a minute.</source>
        <translation>Темп — это число сообщений в минуту.</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Channels and campaigns</source>
        <translation>Каналы и рассылки</translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Double-click to see the won deals</source>
        <translation>Двойной щелчок покажет выигранные сделки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Затраты на выигранную сделку</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>Выручка по источникам</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n won</source>
        <translation>
            <numerusform>%1 · выиграна %n</numerusform>
            <numerusform>%1 · выиграно %n</numerusform>
            <numerusform>%1 · выиграно %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals from «%1»</source>
        <translation>Выигранные сделки из источника «%1»</translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation>Не удалось найти сделки</translation>
    </message>
    <message>
        <source>No mailings were created in the period. Their results, cost and return show here.</source>
        <translation>В этом периоде рассылок не создавали. Здесь видны их результаты, затраты и отдача.</translation>
    </message>
    <message>
        <source>Mailings created in the period:</source>
        <translation>Рассылки, созданные в периоде:</translation>
    </message>
</context>
<context>
    <name>ClearButtonNames</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
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
        <source>import needs what and a file: import csv|vcard FILE</source>
        <translation>import требует вид и файл: import csv|vcard ФАЙЛ</translation>
    </message>
    <message>
        <source>--format must be csv, json or vcard, not &quot;%1&quot;</source>
        <translation>для --format допустимы только значения csv, json и vcard, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 is for --format csv only</source>
        <translation>параметр --%1 применим только с --format csv</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, windows-1251, UTF-16LE)</source>
        <translation>неизвестная кодировка &quot;%1&quot; (попробуйте UTF-8, windows-1251, UTF-16LE)</translation>
    </message>
    <message>
        <source>--delimiter must be one character or tab, not &quot;%1&quot;</source>
        <translation>--delimiter: один символ или tab, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ids needs client ids separated by commas, not &quot;%1&quot;</source>
        <translation>для --ids нужно указать ID клиентов через запятую, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ids needs client ids separated by commas</source>
        <translation>для --ids нужно указать ID клиентов через запятую</translation>
    </message>
    <message>
        <source>--importance must be A, B or C</source>
        <translation>для --importance допустимы только значения A, B и C</translation>
    </message>
    <message>
        <source>there is no tag &quot;%1&quot;</source>
        <translation>тег &quot;%1&quot; не найден</translation>
    </message>
    <message>
        <source>there is no client with id %1</source>
        <translation>клиент с ID %1 не найден</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 has no place for %n character(s); written as &quot;?&quot;</source>
        <translation>
            <numerusform>предупреждение: %n символ отсутствует в кодировке %1 и записан как &quot;?&quot;</numerusform>
            <numerusform>предупреждение: %n символа отсутствуют в кодировке %1 и записаны как &quot;?&quot;</numerusform>
            <numerusform>предупреждение: %n символов отсутствуют в кодировке %1 и записаны как &quot;?&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>using the column mapping remembered for this header</source>
        <translation>используется сопоставление столбцов, запомненное для этого заголовка</translation>
    </message>
    <message>
        <source>warning: the column mapping was not remembered: %1</source>
        <translation>предупреждение: сопоставление столбцов не запомнено: %1</translation>
    </message>
    <message>
        <source>; batch %1 (undo: clientele-cli import undo %1)</source>
        <translation>; пакет импорта %1 (отмена: clientele-cli import undo %1)</translation>
    </message>
    <message>
        <source>	undone %1</source>
        <translation>	отменён %1</translation>
    </message>
    <message>
        <source>import undo needs a batch number (see import list)</source>
        <translation>для import undo нужно указать номер пакета импорта (см. import list)</translation>
    </message>
    <message>
        <source>import %1 undone: %2 clients removed, %3 restored</source>
        <translation>импорт %1 отменён: удалено клиентов: %2, восстановлено: %3</translation>
    </message>
    <message>
        <source>merge needs client ids, not &quot;%1&quot;</source>
        <translation>для merge нужно указать ID клиентов, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>merge undo needs one merge number</source>
        <translation>для merge undo нужно указать один номер слияния</translation>
    </message>
    <message>
        <source>merge needs the id to keep and at least one more id</source>
        <translation>для merge нужно указать ID сохраняемого клиента и хотя бы ещё один ID</translation>
    </message>
    <message>
        <source>merge %1 undone</source>
        <translation>слияние %1 отменено</translation>
    </message>
    <message numerus="yes">
        <source>merged %n client(s) into %1; merge %2 (undo: clientele-cli merge undo %2)</source>
        <translation>
            <numerusform>к клиенту %1 присоединён %n клиент; слияние %2 (отмена: clientele-cli merge undo %2)</numerusform>
            <numerusform>к клиенту %1 присоединены %n клиента; слияние %2 (отмена: clientele-cli merge undo %2)</numerusform>
            <numerusform>к клиенту %1 присоединено %n клиентов; слияние %2 (отмена: clientele-cli merge undo %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal needs one deal id</source>
        <translation>proposal: нужен один номер сделки</translation>
    </message>
    <message>
        <source>proposal needs -o FILE.pdf</source>
        <translation>proposal: нужен -o ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>--valid-until needs a date as YYYY-MM-DD</source>
        <translation>--valid-until: нужна дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>the proposal cannot be filled in; missing:</source>
        <translation>предложение не заполнить, не хватает:</translation>
    </message>
    <message>
        <source>Proposal No. %1 written to %2 and attached to deal %3.</source>
        <translation>Предложение № %1 записано в %2 и приложено к сделке %3.</translation>
    </message>
    <message>
        <source>company needs show, set or image</source>
        <translation>company: нужно show, set или image</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>company set needs at least one requisite, such as --inn</source>
        <translation>company set: нужен хотя бы один реквизит, например --inn</translation>
    </message>
    <message>
        <source>company image needs logo, signature or stamp</source>
        <translation>company image: нужно logo, signature или stamp</translation>
    </message>
    <message>
        <source>company image %1 needs a file, or --remove</source>
        <translation>company image %1: нужен файл или --remove</translation>
    </message>
    <message>
        <source>Added %1 demo clients and %2 deals in %3 s.</source>
        <translation>Добавлено демо-клиентов: %1, сделок: %2 за %3 с.</translation>
    </message>
    <message>
        <source>export interactions writes --format json</source>
        <translation>export interactions пишет только --format json</translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-11-30)</source>
        <translation>--%1 требует дату (2026-11-30)</translation>
    </message>
    <message>
        <source>export needs what to export: clients or interactions</source>
        <translation>export требует, что выгружать: clients или interactions</translation>
    </message>
    <message>
        <source>usage: clientele-cli [--db FILE] [--user NAME] COMMAND [ARGS]
       clientele-cli --help | --version

commands:
  init                               create or upgrade the database
  demo [--clients N] [--deals N] [--seed S]
                                     fill the database with demo data
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients [--format csv|json|vcard] [-o FILE]
             [--encoding NAME] [--no-bom] [--delimiter CHAR|tab] [--columns a,b,c]
             [--ids 1,2,3] [--search TEXT] [--tag TAG] [--kind company|person]
             [--region R] [--importance A|B|C] [--archived]
  export interactions [--from DATE] [--to DATE]   one JSON array, oldest first
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--no-photos] [--dry-run]
             [--format json]
  import list [--format json] | import undo BATCH
  duplicates [--limit N] [--format json]
  merge KEEP_ID ID... [--format json] | merge undo MERGE_ID
  deal add --client ID --title T [--contact ID] [--pipeline NAME] [--stage NAME]
             [--amount 1234.50] [--probability P] [--source S] [--expected DATE]
             [--kind manual|process|simple] [--currency RUB] [--budget A]
             [--responsible R] [--interest T] [--needs T] [--notes T]
  deal move ID --stage NAME [--reason R] | deal won ID [--amount A]
  deal lost ID --reason R [--comment C] | deal reopen ID
  deal item add ID --product NAME [--quantity Q] [--price P] [--discount D]
             [--vat V|none] [--sku S] [--unit U]
  deal list [--status open|won|lost] [--pipeline P] [--client ID] [--limit N]
             [--format json] | deal show ID [--format json]
  event add --title T --start ISO --end ISO [--all-day] [--zone IANA] [--location L]
             [--description D] [--client ID] [--contact ID] [--deal ID]
             [--attendee CONTACT_ID]... [--remind -15m|-1h|-1d|ISO] [--repeat RRULE]
  calendar list --from ISO --to ISO [--format json]   occurrences expanded, every kind
  calendar export -o FILE.ics [--from ISO --to ISO] | calendar import FILE.ics
  remind due [--at ISO] [--format json]   due reminders, missed ones included
  proposal DEAL_ID -o FILE.pdf [--template NAME] [--valid-until YYYY-MM-DD]
             the deal&apos;s commercial proposal as PDF, attached to the deal and noted
             on the client; lists the missing fields when it cannot be filled
  company show [--format json]
  company set [--name N] [--inn I] [--kpp K] [--ogrn O] [--address A] [--phone P]
             [--email E] [--bank-name B] [--bik B] [--account A] [--corr-account A]
             [--director D] [--director-position P]
  company image logo|signature|stamp FILE | company image KIND --remove
  task add --title T [--description D] [--due ISO|DATE] [--all-day]
             [--priority low|normal|high] [--client ID] [--contact ID] [--deal ID]
             [--executor NAME] [--check] [--remind ISO|-15m]
             [--repeat daily|weekly|monthly|yearly|RRULE]
  task list [--view mine|assigned|check] [--format json]
  task show ID [--format json]
  task start|done|accept|cancel|reopen ID | task return ID --comment C
  person add NAME [--position P] [--email E] | person list [--archived] [--format json]
  settings get KEY | settings set KEY VALUE | settings list [--format json]
                                     business settings: smtp.host, smtp.port,
                                     smtp.security none|starttls|tls, smtp.user,
                                     smtp.from, smtp.ca_file, sms.url...
  template add --name N [--channel email|sms] [--subject S] --body-file F
             [--text-file F] [--attach FILE]... | template list [--channel C]
             [--format json]
  mail send --client ID|--contact ID|--to ADDRESS --template NAME [--deal ID]
             [--attach FILE]...   (or --subject S --body HTML instead of a template)
  sms send --client ID|--contact ID|--to PHONE --template NAME [--deal ID]
             (or --body TEXT)
  mail outbox [--campaign ID] [--state S] [--format json]
  mail run [--campaign ID] [--rate N] | mail retry [--campaign ID]
  mail resolve ID --sent|--again    decide about a message whose fate is unknown
  segment add --name N --filter EXPR | segment show NAME [--channel C] [--format json]
             | segment list    EXPR: region=R; city=C; importance=A,B; kind=K; tag=T;
             source=S; stage=NAME; open_deal; no_contact_days&gt;=N; birthday=this_month;
             recipients=all|clients|contacts
  mail campaign create --name N --template T --segment S [--channel email|sms]
             [--at ISO] [--rate N] [--cost 1500.00] | mail campaign list
  mail campaign run ID | mail campaign show ID [--format json]
  report funnel|losses|interactions|efficiency|channels|abc [--from DATE]
             [--to DATE] [--pipeline P] [--responsible NAME] [--source S]
             [--region R] [--importance A|B|C] [--tag T] [--format table|json|csv]
             the period is this month so far unless --from and --to say otherwise;
             funnel: [--mode snapshot|flow]; interactions: [--by week|month]
             [--no-contact-days N]; abc: [--a 80] [--b 15] [--x 10] [--y 25] [--apply]
             (--apply writes the ABC class into the clients&apos; importance)
  backup [FILE]                      a consistent copy while the base is in use;
             without FILE into the backups folder (backup.folder, else backups/
             beside the database), keeping the newest of the last backup.daily (7)
             days and backup.weekly (4) weeks; prints the file written
  restore FILE                       checks FILE, keeps the current database aside
             as NAME.replaced-YYYYMMDD-HHMMSS (printed) and puts FILE in its place
  check [--format json]              integrity, foreign keys and the search index;
             exit 1 listing each problem

The user who acts (deal history, task author and steps) is --user, else
$CLIENTELE_USER, else the one chosen in the desktop app, else the login name.
The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.
The mail server&apos;s password is read from $CLIENTELE_SMTP_PASSWORD, the SMS
gateway&apos;s key from $CLIENTELE_SMS_KEY.
CSV export is UTF-8 with a BOM and commas unless --encoding and --delimiter say
otherwise (windows-1251 and &quot;;&quot; for Excel on a Russian system). Its columns:
  id kind name last_name first_name middle_name phones emails city region
  address importance source responsible tags inn kpp contacts notes created_at
  updated_at
Cells starting with = + - @ get a leading &apos; against formula injection, except
phones such as +79123456789.

Exit codes: 0 done, 1 bad input or refused, 2 usage, 3 database unavailable.
</source>
        <translation>использование: clientele-cli [--db FILE] [--user NAME] COMMAND [ARGS]
       clientele-cli --help | --version

команды:
  init                               создать или обновить базу данных
  demo [--clients N] [--deals N] [--seed S]
                                     заполнить базу демо-данными
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients [--format csv|json|vcard] [-o FILE]
             [--encoding NAME] [--no-bom] [--delimiter CHAR|tab] [--columns a,b,c]
             [--ids 1,2,3] [--search TEXT] [--tag TAG] [--kind company|person]
             [--region R] [--importance A|B|C] [--archived]
  export interactions [--from ДАТА] [--to ДАТА]   один массив JSON, от старых к новым
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--no-photos] [--dry-run]
             [--format json]
  import list [--format json] | import undo BATCH
  duplicates [--limit N] [--format json]
  merge KEEP_ID ID... [--format json] | merge undo MERGE_ID
  deal add --client ID --title T [--contact ID] [--pipeline NAME] [--stage NAME]
             [--amount 1234.50] [--probability P] [--source S] [--expected DATE]
             [--kind manual|process|simple] [--currency RUB] [--budget A]
             [--responsible R] [--interest T] [--needs T] [--notes T]
  deal move ID --stage NAME [--reason R] | deal won ID [--amount A]
  deal lost ID --reason R [--comment C] | deal reopen ID
  deal item add ID --product NAME [--quantity Q] [--price P] [--discount D]
             [--vat V|none] [--sku S] [--unit U]
  deal list [--status open|won|lost] [--pipeline P] [--client ID] [--limit N]
             [--format json] | deal show ID [--format json]
  event add --title T --start ISO --end ISO [--all-day] [--zone IANA] [--location L]
             [--description D] [--client ID] [--contact ID] [--deal ID]
             [--attendee CONTACT_ID]... [--remind -15m|-1h|-1d|ISO] [--repeat RRULE]
  calendar list --from ISO --to ISO [--format json]   вхождения развёрнуты, все виды
  calendar export -o FILE.ics [--from ISO --to ISO] | calendar import FILE.ics
  remind due [--at ISO] [--format json]   наступившие напоминания, с пропущенными
  proposal DEAL_ID -o FILE.pdf [--template NAME] [--valid-until YYYY-MM-DD]
             коммерческое предложение по сделке в PDF: прикладывается к сделке
             и отмечается у клиента; если его не заполнить, перечисляет,
             каких полей не хватает
  company show [--format json]
  company set [--name N] [--inn I] [--kpp K] [--ogrn O] [--address A] [--phone P]
             [--email E] [--bank-name B] [--bik B] [--account A] [--corr-account A]
             [--director D] [--director-position P]
  company image logo|signature|stamp FILE | company image KIND --remove
  task add --title T [--description D] [--due ISO|DATE] [--all-day]
             [--priority low|normal|high] [--client ID] [--contact ID] [--deal ID]
             [--executor NAME] [--check] [--remind ISO|-15m]
             [--repeat daily|weekly|monthly|yearly|RRULE]
  task list [--view mine|assigned|check] [--format json]
  task show ID [--format json]
  task start|done|accept|cancel|reopen ID | task return ID --comment C
  person add NAME [--position P] [--email E] | person list [--archived] [--format json]
  settings get KEY | settings set KEY VALUE | settings list [--format json]
                                     настройки организации: smtp.host, smtp.port,
                                     smtp.security none|starttls|tls, smtp.user,
                                     smtp.from, smtp.ca_file, sms.url...
  template add --name N [--channel email|sms] [--subject S] --body-file F
             [--text-file F] [--attach FILE]... | template list [--channel C]
             [--format json]
  mail send --client ID|--contact ID|--to ADDRESS --template NAME [--deal ID]
             [--attach FILE]...   (или --subject S --body HTML вместо шаблона)
  sms send --client ID|--contact ID|--to PHONE --template NAME [--deal ID]
             (или --body TEXT)
  mail outbox [--campaign ID] [--state S] [--format json]
  mail run [--campaign ID] [--rate N] | mail retry [--campaign ID]
  mail resolve ID --sent|--again    решить судьбу письма, отправка которого прервалась
  segment add --name N --filter EXPR | segment show NAME [--channel C] [--format json]
             | segment list    EXPR: region=R; city=C; importance=A,B; kind=K; tag=T;
             source=S; stage=NAME; open_deal; no_contact_days&gt;=N; birthday=this_month;
             recipients=all|clients|contacts
  mail campaign create --name N --template T --segment S [--channel email|sms]
             [--at ISO] [--rate N] [--cost 1500.00] | mail campaign list
  mail campaign run ID | mail campaign show ID [--format json]
  report funnel|losses|interactions|efficiency|channels|abc [--from ДАТА]
             [--to ДАТА] [--pipeline P] [--responsible ИМЯ] [--source S]
             [--region R] [--importance A|B|C] [--tag T] [--format table|json|csv]
             период — текущий месяц до сегодня, если --from и --to не заданы;
             funnel: [--mode snapshot|flow]; interactions: [--by week|month]
             [--no-contact-days N]; abc: [--a 80] [--b 15] [--x 10] [--y 25] [--apply]
             (--apply записывает класс ABC в важность клиентов)
  backup [FILE]                      согласованная копия, пока с базой работают;
             без FILE — в папку резервных копий (backup.folder, иначе backups/
             рядом с базой), храня новейшую копию последних backup.daily (7)
             дней и backup.weekly (4) недель; печатает записанный файл
  restore FILE                       проверяет FILE, откладывает текущую базу как
             ИМЯ.replaced-ГГГГММДД-ЧЧММСС (печатает путь) и ставит FILE на её место
  check [--format json]              целостность, внешние ключи и поисковый индекс;
             код 1 и список каждой найденной проблемы

Пользователь, от имени которого выполняются действия (история сделок, автор
и шаги задач): --user, иначе $CLIENTELE_USER, иначе выбранный в настольном
приложении, иначе имя входа в систему.
База данных: --db, иначе $CLIENTELE_DB, иначе та, с которой работает настольное
приложение. Пароль почтового сервера берётся из $CLIENTELE_SMTP_PASSWORD,
ключ SMS-шлюза — из $CLIENTELE_SMS_KEY. CSV выгружается в UTF-8 с BOM и запятыми в качестве разделителя,
если --encoding и --delimiter не задают иное (windows-1251 и &quot;;&quot; для Excel
в русской системе). Столбцы CSV:
  id kind name last_name first_name middle_name phones emails city region
  address importance source responsible tags inn kpp contacts notes created_at
  updated_at
К ячейкам, которые начинаются с = + - @, в начало добавляется &apos; для защиты
от внедрения формул; исключение — телефоны вида +79123456789.

Коды завершения: 0 — выполнено, 1 — неверные данные или отказ, 2 — ошибка
в вызове, 3 — база данных недоступна.
</translation>
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
    <message>
        <source>D&amp;eals</source>
        <translation>С&amp;делки</translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>Отправить SMS…</translation>
    </message>
</context>
<context>
    <name>ClientDealsPage</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>Нова&amp;я сделка…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>No deals with this client yet. A deal follows one sale from the first call to the payment.</source>
        <translation>С этим клиентом сделок пока нет. Сделка ведёт одну продажу от первого звонка до оплаты.</translation>
    </message>
    <message>
        <source>open, %1 %</source>
        <translation>в работе, %1 %</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>Revenue: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Выручка: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>won %1, lost %2, open %3</source>
        <translation>выиграно %1, проиграно %2, в работе %3</translation>
    </message>
    <message numerus="yes">
        <source>average cycle %n day(s)</source>
        <translation>
            <numerusform>средний цикл %n день</numerusform>
            <numerusform>средний цикл %n дня</numerusform>
            <numerusform>средний цикл %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>контактов ещё не было</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>последний контакт %1</translation>
    </message>
</context>
<context>
    <name>ClientExporter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
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
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
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
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>an empty column name; the columns are: %1</source>
        <translation>пустое имя столбца; допустимые столбцы: %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are: %2</source>
        <translation>неизвестный столбец «%1»; допустимые столбцы: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>ошибка записи: %1</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields</source>
        <translation>«%1» не может быть разделителем полей CSV</translation>
    </message>
</context>
<context>
    <name>ClientFill</name>
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
        <source>importance</source>
        <translation>важность</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>position of %1</source>
        <translation>должность (%1)</translation>
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
    <message>
        <source>Photo of %1</source>
        <translation>Фото %1</translation>
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
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
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
    <message>
        <source>Import from a file…</source>
        <translation>Импортировать из файла…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>ClientMerger</name>
    <message>
        <source>Choose at least two clients to merge.</source>
        <translation>Для слияния выберите не менее двух клиентов.</translation>
    </message>
    <message>
        <source>Client %1 was already merged into client %2.</source>
        <translation>Клиент %1 уже присоединён к клиенту %2.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Клиент с ID %1 не найден.</translation>
    </message>
    <message>
        <source>Client %1 is named twice.</source>
        <translation>Клиент %1 указан дважды.</translation>
    </message>
    <message>
        <source>Client %1 cannot be merged into itself.</source>
        <translation>Клиента %1 нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>%1: %2 «%3» kept, client %4 «%5» had «%6»</source>
        <translation>%1: оставлено значение поля «%2» «%3», у клиента %4 «%5» было «%6»</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>Слияние %1 не найдено.</translation>
    </message>
    <message>
        <source>Merge %1 was already undone on %2.</source>
        <translation>Слияние %1 уже отменено %2.</translation>
    </message>
    <message>
        <source>client %1 was deleted since the merge</source>
        <translation>клиент %1 удалён после слияния</translation>
    </message>
    <message>
        <source>client %1 was changed since the merge: %2 %3 on %4</source>
        <translation>клиент %1 изменён после слияния: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>client %1 is no longer merged into client %2</source>
        <translation>клиент %1 больше не присоединён к клиенту %2</translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the clients were changed since.</source>
        <translation>Слияние %1 нельзя отменить: после него клиенты были изменены.</translation>
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
    <message>
        <source>Client %1 was merged into client %2; edit that one.</source>
        <translation>Клиент %1 присоединён к клиенту %2; изменяйте клиента %2.</translation>
    </message>
    <message>
        <source>Client %1 was merged into client %2.</source>
        <translation>Клиент %1 присоединён к клиенту %2.</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>our company&apos;s name</source>
        <translation>наименование нашей компании</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>our company&apos;s INN</source>
        <translation>ИНН нашей компании</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>our company&apos;s KPP</source>
        <translation>КПП нашей компании</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>our company&apos;s OGRN</source>
        <translation>ОГРН нашей компании</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>our company&apos;s address</source>
        <translation>адрес нашей компании</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>our company&apos;s phone</source>
        <translation>телефон нашей компании</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>our company&apos;s e-mail</source>
        <translation>эл. почта нашей компании</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>our company&apos;s bank</source>
        <translation>банк нашей компании</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>our bank&apos;s BIK</source>
        <translation>БИК нашего банка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <source>our company&apos;s bank account</source>
        <translation>расчётный счёт нашей компании</translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <source>our bank&apos;s correspondent account</source>
        <translation>корреспондентский счёт нашего банка</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>our director&apos;s name</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <source>Director&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <source>our director&apos;s position</source>
        <translation>должность руководителя</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>The image is %1 MB; images over 5 MB are not kept.</source>
        <translation>Изображение занимает %1 МБ; изображения больше 5 МБ не сохраняются.</translation>
    </message>
    <message>
        <source>The INN %1 is not valid: check its digits.</source>
        <translation>ИНН %1 неверен: проверьте цифры.</translation>
    </message>
    <message>
        <source>This is not an image Clientele can read (PNG, JPEG, GIF, BMP or SVG).</source>
        <translation>Это не изображение, которое Clientele может прочитать (PNG, JPEG, GIF, BMP или SVG).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>CompanySettingsPage</name>
    <message>
        <source>&amp;Requisites</source>
        <translation>&amp;Реквизиты</translation>
    </message>
    <message>
        <source>Proposal &amp;templates</source>
        <translation>&amp;Шаблоны предложений</translation>
    </message>
    <message>
        <source>10 digits, or 12 for a sole trader</source>
        <translation>10 цифр, у ИП — 12</translation>
    </message>
    <message>
        <source>none for a sole trader</source>
        <translation>у ИП нет</translation>
    </message>
    <message>
        <source>Images for documents</source>
        <translation>Изображения для документов</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</translation>
    </message>
    <message>
        <source>A stamp and a signature look best as PNG with a transparent background.</source>
        <translation>Печать и подпись лучше всего выглядят в PNG с прозрачным фоном.</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation>Двойной щелчок вставляет поле в позицию курсора</translation>
    </message>
    <message>
        <source>Inside {{#items}} … {{/items}}: one line item</source>
        <translation>Внутри {{#items}} … {{/items}}: одна позиция</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Сохранить шаблон</translation>
    </message>
    <message>
        <source>Save &amp;as new…</source>
        <translation>Сохранить &amp;как новый…</translation>
    </message>
    <message>
        <source>Mustache HTML: {{field}} prints a value, HTML-escaped; {{#field}} … {{/field}} prints its inside only when the field has a value, {{^field}} … {{/field}} only when it has none. A field used outside such a test must be filled in, or the proposal is not made.</source>
        <translation>HTML с Mustache: {{field}} выводит значение поля (с экранированием HTML); {{#field}} … {{/field}} выводит содержимое, только если у поля есть значение, {{^field}} … {{/field}} — только если значения нет. Поле вне такой проверки должно быть заполнено, иначе предложение не составляется.</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Шаблоны:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Поля:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation>Не удалось взять изображение</translation>
    </message>
    <message>
        <source>%1 cannot be read or is over 5 MB.</source>
        <translation>%1 не читается или больше 5 МБ.</translation>
    </message>
    <message>
        <source>%1 is not an image Clientele can read.</source>
        <translation>%1 — не изображение, которое Clientele может прочитать.</translation>
    </message>
    <message>
        <source>Cannot save the requisites</source>
        <translation>Не удалось сохранить реквизиты</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (изменён)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <source>&amp;Restore built-in</source>
        <translation>&amp;Вернуть встроенный</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Не удалось сохранить шаблон</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Сохранить шаблон как</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Название нового шаблона:</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; exists. Replace it?</source>
        <translation>Шаблон «%1» уже есть. Заменить его?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Put back the built-in template &quot;%1&quot;? Your changes to it are lost.</source>
        <translation>Вернуть встроенный шаблон «%1»? Ваши изменения в нём пропадут.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Удалить шаблон «%1»?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cannot remove the template</source>
        <translation>Не удалось удалить шаблон</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Приложить файл…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Attach the commercial &amp;proposal (PDF)</source>
        <translation>Приложить коммерческое &amp;предложение (PDF)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Отправить SMS</translation>
    </message>
    <message>
        <source>Type the message, or choose a template; {{contact.first_name}} and the other placeholders of templates work here too.</source>
        <translation>Напишите сообщение или выберите шаблон; {{contact.first_name}} и другие подстановки шаблонов работают и здесь.</translation>
    </message>
    <message>
        <source>What the message is about</source>
        <translation>О чём сообщение</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>The proposal cannot be made until these are filled in:</source>
        <translation>Предложение не составить, пока не заполнены:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Не удаётся приложить файл</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This template would leave a hole in the message; empty:</source>
        <translation>Этот шаблон оставит в сообщении пропуск; пусто:</translation>
    </message>
    <message>
        <source>Cannot send the message</source>
        <translation>Не удаётся отправить сообщение</translation>
    </message>
    <message>
        <source>The client has no e-mail address: add one on the card.</source>
        <translation>У клиента нет адреса e-mail: добавьте его в карточке.</translation>
    </message>
    <message>
        <source>The client has no phone number: add one on the card.</source>
        <translation>У клиента нет телефона: добавьте его в карточке.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message>
        <source>The message needs a subject.</source>
        <translation>У письма должна быть тема.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>The message is held: it would have a hole where these are empty:</source>
        <translation>Сообщение задержано: в нём остался бы пропуск там, где пусто:</translation>
    </message>
    <message>
        <source>Cannot attach the proposal</source>
        <translation>Не удаётся приложить предложение</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка на %1…</translation>
    </message>
    <message>
        <source>Sent. The server answered: %1</source>
        <translation>Отправлено. Ответ сервера: %1</translation>
    </message>
    <message>
        <source>Send &amp;another</source>
        <translation>Отправить &amp;ещё</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. The message waits in the outbox and is tried again later; Send tries it now.</source>
        <translation>Пока не отправлено: %1. Сообщение ждёт в исходящих и будет отправлено позже; «Отправить» пробует сейчас.</translation>
    </message>
    <message>
        <source>Not sent: the server refused it: %1</source>
        <translation>Не отправлено: сервер отказал: %1</translation>
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
    <message>
        <source>Does not want e-mail</source>
        <translation>Не хочет e-mail</translation>
    </message>
    <message>
        <source>Does not want SMS</source>
        <translation>Не хочет SMS</translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>Отправить SMS…</translation>
    </message>
    <message>
        <source>Left out of mailings by this channel, and no single message goes either</source>
        <translation>Исключается из рассылок по этому каналу, и отдельные сообщения тоже не уходят</translation>
    </message>
    <message>
        <source>Mailings:</source>
        <translation>Рассылки:</translation>
    </message>
    <message>
        <source>Change mailing consent</source>
        <translation>Изменить согласие на рассылки</translation>
    </message>
</context>
<context>
    <name>CsvPreviewPage</name>
    <message>
        <source>Check the text</source>
        <translation>Проверьте текст</translation>
    </message>
    <message>
        <source>The first rows as Clientele reads them. If the letters look wrong or the columns do not split, choose another encoding or delimiter.</source>
        <translation>Первые строки файла в том виде, как их читает Clientele. Если буквы отображаются неправильно или столбцы не разделяются, выберите другую кодировку или другой разделитель.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <source>Cyrillic (windows-1251)</source>
        <translation>Кириллица (windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>The numbers on the left are the lines of the file.</source>
        <translation>Числа слева — номера строк файла.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Reading the whole file… %1 %</source>
        <translation>Чтение всего файла… %1 %</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Определено: %1, %2</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(столбец %1)</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Чтение всего файла…</translation>
    </message>
    <message numerus="yes">
        <source>The whole file reads well: %Ln row(s) under the header.</source>
        <translation>
            <numerusform>Весь файл читается без ошибок: %Ln строка под заголовком.</numerusform>
            <numerusform>Весь файл читается без ошибок: %Ln строки под заголовком.</numerusform>
            <numerusform>Весь файл читается без ошибок: %Ln строк под заголовком.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported as it is read now:
%1
Try another encoding or delimiter, or fix the file.</source>
        <translation>При текущих настройках чтения этот файл нельзя импортировать:
%1
Попробуйте другую кодировку или другой разделитель либо исправьте файл.</translation>
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
    <message>
        <source>more than %1 columns</source>
        <translation>больше %1 столбцов</translation>
    </message>
    <message>
        <source>row longer than %1 MiB</source>
        <translation>строка длиннее %1 МиБ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open the deals board</source>
        <translation>Открыть доску сделок</translation>
    </message>
    <message>
        <source>The deals won this month</source>
        <translation>Сделки, выигранные в этом месяце</translation>
    </message>
    <message>
        <source>The deals won last month</source>
        <translation>Сделки, выигранные в прошлом месяце</translation>
    </message>
    <message>
        <source>Open My tasks</source>
        <translation>Открыть «Мои задачи»</translation>
    </message>
    <message>
        <source>Open today in the calendar</source>
        <translation>Открыть сегодняшний день в календаре</translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation>Открытые сделки по этапам</translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation>Не удалось найти сделки</translation>
    </message>
    <message>
        <source>Open deals in «%1»</source>
        <translation>Открытые сделки на этапе «%1»</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Won this month: %1
%2%3</source>
        <translation>Выиграно в этом месяце: %1
%2%3</translation>
    </message>
    <message>
        <source>Won last month: %1
%2</source>
        <translation>Выиграно в прошлом месяце: %1
%2</translation>
    </message>
    <message>
        <source>Overdue tasks: %1</source>
        <translation>Просроченные задачи: %1</translation>
    </message>
    <message>
        <source>Events today: %1</source>
        <translation>События сегодня: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open deals, weighted</source>
        <translation>Открытые сделки, с учётом вероятности</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <source>Won last month</source>
        <translation>Выиграно в прошлом месяце</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Events today</source>
        <translation>События сегодня</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>Выиграно: %1</translation>
    </message>
    <message>
        <source>Open deals: %1
%2
weighted %3</source>
        <translation>Открытые сделки: %1
%2
с учётом вероятности %3</translation>
    </message>
    <message>
        <source>Open deals: %1</source>
        <translation>Открытые сделки: %1</translation>
    </message>
    <message>
        <source>Won this month: %1</source>
        <translation>Выиграно в этом месяце: %1</translation>
    </message>
    <message>
        <source>Won last month: %1</source>
        <translation>Выиграно в прошлом месяце: %1</translation>
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
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>База данных %1 повреждена: %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Clientele one.</source>
        <translation>Файл %1 — база данных SQLite другой программы, а не Clientele.</translation>
    </message>
    <message>
        <source>It was not changed: restore a backup, or open another file.</source>
        <translation>Файл не изменён: восстановите резервную копию или откройте другой файл.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Освободите место на диске и повторите.</translation>
    </message>
    <message>
        <source>the disk is full or the file cannot grow any larger</source>
        <translation>диск заполнен или файл не может больше расти</translation>
    </message>
    <message>
        <source>the file cannot grow: it has reached the largest file size this program may write (%1, set with ulimit -f)</source>
        <translation>файл не может расти: он достиг наибольшего размера файла, который разрешено записывать этой программе (%1, задаётся через ulimit -f)</translation>
    </message>
    <message>
        <source>Raise the file size limit and try again.</source>
        <translation>Увеличьте ограничение размера файла и повторите.</translation>
    </message>
    <message>
        <source>the disk refused the write (the file may have reached the largest size the drive allows, or the drive failed or was removed)</source>
        <translation>диск отказал в записи (возможно, файл достиг наибольшего размера, допустимого на этом диске, или диск неисправен либо отключён)</translation>
    </message>
    <message>
        <source>Check the drive and try again.</source>
        <translation>Проверьте диск и повторите.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>Get write permission on the file and its folder and try again.</source>
        <translation>Получите право на запись в файл и его папку и повторите.</translation>
    </message>
    <message>
        <source>the file or its folder cannot be reached (deleted, moved, or its drive removed)</source>
        <translation>файл или его папка недоступны (удалены, перемещены или диск отключён)</translation>
    </message>
    <message>
        <source>Make the file reachable again and try again.</source>
        <translation>Верните доступ к файлу и повторите.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2. This change was not saved; everything saved before is intact. %3
(SQLite: %4)</source>
        <translation>Не удалось записать в базу данных %1: %2. Это изменение не сохранено; всё, что было сохранено раньше, цело. %3
(SQLite: %4)</translation>
    </message>
    <message>
        <source>The folder %1 is read-only for you, so the database %2 cannot be opened for work: Clientele writes its lock and journal files beside the database. Get write permission on the folder, or copy the database into a folder of yours and open the copy. Nothing was changed.</source>
        <translation>Папка %1 доступна вам только для чтения, поэтому базу данных %2 нельзя открыть для работы: Clientele хранит рядом с базой файл блокировки и журнал. Получите право на запись в папку или скопируйте базу в свою папку и откройте копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (its permissions or its drive do not allow writing), so it cannot be opened for work. Get write permission on the file, or copy it into a folder of yours and open the copy. Nothing was changed.</source>
        <translation>База данных %1 доступна вам только для чтения (запись запрещена правами на файл или самим диском), поэтому её нельзя открыть для работы. Получите право на запись в файл или скопируйте его в свою папку и откройте копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the database; check that its folder can be written and the disk is not full.</source>
        <translation>Не удалось создать файл блокировки %1.lock рядом с базой данных; проверьте, что в её папку можно писать и диск не заполнен.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>and %n more like these</source>
        <translation>
            <numerusform>и ещё %n такая же</numerusform>
            <numerusform>и ещё %n такие же</numerusform>
            <numerusform>и ещё %n таких же</numerusform>
        </translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation>ссылается на несуществующую строку %1</translation>
    </message>
    <message>
        <source>the search index does not match its text: %1</source>
        <translation>поисковый индекс не совпадает со своим текстом: %1</translation>
    </message>
    <message>
        <source>the client is missing from the search index</source>
        <translation>клиента нет в поисковом индексе</translation>
    </message>
    <message>
        <source>the search index has a row for no client</source>
        <translation>в поисковом индексе строка без клиента</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file %1 is not an SQLite database: it does not begin like one.</source>
        <translation>Файл %1 — не база данных SQLite: он начинается не так, как она.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is cut short: the file ends inside its header, at %n byte(s).</source>
        <translation>
            <numerusform>База данных %1 обрезана: файл кончается внутри заголовка, на %n байте.</numerusform>
            <numerusform>База данных %1 обрезана: файл кончается внутри заголовка, на %n байтах.</numerusform>
            <numerusform>База данных %1 обрезана: файл кончается внутри заголовка, на %n байтах.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is not valid.</source>
        <translation>База данных %1 повреждена: её заголовок недействителен.</translation>
    </message>
    <message>
        <source>The database %1 is cut short: it should be %2 bytes long but is %3; the end of it is missing.</source>
        <translation>База данных %1 обрезана: её длина должна быть %2 байт, а она %3; конец файла потерян.</translation>
    </message>
    <message>
        <source>The database %1 is cut short: it ends in the middle of a page.</source>
        <translation>База данных %1 обрезана: файл кончается посреди страницы.</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Clientele cannot start</source>
        <translation>Clientele не может запуститься</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Базу данных нельзя открыть</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database is restored from %1.
The file it replaced is kept as %2.</source>
        <translation>База данных восстановлена из %1.
Файл, который она заменила, сохранён как %2.</translation>
    </message>
    <message>
        <source>You can put a backup in its place: the file is then kept beside it, unchanged, with “.replaced-” and the date added to its name.</source>
        <translation>Можно поставить на её место резервную копию: сам файл останется рядом, без изменений, с «.replaced-» и датой в конце имени.</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>Cannot move the deal</source>
        <translation>Не удалось перевести сделку</translation>
    </message>
    <message>
        <source>Move without the required tasks</source>
        <translation>Перевод без обязательных задач</translation>
    </message>
    <message>
        <source>The required tasks of «%1» are not done:
%2

Why does the deal move on without them?</source>
        <translation>Обязательные задачи этапа «%1» не выполнены:
%2

Почему сделка переходит дальше без них?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Cannot close the deal</source>
        <translation>Не удалось закрыть сделку</translation>
    </message>
    <message>
        <source>Cannot reopen the deal</source>
        <translation>Не удалось вернуть сделку в работу</translation>
    </message>
    <message>
        <source>Cannot delete the deal</source>
        <translation>Не удалось удалить сделку</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Удаление сделки</translation>
    </message>
    <message>
        <source>Delete «%1» with its line items, stage history and tasks? This cannot be undone; a lost deal is better marked as lost.</source>
        <translation>Удалить «%1» вместе с товарными позициями, историей этапов и задачами? Это нельзя отменить; сорвавшуюся сделку лучше отметить как проигранную.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Не удалось отметить задачу выполненной</translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>Drop here: won</source>
        <translation>Перетащите сюда: выиграна</translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation>Перетащите сюда: проиграна</translation>
    </message>
    <message>
        <source>Drop a card here to close the deal as won</source>
        <translation>Перетащите карточку сюда, чтобы закрыть сделку как выигранную</translation>
    </message>
    <message>
        <source>Drop a card here to close the deal as lost, with the reason</source>
        <translation>Перетащите карточку сюда, чтобы закрыть сделку как проигранную с указанием причины</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>new in stage</source>
        <translation>новая на этапе</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n день на этапе</numerusform>
            <numerusform>%n дня на этапе</numerusform>
            <numerusform>%n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Нет следующего шага</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>deal needs add, move, won, lost, reopen, item, list or show</source>
        <translation>deal: нужно add, move, won, lost, reopen, item, list или show</translation>
    </message>
    <message>
        <source>unknown deal command &quot;%1&quot;</source>
        <translation>неизвестная команда deal «%1»</translation>
    </message>
    <message>
        <source>deal item needs add</source>
        <translation>deal item: нужно add</translation>
    </message>
    <message>
        <source>deal %1 needs a deal id</source>
        <translation>deal %1: нужен номер сделки</translation>
    </message>
    <message>
        <source>deal add needs --client ID</source>
        <translation>deal add: нужен --client ID</translation>
    </message>
    <message>
        <source>deal add needs --title</source>
        <translation>deal add: нужен --title</translation>
    </message>
    <message>
        <source>--contact needs a contact id</source>
        <translation>--contact: нужен номер контактного лица</translation>
    </message>
    <message>
        <source>--kind must be manual, process or simple</source>
        <translation>--kind: manual, process или simple</translation>
    </message>
    <message>
        <source>there is no pipeline &quot;%1&quot;</source>
        <translation>воронки «%1» нет</translation>
    </message>
    <message>
        <source>there is no stage &quot;%1&quot;</source>
        <translation>этапа «%1» нет</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1234.50</source>
        <translation>--amount: нужна сумма, например 1234.50</translation>
    </message>
    <message>
        <source>--budget needs an amount such as 1234.50</source>
        <translation>--budget: нужна сумма, например 1234.50</translation>
    </message>
    <message>
        <source>--probability needs a number from 0 to 100</source>
        <translation>--probability: нужно число от 0 до 100</translation>
    </message>
    <message>
        <source>--expected needs a date such as 2026-12-31 or 31.12.2026</source>
        <translation>--expected: нужна дата, например 2026-12-31 или 31.12.2026</translation>
    </message>
    <message>
        <source>deal move needs --stage NAME</source>
        <translation>deal move: нужен --stage ЭТАП</translation>
    </message>
    <message>
        <source>there is no stage &quot;%1&quot; in the pipeline &quot;%2&quot;</source>
        <translation>в воронке «%2» нет этапа «%1»</translation>
    </message>
    <message>
        <source>deal lost needs --reason R</source>
        <translation>deal lost: нужна --reason ПРИЧИНА</translation>
    </message>
    <message>
        <source>there is no loss reason &quot;%1&quot;; the reasons are: %2</source>
        <translation>причины проигрыша «%1» нет; есть такие: %2</translation>
    </message>
    <message>
        <source>deal item add needs --product NAME</source>
        <translation>deal item add: нужен --product НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>--quantity needs a number above 0 such as 2.5</source>
        <translation>--quantity: нужно число больше 0, например 2.5</translation>
    </message>
    <message>
        <source>--price needs an amount such as 1234.50</source>
        <translation>--price: нужна сумма, например 1234.50</translation>
    </message>
    <message>
        <source>--price is needed for a product not in the catalogue</source>
        <translation>для товара не из каталога нужна --price</translation>
    </message>
    <message>
        <source>--discount needs a percentage from 0 to 100</source>
        <translation>--discount: нужен процент от 0 до 100</translation>
    </message>
    <message>
        <source>--vat needs a percentage from 0 to 100, or none</source>
        <translation>--vat: нужен процент от 0 до 100 или none</translation>
    </message>
    <message>
        <source>%1: %2, line total %3</source>
        <translation>%1: %2, сумма строки %3</translation>
    </message>
    <message>
        <source>--status must be open, won or lost</source>
        <translation>--status: open, won или lost</translation>
    </message>
    <message>
        <source>--client needs a client id</source>
        <translation>--client: нужен номер клиента</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit: нужно число</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>DealDetailsPage</name>
    <message>
        <source>Process: the stage&apos;s tasks move it on</source>
        <translation>Процессная: задачи этапа ведут её дальше</translation>
    </message>
    <message>
        <source>Simple: only its start and end are recorded</source>
        <translation>Простая: фиксируются только начало и конец</translation>
    </message>
    <message>
        <source>Manual: moved by hand</source>
        <translation>Ручная: этапы меняются вручную</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>What the client came for</source>
        <translation>За чем пришёл клиент</translation>
    </message>
    <message>
        <source>Requirements, deadlines, who decides</source>
        <translation>Требования, сроки, кто принимает решение</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>No expected date</source>
        <translation>Без ожидаемой даты</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Probabilit&amp;y:</source>
        <translation>Веро&amp;ятность:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Client&apos;s b&amp;udget:</source>
        <translation>&amp;Бюджет клиента:</translation>
    </message>
    <message>
        <source>Primary &amp;interest:</source>
        <translation>Перви&amp;чный интерес:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Потребности:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>Источни&amp;к:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Ожи&amp;даемое закрытие:</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>За&amp;метки:</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>интерес</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ответственного</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>потребности</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation>Изменить ответственного</translation>
    </message>
    <message>
        <source>Edit amount</source>
        <translation>Изменить сумму</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>Изменить бюджет</translation>
    </message>
    <message>
        <source>Edit probability</source>
        <translation>Изменить вероятность</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Изменить валюту</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Изменить вид сделки</translation>
    </message>
    <message>
        <source>Change contact person</source>
        <translation>Изменить контактное лицо</translation>
    </message>
    <message>
        <source>Edit expected close</source>
        <translation>Изменить ожидаемую дату закрытия</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Moving the deal is recorded in its stage history at once</source>
        <translation>Перевод сделки сразу записывается в историю этапов</translation>
    </message>
    <message>
        <source>Reopen the deal to move it</source>
        <translation>Чтобы перевести сделку, верните её в работу</translation>
    </message>
    <message>
        <source>the stage&apos;s: %1 %</source>
        <translation>по этапу: %1 %</translation>
    </message>
    <message>
        <source>Won on %1, final amount %2</source>
        <translation>Выиграна %1, итоговая сумма %2</translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation>Проиграна %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1; in the stage since %2 (%n day(s))</source>
        <translation>
            <numerusform>Создана %1; на этапе с %2 (%n день)</numerusform>
            <numerusform>Создана %1; на этапе с %2 (%n дня)</numerusform>
            <numerusform>Создана %1; на этапе с %2 (%n дней)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealFilesPage</name>
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
        <source>Drop files on the deal to attach them (up to 50 MB each); they are also among the client&apos;s files.</source>
        <translation>Перетащите файлы на сделку, чтобы прикрепить их (до 50 МБ каждый); они появятся и среди файлов клиента.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Remove «%1» from the deal&apos;s and the client&apos;s files?</source>
        <translation>Удалить «%1» из файлов сделки и клиента?</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>Не удалось удалить файл</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не прикреплены</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>Search deals: title or client</source>
        <translation>Поиск сделок: название или клиент</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Deals created in this period</source>
        <translation>Сделки, созданные в этот период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The client&apos;s tag</source>
        <translation>Тег клиента</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигранные</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигранные</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Show every deal again</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>&amp;Выиграна…</translation>
    </message>
    <message>
        <source>Close the deal as won, with the final amount</source>
        <translation>Закрыть сделку как выигранную с итоговой суммой</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Проиграна…</translation>
    </message>
    <message>
        <source>Close the deal as lost, with the reason</source>
        <translation>Закрыть сделку как проигранную с причиной проигрыша</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Вернуть в раб&amp;оту</translation>
    </message>
    <message>
        <source>Open the closed deal again, in the stage it was closed in</source>
        <translation>Вернуть закрытую сделку в работу на том этапе, где она была закрыта</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>&amp;Удалить сделку…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the deal card</source>
        <translation>Закрыть карточку сделки</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Основное</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>Cannot open the deal</source>
        <translation>Не удалось открыть сделку</translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation>Сделка без названия</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Открыть карточку клиента</translation>
    </message>
    <message>
        <source>Cannot save the deal</source>
        <translation>Не удалось сохранить сделку</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The deal «%1» has unsaved changes. Save them?</source>
        <translation>В сделке «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>I&amp;nteractions</source>
        <translation>Вз&amp;аимодействия</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation>П&amp;редложение…</translation>
    </message>
    <message>
        <source>Create a commercial proposal of the deal&apos;s products, as PDF or print</source>
        <translation>Коммерческое предложение по товарам сделки: PDF или печать</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Write &amp;e-mail…</source>
        <translation>Написать &amp;письмо…</translation>
    </message>
    <message>
        <source>An e-mail to the deal&apos;s client, with the proposal attached if you like</source>
        <translation>Письмо клиенту сделки, при желании с приложенным предложением</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>Отправить S&amp;MS…</translation>
    </message>
</context>
<context>
    <name>DealHistoryPage</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (на этапе «%2»)</translation>
    </message>
</context>
<context>
    <name>DealInteractionsPage</name>
    <message>
        <source>Nothing recorded about this deal yet. Record a call or a meeting to remember what was agreed.</source>
        <translation>По этой сделке пока ничего не записано. Запишите звонок или встречу, чтобы не забыть, о чём договорились.</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>За&amp;писать…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
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
        <source>Cannot save the interaction</source>
        <translation>Не удалось сохранить взаимодействие</translation>
    </message>
</context>
<context>
    <name>DealItemsPage</name>
    <message>
        <source>No products yet. Add the products the client is interested in: their total can become the deal&apos;s amount.</source>
        <translation>Товаров пока нет. Добавьте товары, которые интересуют клиента: их итог можно сделать суммой сделки.</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Use the total as the amount</source>
        <translation>Ито&amp;г — в сумму сделки</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>VAT is inside the price; leave VAT empty for goods without it</source>
        <translation>НДС входит в цену; для товаров без НДС оставьте ставку пустой</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Amount from the line items</source>
        <translation>Сумма по товарам</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>Артикул %1</translation>
    </message>
    <message>
        <source>Total %1, VAT included %2</source>
        <translation>Итого %1, в том числе НДС %2</translation>
    </message>
    <message>
        <source>Set the deal&apos;s amount to %1</source>
        <translation>Сделать суммой сделки %1</translation>
    </message>
    <message>
        <source>Edit line item</source>
        <translation>Изменить товарную позицию</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Сделки с номером %1 нет.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>A deal needs a client.</source>
        <translation>У сделки должен быть клиент.</translation>
    </message>
    <message>
        <source>The probability must be from 0 to 100.</source>
        <translation>Вероятность должна быть от 0 до 100.</translation>
    </message>
    <message>
        <source>Amounts must not be negative.</source>
        <translation>Суммы не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as RUB.</source>
        <translation>Валюта — трёхбуквенный код, например RUB.</translation>
    </message>
    <message>
        <source>Every line item needs a product name.</source>
        <translation>У каждой позиции должно быть наименование.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: the quantity must be above 0, the price not negative, the discount and VAT from 0 to 100 %.</source>
        <translation>Позиция «%1»: количество должно быть больше 0, цена — не отрицательной, скидка и НДС — от 0 до 100 %.</translation>
    </message>
    <message>
        <source>There is no pipeline; add one in the settings.</source>
        <translation>Воронок нет; добавьте воронку в настройках.</translation>
    </message>
    <message>
        <source>There is no pipeline with id %1.</source>
        <translation>Воронки с номером %1 нет.</translation>
    </message>
    <message>
        <source>The stage is not one of the pipeline &quot;%1&quot;.</source>
        <translation>Этап не из воронки «%1».</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Клиента с номером %1 нет.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is closed; reopen it first.</source>
        <translation>Сделка «%1» закрыта; сначала откройте её снова.</translation>
    </message>
    <message>
        <source>The required tasks of &quot;%1&quot; are not done (%2); give a reason to move the deal by hand.</source>
        <translation>Обязательные задачи этапа «%1» не выполнены (%2); чтобы перевести сделку вручную, укажите причину.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is closed already.</source>
        <translation>Сделка «%1» уже закрыта.</translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason.</source>
        <translation>Для проигранной сделки нужна причина проигрыша.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is open already.</source>
        <translation>Сделка «%1» уже открыта.</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыта снова</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Задачи с номером %1 нет.</translation>
    </message>
    <message>
        <source>the deal moved to &quot;%1&quot;</source>
        <translation>сделка перешла на этап «%1»</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>DealTasksPage</name>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>waiting for the check</source>
        <translation>ждёт проверки</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <source>open</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>No tasks yet. Plan the next step, so the deal does not stall.</source>
        <translation>Задач пока нет. Запланируйте следующий шаг, чтобы сделка не застряла.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Добавить задачу</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Next step, e.g. Call back about the contract</source>
        <translation>Следующий шаг, например: перезвонить по договору</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (обязательная)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Не удалось добавить задачу</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <source>Start a deal with a client (Ctrl+Shift+N)</source>
        <translation>Начать сделку с клиентом (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>The deals as cards in the stages&apos; columns</source>
        <translation>Сделки карточками в колонках этапов</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>The same deals as a sortable table, won and lost ones too</source>
        <translation>Те же сделки таблицей с сортировкой, в том числе выигранные и проигранные</translation>
    </message>
    <message>
        <source>Cannot create the default pipeline</source>
        <translation>Не удалось создать воронку по умолчанию</translation>
    </message>
    <message>
        <source>No deals yet.
A deal follows one sale from the first call to the payment. Add your clients first (in Clients), then start a deal with one.</source>
        <translation>Сделок пока нет.
Сделка ведёт одну продажу от первого звонка до оплаты. Сначала добавьте клиентов (в разделе «Клиенты»), затем начните сделку с одним из них.</translation>
    </message>
    <message>
        <source>No deals yet.
A deal follows one sale from the first call to the payment: start one for a client, then drag its card across the stages.</source>
        <translation>Сделок пока нет.
Сделка ведёт одну продажу от первого звонка до оплаты: начните сделку с клиентом и перетаскивайте её карточку по этапам.</translation>
    </message>
    <message>
        <source>Show all deals</source>
        <translation>Показать все сделки</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n сделка</numerusform>
            <numerusform>%1: %n сделки</numerusform>
            <numerusform>%1: %n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDeals</name>
    <message>
        <source>Paper A4, 500 sheets</source>
        <translation>Бумага A4, 500 листов</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>пач.</translation>
    </message>
    <message>
        <source>Laser printer</source>
        <translation>Лазерный принтер</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>Toner cartridge</source>
        <translation>Картридж с тонером</translation>
    </message>
    <message>
        <source>Laptop 15&quot;</source>
        <translation>Ноутбук 15&quot;</translation>
    </message>
    <message>
        <source>Monitor 27&quot;</source>
        <translation>Монитор 27&quot;</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Монтаж</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>Сервисный договор</translation>
    </message>
    <message>
        <source>month</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation>Оргтехника</translation>
    </message>
    <message>
        <source>Paper supply</source>
        <translation>Поставка бумаги</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Новый офис</translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation>Пилотный проект</translation>
    </message>
    <message>
        <source>Annual supply</source>
        <translation>Годовая поставка</translation>
    </message>
    <message>
        <source>Printer fleet</source>
        <translation>Парк принтеров</translation>
    </message>
    <message>
        <source>Laptops for sales</source>
        <translation>Ноутбуки для отдела продаж</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Repeat customer</source>
        <translation>Постоянный клиент</translation>
    </message>
    <message>
        <source>Anna Smirnova</source>
        <translation>Анна Смирнова</translation>
    </message>
    <message>
        <source>Ivan Petrov</source>
        <translation>Иван Петров</translation>
    </message>
    <message>
        <source>Olga Kuznetsova</source>
        <translation>Ольга Кузнецова</translation>
    </message>
    <message>
        <source>Call to confirm the needs</source>
        <translation>Позвонить и уточнить потребности</translation>
    </message>
    <message>
        <source>Send the proposal</source>
        <translation>Отправить коммерческое предложение</translation>
    </message>
    <message>
        <source>Meeting at the client&apos;s office</source>
        <translation>Встреча в офисе клиента</translation>
    </message>
    <message>
        <source>Agree on the contract</source>
        <translation>Согласовать договор</translation>
    </message>
    <message>
        <source>Issue the invoice</source>
        <translation>Выставить счёт</translation>
    </message>
</context>
<context>
    <name>DemoEvents</name>
    <message>
        <source>Sales team meeting</source>
        <translation>Планёрка отдела продаж</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Переговорная</translation>
    </message>
    <message>
        <source>Monthly sales report</source>
        <translation>Ежемесячный отчёт о продажах</translation>
    </message>
    <message>
        <source>Industry exhibition</source>
        <translation>Отраслевая выставка</translation>
    </message>
    <message>
        <source>Expo centre</source>
        <translation>Экспоцентр</translation>
    </message>
    <message>
        <source>Meeting at %1</source>
        <translation>Встреча в %1</translation>
    </message>
    <message>
        <source>Presentation for %1</source>
        <translation>Презентация для %1</translation>
    </message>
    <message>
        <source>Contract talks with %1</source>
        <translation>Переговоры по договору с %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Позвонить: %1</translation>
    </message>
    <message>
        <source>At the client&apos;s office</source>
        <translation>В офисе клиента</translation>
    </message>
    <message>
        <source>Meeting with the client</source>
        <translation>Встреча с клиентом</translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation>Позвонить клиенту</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Contract talks</source>
        <translation>Согласование договора</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Выезд к клиенту</translation>
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
    <name>DemoTasks</name>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Помощник</translation>
    </message>
    <message>
        <source>Call back about the invoice</source>
        <translation>Перезвонить по счёту</translation>
    </message>
    <message>
        <source>Send the price list</source>
        <translation>Отправить прайс-лист</translation>
    </message>
    <message>
        <source>Prepare the proposal for the tender</source>
        <translation>Подготовить КП для тендера</translation>
    </message>
    <message>
        <source>Congratulate on the company&apos;s anniversary</source>
        <translation>Поздравить с юбилеем компании</translation>
    </message>
    <message>
        <source>Meeting about the delivery terms</source>
        <translation>Встреча об условиях поставки</translation>
    </message>
    <message>
        <source>Check the payment</source>
        <translation>Проверить оплату</translation>
    </message>
    <message>
        <source>Update the contact details</source>
        <translation>Обновить контактные данные</translation>
    </message>
    <message>
        <source>Collect the signed contract</source>
        <translation>Забрать подписанный договор</translation>
    </message>
    <message>
        <source>Draft the commercial proposal</source>
        <translation>Составить коммерческое предложение</translation>
    </message>
    <message>
        <source>Book the meeting room</source>
        <translation>Забронировать переговорную</translation>
    </message>
    <message>
        <source>Reconcile the accounts</source>
        <translation>Провести сверку взаиморасчётов</translation>
    </message>
    <message>
        <source>The last page is not signed; please collect it again.</source>
        <translation>Последняя страница не подписана, заберите договор ещё раз.</translation>
    </message>
    <message>
        <source>Add the requisites to the proposal</source>
        <translation>Добавить реквизиты в КП</translation>
    </message>
    <message>
        <source>The bank details are missing.</source>
        <translation>Нет банковских реквизитов.</translation>
    </message>
    <message>
        <source>Weekly sales report</source>
        <translation>Еженедельный отчёт о продажах</translation>
    </message>
    <message>
        <source>Prepare the proposal</source>
        <translation>Подготовить коммерческое предложение</translation>
    </message>
    <message>
        <source>Agree on the delivery date</source>
        <translation>Согласовать срок поставки</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Deals are not ready</source>
        <translation>Сделки недоступны</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database cannot be opened again: %1</source>
        <translation>Базу данных не удалось открыть снова: %1</translation>
    </message>
    <message>
        <source>The database is restored from %1.
The database it replaced is kept as %2.</source>
        <translation>База данных восстановлена из %1.
Заменённая база сохранена как %2.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>The database file %1 has been deleted or moved away, or its folder or drive is gone.

Everything saved so far is still open in Clientele, but it is lost when Clientele closes unless you save a copy. Clientele then goes on working with the copy.</source>
        <translation>Файл базы данных %1 удалён или перемещён, либо пропала его папка или диск.

Всё сохранённое до сих пор ещё открыто в Clientele, но пропадёт при закрытии программы, если не сохранить копию. После этого Clientele продолжит работу с копией.</translation>
    </message>
    <message>
        <source>The database file is gone</source>
        <translation>Файл базы данных пропал</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Сохранить копию базы данных</translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Clientele (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>The database is saved as %1; Clientele now works with it.</source>
        <translation>База данных сохранена как %1; теперь Clientele работает с ней.</translation>
    </message>
    <message>
        <source>Clientele opens %1 when it starts: to go on with the copy next time, move it there, or start Clientele with --db %2.</source>
        <translation>При запуске Clientele открывает %1: чтобы в следующий раз продолжить работу с копией, переместите её туда или запустите Clientele с параметром --db %2.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Выйти без сохранения</translation>
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
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>Edit birthday</source>
        <translation>изменение даты рождения</translation>
    </message>
    <message>
        <source>Does not want e-mail</source>
        <translation>Не хочет e-mail</translation>
    </message>
    <message>
        <source>Does not want SMS</source>
        <translation>Не хочет SMS</translation>
    </message>
    <message>
        <source>Left out of mailings by this channel, and no single message goes either</source>
        <translation>Исключается из рассылок по этому каналу, и отдельные сообщения тоже не уходят</translation>
    </message>
</context>
<context>
    <name>DocumentTemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>У шаблона должно быть название.</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>В шаблоне ошибка: %1</translation>
    </message>
    <message>
        <source>{{%1}} would be put into the HTML unescaped: write {{%1}} with two braces.</source>
        <translation>{{%1}} попало бы в HTML без экранирования: пишите {{%1}} в двух фигурных скобках.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>phone %1</source>
        <translation>телефон %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>name «%1»</source>
        <translation>наименование «%1»</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge into the kept client</source>
        <translation>&amp;Объединить с оставляемым клиентом</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>Отменить последнее &amp;слияние</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
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
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
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
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Ост&amp;авить:</translation>
    </message>
    <message>
        <source>Clients that share a phone, an e-mail, an INN or a company name. Check the ones that are the same, choose which one to keep and merge: contacts, interactions and files move to the kept client, which keeps its own values.</source>
        <translation>Клиенты с одинаковым телефоном, e-mail, ИНН или наименованием компании. Отметьте тех, кто совпадает, выберите, кого оставить, и выполните слияние: контактные лица, взаимодействия и файлы перейдут к оставляемому клиенту, а его собственные значения сохранятся.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>Find duplicates: %n group(s)</source>
        <translation>
            <numerusform>Поиск дубликатов: %n группа</numerusform>
            <numerusform>Поиск дубликатов: %n группы</numerusform>
            <numerusform>Поиск дубликатов: %n групп</numerusform>
        </translation>
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
        <source>the oldest</source>
        <translation>самый старый</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Совпадают: %1</translation>
    </message>
    <message>
        <source>Check at least one client besides the kept one.</source>
        <translation>Отметьте хотя бы одного клиента, кроме оставляемого.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n client(s) into «%1».</source>
        <translation>
            <numerusform>К клиенту «%1» присоединён %n клиент.</numerusform>
            <numerusform>К клиенту «%1» присоединены %n клиента.</numerusform>
            <numerusform>К клиенту «%1» присоединено %n клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept its own values: %1</source>
        <translation>Сохранены собственные значения: %1</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Слияние отменено.</translation>
    </message>
    <message>
        <source>Undo the merge into «%1»</source>
        <translation>Отменить слияние с клиентом «%1»</translation>
    </message>
</context>
<context>
    <name>EfficiencyPage</name>
    <message>
        <source>Deal efficiency</source>
        <translation>Эффективность сделок</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>By responsible</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>Nobody responsible</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Won deals and win rate by month</source>
        <translation>Выигранные сделки и доля выигранных по месяцам</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <source>Deals closed in %1</source>
        <translation>Сделки, закрытые в %1</translation>
    </message>
    <message>
        <source>Closed deals from «%1»</source>
        <translation>Закрытые сделки из источника «%1»</translation>
    </message>
    <message>
        <source>Closed deals of %1</source>
        <translation>Закрытые сделки: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation>Не удалось найти сделки</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>at a time…</source>
        <translation>в указанное время…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Напоминание:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>The client has no contact persons.</source>
        <translation>У клиента нет контактных лиц.</translation>
    </message>
    <message>
        <source>Choose a client to invite its contact persons.</source>
        <translation>Выберите клиента, чтобы пригласить его контактных лиц.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation>Время напоминания</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation>У события должно быть название.</translation>
    </message>
    <message>
        <source>An all-day event needs a start date.</source>
        <translation>У события на весь день должна быть дата начала.</translation>
    </message>
    <message>
        <source>The end date %1 of an all-day event must be after its start date %2.</source>
        <translation>Дата окончания %1 события на весь день должна быть позже даты начала %2.</translation>
    </message>
    <message>
        <source>An event needs a start time.</source>
        <translation>У события должно быть время начала.</translation>
    </message>
    <message>
        <source>The end %1 of an event must not be before its start %2.</source>
        <translation>Окончание события %1 не может быть раньше его начала %2.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation>Часовой пояс «%1» неизвестен.</translation>
    </message>
    <message>
        <source>The event to update has no id.</source>
        <translation>У изменяемого события нет номера.</translation>
    </message>
    <message>
        <source>An event with the UID &quot;%1&quot; exists already.</source>
        <translation>Событие с UID «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>События %1 нет.</translation>
    </message>
    <message>
        <source>The attendee %1 is not a contact person.</source>
        <translation>Участник %1 не является контактным лицом.</translation>
    </message>
    <message>
        <source>The event %1 does not repeat; change the event itself.</source>
        <translation>Событие %1 не повторяется; измените само событие.</translation>
    </message>
    <message>
        <source>The event %1 has no occurrence at %2.</source>
        <translation>У события %1 нет повторения в %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>CSV (Excel, LibreOffice)</source>
        <translation>CSV (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>vCard (phones, Google, Outlook)</source>
        <translation>vCard (телефоны, Google, Outlook)</translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation>JSON (для скриптов)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 с BOM (Excel)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 без BOM</translation>
    </message>
    <message>
        <source>windows-1251 (Excel on Russian Windows)</source>
        <translation>windows-1251 (Excel в русской Windows)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in the file</source>
        <translation>Столбец «%1» в файле</translation>
    </message>
    <message>
        <source>Clients in the list as filtered</source>
        <translation>Клиенты из списка с учётом отбора</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Столбцы:</translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation>К&amp;лиенты:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message numerus="yes">
        <source>Selected clients (%n)</source>
        <translation>
            <numerusform>Выбранные клиенты (%n)</numerusform>
            <numerusform>Выбранные клиенты (%n)</numerusform>
            <numerusform>Выбранные клиенты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Отметьте хотя бы один столбец.</translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation>Экспорт клиентов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) have no place in %1 and were written as &quot;?&quot;.</source>
        <translation>
            <numerusform>%n символ отсутствует в кодировке %1 и записан как «?».</numerusform>
            <numerusform>%n символа отсутствуют в кодировке %1 и записаны как «?».</numerusform>
            <numerusform>%n символов отсутствуют в кодировке %1 и записаны как «?».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>the file has a header row and no rows under it</source>
        <translation>в файле есть строка заголовка, но под ней нет ни одной строки</translation>
    </message>
    <message>
        <source>the file has no cards</source>
        <translation>в файле нет ни одной карточки</translation>
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
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Contacts to import</source>
        <translation>Контакты для импорта</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.txt *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Добро пожаловать в Clientele</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>Начать &amp;работу</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Про&amp;пустить</translation>
    </message>
    <message>
        <source>A few questions before the first start; every answer can be changed later in Settings. First, the language of the program:</source>
        <translation>Несколько вопросов перед первым запуском; любой ответ потом можно изменить в настройках. Сначала — язык программы:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>For the header of commercial proposals. Leave it empty if you like: the bank details and the logo are in Settings › Our company.</source>
        <translation>Для шапки коммерческих предложений. Можно оставить пустым: банковские реквизиты и логотип — в Настройках › Наша компания.</translation>
    </message>
    <message>
        <source>Who works here</source>
        <translation>Кто здесь работает</translation>
    </message>
    <message>
        <source>The tasks you give and the deals you lead are in this name; colleagues can be added later in Settings › People.</source>
        <translation>От этого имени ставятся ваши задачи и ведутся ваши сделки; коллег можно добавить потом в Настройках › Сотрудники.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>The base is empty. Begin with:</source>
        <translation>База пока пуста. Начать:</translation>
    </message>
    <message>
        <source>&amp;An empty base</source>
        <translation>С пу&amp;стой базы</translation>
    </message>
    <message>
        <source>&amp;Demo data to look around: 300 clients with deals, tasks and a calendar</source>
        <translation>С &amp;демонстрационных данных: 300 клиентов со сделками, задачами и календарём</translation>
    </message>
    <message>
        <source>&amp;Contacts from a file: CSV from Excel, Outlook or Google, or vCard</source>
        <translation>С &amp;контактов из файла: CSV из Excel, Outlook или Google либо vCard</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Say who works at this computer: new tasks are given in this name.</source>
        <translation>Укажите, кто работает за этим компьютером: от этого имени ставятся новые задачи.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 не читается.</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>Не удалось сохранить ответы</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
</context>
<context>
    <name>FunnelChartView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>&amp;Open deals now</source>
        <translation>&amp;Открытые сделки сейчас</translation>
    </message>
    <message>
        <source>Deals &amp;created in the period</source>
        <translation>Сделки, &amp;созданные за период</translation>
    </message>
    <message>
        <source>Snapshot: the open deals in each stage today; won and lost: the deals closed in the period</source>
        <translation>Срез: открытые сделки на каждом этапе сегодня; выиграно и проиграно — сделки, закрытые за период</translation>
    </message>
    <message>
        <source>Flow: the deals created in the period and how far each got</source>
        <translation>Поток: сделки, созданные за период, и докуда каждая дошла</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Stages: the open deals now. Won and lost: closed in the period.</source>
        <translation>Этапы: открытые сделки сейчас. Выиграно и проиграно: закрытые за период.</translation>
    </message>
    <message>
        <source>Every row: the period&apos;s new deals that got this far.</source>
        <translation>Каждая строка: новые сделки периода, дошедшие до этого этапа.</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Sales funnel: won</source>
        <translation>Воронка продаж: выиграно</translation>
    </message>
    <message>
        <source>Sales funnel: lost</source>
        <translation>Воронка продаж: проиграно</translation>
    </message>
    <message>
        <source>Sales funnel: open deals in «%1»</source>
        <translation>Воронка продаж: открытые сделки на этапе «%1»</translation>
    </message>
    <message>
        <source>Sales funnel: new deals that reached «%1»</source>
        <translation>Воронка продаж: новые сделки, дошедшие до этапа «%1»</translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation>Не удалось найти сделки</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>There is no such pipeline.</source>
        <translation>Такой воронки нет.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The language changes the next time Clientele starts.</source>
        <translation>Язык интерфейса изменится при следующем запуске Clientele.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>New tasks are given in this name, and My tasks shows theirs</source>
        <translation>От этого имени ставятся новые задачи, и «Мои задачи» показывают его задачи</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Reports › Dashboard</source>
        <translation>Отчёты › Сводка</translation>
    </message>
    <message>
        <source>Numbers typed without a country code (8 912 …) belong to it</source>
        <translation>К этой стране относятся номера, набранные без кода страны (8 912 …)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;При запуске открывать:</translation>
    </message>
    <message>
        <source>In this database, for everyone who opens it</source>
        <translation>В этой базе — для всех, кто её открывает</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a code are from:</source>
        <translation>Номера &amp;без кода страны — из:</translation>
    </message>
    <message>
        <source>&amp;Currency of new deals:</source>
        <translation>Валюта &amp;новых сделок:</translation>
    </message>
    <message>
        <source>Say who works at this computer: new tasks are given in this name.</source>
        <translation>Укажите, кто работает за этим компьютером: от этого имени ставятся новые задачи.</translation>
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
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ICalendarImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar property (NAME:value): &quot;%2&quot;.</source>
        <translation>Строка %1 не является свойством iCalendar (ИМЯ:значение): «%2».</translation>
    </message>
    <message>
        <source>Line %1: an iCalendar file begins with BEGIN:VCALENDAR.</source>
        <translation>Строка %1: файл iCalendar должен начинаться с BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Строка %1: END:%2 не закрывает %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>The file has no iCalendar data.</source>
        <translation>В файле нет данных iCalendar.</translation>
    </message>
    <message>
        <source>Line %1: the file ends inside %2 (no END:%2).</source>
        <translation>Строка %1: файл заканчивается внутри %2 (нет END:%2).</translation>
    </message>
    <message>
        <source>The file is not iCalendar data.</source>
        <translation>Файл не содержит данных iCalendar.</translation>
    </message>
    <message>
        <source>The file has no VCALENDAR.</source>
        <translation>В файле нет VCALENDAR.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no DTSTART.</source>
        <translation>У %1 нет DTSTART.</translation>
    </message>
    <message>
        <source>%1 has a start or end time that cannot be read (an unknown TZID?).</source>
        <translation>У %1 не удаётся прочитать время начала или окончания (неизвестный TZID?).</translation>
    </message>
    <message>
        <source>%1 has no UID.</source>
        <translation>У %1 нет UID.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1: the UID appears twice without a RECURRENCE-ID.</source>
        <translation>%1: UID встречается дважды без RECURRENCE-ID.</translation>
    </message>
    <message>
        <source>%1 changes an occurrence of an event the file does not have.</source>
        <translation>%1 изменяет повторение события, которого нет в файле.</translation>
    </message>
    <message>
        <source>Event %1 (UID %2): %3</source>
        <translation>Событие %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; calendars over %3 MiB are not read.</source>
        <translation>%1: файл занимает %2 МиБ; календари больше %3 МиБ не читаются.</translation>
    </message>
    <message>
        <source>Line %1: binary data, not a text file.</source>
        <translation>Строка %1: двоичные данные, а не текстовый файл.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 lines; split the calendar.</source>
        <translation>Строка %1: больше %2 строк; разделите календарь на части.</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>client %1 «%2» was merged into client %3 since the import</source>
        <translation>клиент %1 «%2» после импорта присоединён к клиенту %3</translation>
    </message>
    <message>
        <source>client %1 «%2» was changed since the import (%3, first on %4)</source>
        <translation>клиент %1 «%2» изменён после импорта (%3; впервые — %4)</translation>
    </message>
    <message>
        <source>client %1 «%2» has interactions recorded since the import</source>
        <translation>у клиента %1 «%2» после импорта записаны взаимодействия</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорт %1 не найден.</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation>Импорт %1 уже отменён %2.</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 cannot be undone: %n of its clients were changed since.</source>
        <translation>
            <numerusform>Импорт %1 нельзя отменить: после него изменён %n из импортированных клиентов.</numerusform>
            <numerusform>Импорт %1 нельзя отменить: после него изменены %n из импортированных клиентов.</numerusform>
            <numerusform>Импорт %1 нельзя отменить: после него изменено %n из импортированных клиентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Contacts exported from Excel, 1C, Outlook or Google as CSV, or an address book from a phone as vCard. Nothing is written before the last step.</source>
        <translation>Контакты, выгруженные из Excel, 1С, Outlook или Google в CSV, или адресная книга телефона в формате vCard. До последнего шага в базу ничего не записывается.</translation>
    </message>
    <message>
        <source>Path to a .csv or .vcf file</source>
        <translation>Путь к файлу .csv или .vcf</translation>
    </message>
    <message>
        <source>CSV: a table from Excel, 1C, Outlook or Google</source>
        <translation>CSV: таблица из Excel, 1С, Outlook или Google</translation>
    </message>
    <message>
        <source>vCard: an address book from a phone, Outlook or Google</source>
        <translation>vCard: адресная книга из телефона, Outlook или Google</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>CSV: any of UTF-8, UTF-16, windows-1251 or KOI8-R, separated by commas, semicolons, tabs or bars; the first row names the columns. vCard: versions 2.1, 3.0 and 4.0, many cards in one file. You can also drop a .csv or .vcf file on the client list.</source>
        <translation>CSV: кодировка UTF-8, UTF-16, windows-1251 или KOI8-R, разделитель — запятая, точка с запятой, табуляция или вертикальная черта; в первой строке — названия столбцов. vCard: версии 2.1, 3.0 и 4.0, в одном файле может быть много карточек. Файл .csv или .vcf можно также перетащить на список клиентов.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>Не удаётся прочитать %1: проверьте права доступа.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.txt *.vcard);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Файлы контактов (*.csv *.vcf *.txt *.vcard);;Файлы CSV (*.csv *.txt);;Файлы vCard (*.vcf *.vcard);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Undoing an import deletes the clients it created and puts the clients it merged into back as they were. It is refused when any of them was edited since.</source>
        <translation>Отмена импорта удаляет созданных им клиентов и возвращает в прежнее состояние клиентов, с которыми были объединены строки файла. Отменить импорт нельзя, если кого-то из этих клиентов после него изменяли.</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Отменён %1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? %n client(s) it created will be deleted and %3 merged client(s) put back as they were.</source>
        <translation>
            <numerusform>Отменить импорт %1 от %2? Будет удалён %n созданный им клиент, а объединённые клиенты (%3) вернутся в прежнее состояние.</numerusform>
            <numerusform>Отменить импорт %1 от %2? Будут удалены %n созданных им клиента, а объединённые клиенты (%3) вернутся в прежнее состояние.</numerusform>
            <numerusform>Отменить импорт %1 от %2? Будут удалены %n созданных им клиентов, а объединённые клиенты (%3) вернутся в прежнее состояние.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный прогон</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>Выберите параметры импорта</translation>
    </message>
    <message>
        <source>A dry run reads the whole file and counts what the import would do, without writing anything.</source>
        <translation>Пробный прогон читает весь файл и подсчитывает, что сделал бы импорт, ничего не записывая.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>When a client is already in the base</source>
        <translation>Если клиент уже есть в базе</translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation>&amp;Объединить (рекомендуется)</translation>
    </message>
    <message>
        <source>Fill its empty fields and add new phones, e-mails, contacts and tags. Values already in the base are kept; differences are listed in the report.</source>
        <translation>Заполнить его пустые поля и добавить новые телефоны, e-mail, контактные лица и теги. Значения, которые уже есть в базе, сохраняются; расхождения перечисляются в отчёте.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>Leave the client in the base as it is and list the row as skipped.</source>
        <translation>Оставить клиента в базе без изменений, а строку указать в отчёте как пропущенную.</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Создать всё равно</translation>
    </message>
    <message>
        <source>Add a new client for every row, even one that is already in the base.</source>
        <translation>Добавить нового клиента для каждой строки, даже если такой клиент уже есть в базе.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Every client the import adds or changes gets this tag, so the whole batch can be found and undone later.</source>
        <translation>Этот тег получит каждый клиент, которого импорт добавит или изменит, — так весь пакет импорта можно будет потом найти и отменить.</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>Будет добавлено:</translation>
    </message>
    <message>
        <source>Would merge into the base:</source>
        <translation>Будет объединено с клиентами в базе:</translation>
    </message>
    <message>
        <source>Already there, unchanged:</source>
        <translation>Уже есть, без изменений:</translation>
    </message>
    <message>
        <source>Would skip:</source>
        <translation>Будет пропущено:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Проблемных строк:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Пр&amp;ервать</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with the base…</source>
        <translation>Чтение файла и сравнение с базой…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written. %Ln value(s) of the file differ from the base and would not be written over it.</source>
        <translation>
            <numerusform>Ничего не записано. В файле %Ln значение отличается от базы; при импорте оно не заменит значение в базе.</numerusform>
            <numerusform>Ничего не записано. В файле %Ln значения отличаются от базы; при импорте они не заменят значения в базе.</numerusform>
            <numerusform>Ничего не записано. В файле %Ln значений отличаются от базы; при импорте они не заменят значения в базе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run stopped. Nothing was written.</source>
        <translation>Пробный прогон прерван. Ничего не записано.</translation>
    </message>
    <message>
        <source>The dry run failed; the import would fail the same way:
%1</source>
        <translation>Пробный прогон завершился ошибкой; импорт завершится так же:
%1</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The clients are written in one go: until the end nothing is visible, and a cancelled import leaves the base as it was.</source>
        <translation>Клиенты записываются за один раз: до конца импорта изменения не видны, а при отмене база остаётся прежней.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 read.</source>
        <translation>Импорт… прочитано %1 из %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the base is as it was before.</source>
        <translation>Импорт отменён. Ничего не записано: база осталась прежней.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The import failed and nothing was written:
%1</source>
        <translation>Импорт не удался, ничего не записано:
%1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>Nothing was written to the base.
%1</source>
        <translation>В базу ничего не записано.
%1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>The column mapping was not remembered</source>
        <translation>Сопоставление столбцов не запомнено</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Every row was taken: none was skipped, and nothing in the base differs from the file.</source>
        <translation>Все строки приняты: ни одна не пропущена, и в базе нет расхождений с файлом.</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <source>Merged into clients in the base:</source>
        <translation>Объединено с клиентами в базе:</translation>
    </message>
    <message>
        <source>Already in the base, unchanged:</source>
        <translation>Уже есть в базе, без изменений:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Пропущено:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Batch %1, tag “%2”.</source>
        <translation>Пакет импорта %1, тег «%2».</translation>
    </message>
    <message>
        <source>Tag “%1”.</source>
        <translation>Тег «%1».</translation>
    </message>
    <message>
        <source>The tag finds every client this import added or changed; File → Import history can undo the whole import.</source>
        <translation>По тегу можно найти всех клиентов, добавленных или изменённых этим импортом; отменить весь импорт можно в меню Файл → История импорта.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>Файл %1 импортирован.</translation>
    </message>
    <message>
        <source>Skipped rows (%1)</source>
        <translation>Пропущенные строки (%1)</translation>
    </message>
    <message>
        <source>Values kept in the base where the file differs (%1)</source>
        <translation>Значения, сохранённые в базе при расхождении с файлом (%1)</translation>
    </message>
    <message>
        <source>Clientele import report</source>
        <translation>Отчёт об импорте Clientele</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Пакет импорта: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Тег: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Объединено: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Без изменений: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Пропущенные строки:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Values kept in the base:</source>
        <translation>Значения, сохранённые в базе:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <translation>Отчёт об импорте %1.txt</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Не удалось сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
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
    <name>InteractionPage</name>
    <message>
        <source>By &amp;week</source>
        <translation>По &amp;неделям</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>По &amp;месяцам</translation>
    </message>
    <message>
        <source>Double-click to open the client</source>
        <translation>Двойной щелчок откроет клиента</translation>
    </message>
    <message>
        <source>Clients with no call, meeting, message or note for this many days</source>
        <translation>Клиенты без звонков, встреч, писем и заметок столько дней</translation>
    </message>
    <message>
        <source>&amp;No contact for, days:</source>
        <translation>Без &amp;контакта, дней:</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней прошло</translation>
    </message>
    <message>
        <source>Interactions by week</source>
        <translation>Взаимодействия по неделям</translation>
    </message>
    <message>
        <source>Interactions by month</source>
        <translation>Взаимодействия по месяцам</translation>
    </message>
    <message numerus="yes">
        <source>Clients with no contact for %n day(s): %1 (the %2 longest quiet shown)</source>
        <translation>
            <numerusform>Клиентов без контакта %n день: %1 (показаны %2 дольше всех молчащих)</numerusform>
            <numerusform>Клиентов без контакта %n дня: %1 (показаны %2 дольше всех молчащих)</numerusform>
            <numerusform>Клиентов без контакта %n дней: %1 (показаны %2 дольше всех молчащих)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with no contact for %n day(s): %1</source>
        <translation>
            <numerusform>Клиентов без контакта %n день: %1</numerusform>
            <numerusform>Клиентов без контакта %n дня: %1</numerusform>
            <numerusform>Клиентов без контакта %n дней: %1</numerusform>
        </translation>
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
    <name>LoseDealDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить проигранной</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Что произошло, в двух словах (необязательно)</translation>
    </message>
    <message>
        <source>Why was «%1» lost? The reasons show in the loss report.</source>
        <translation>Почему сделка «%1» проиграна? Причины попадают в отчёт о проигрышах.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Loss reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation>Проигранные сделки по причинам</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Lost deals by month, coloured by reason</source>
        <translation>Проигранные сделки по месяцам, цвета — причины</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <source>Lost deals: %1</source>
        <translation>Проигранные сделки: %1</translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation>Не удалось найти сделки</translation>
    </message>
</context>
<context>
    <name>LossReasonRepository</name>
    <message>
        <source>A loss reason needs a name.</source>
        <translation>У причины проигрыша должно быть название.</translation>
    </message>
    <message>
        <source>There is a loss reason &quot;%1&quot; already.</source>
        <translation>Причина проигрыша «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>LossReasonsPage</name>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивные</translation>
    </message>
    <message>
        <source>New reason, e.g. &quot;Delivery too slow&quot;</source>
        <translation>Новая причина, например «Долгая доставка»</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>A lost deal needs one of these reasons; the loss report groups by them. Double-click a reason to rename it. A reason in use is archived rather than deleted, so old deals keep it.</source>
        <translation>Проигранной сделке нужна одна из этих причин; по ним группируется отчёт о потерях. Двойной щелчок переименовывает причину. Используемая причина не удаляется, а уходит в архив, и старые сделки её сохраняют.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Archived: not offered for new lost deals</source>
        <translation>В архиве: не предлагается для новых проигранных сделок</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
</context>
<context>
    <name>LossReport</name>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>no SMS gateway is set up: settings set sms.provider smsru, or sms.url URL</source>
        <translation>SMS-шлюз не настроен: settings set sms.provider smsru или sms.url URL</translation>
    </message>
    <message>
        <source>no mail server is set up: settings set smtp.host HOST and smtp.from ADDRESS</source>
        <translation>почтовый сервер не настроен: settings set smtp.host СЕРВЕР и smtp.from АДРЕС</translation>
    </message>
    <message>
        <source>settings needs get, set or list</source>
        <translation>после settings нужно get, set или list</translation>
    </message>
    <message>
        <source>settings get needs a KEY</source>
        <translation>settings get нужен КЛЮЧ</translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE</source>
        <translation>settings set нужны КЛЮЧ и ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>template needs add or list</source>
        <translation>после template нужно add или list</translation>
    </message>
    <message>
        <source>template add needs --name</source>
        <translation>template add нужен --name</translation>
    </message>
    <message>
        <source>template add needs --body-file FILE</source>
        <translation>template add нужен --body-file ФАЙЛ</translation>
    </message>
    <message>
        <source>mail needs send, outbox, run, retry, resolve or campaign</source>
        <translation>после mail нужно send, outbox, run, retry, resolve или campaign</translation>
    </message>
    <message>
        <source>%1 send needs --client ID, --contact ID or --to ADDRESS</source>
        <translation>%1 send нужен --client ID, --contact ID или --to АДРЕС</translation>
    </message>
    <message>
        <source>there is no %1 template &quot;%2&quot;</source>
        <translation>шаблона %1 «%2» нет</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>mail send needs --template NAME, or --subject and --body</source>
        <translation>mail send нужен --template ИМЯ или --subject и --body</translation>
    </message>
    <message>
        <source>the message cannot be filled in; empty:
  %1</source>
        <translation>сообщение не заполнить; пусто:
  %1</translation>
    </message>
    <message>
        <source>message %1 is queued, but %2; then mail run</source>
        <translation>сообщение %1 поставлено в очередь, но %2; затем mail run</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>Отправлено на %1: %2</translation>
    </message>
    <message>
        <source>not sent yet (%1); message %2 will be tried again from %3 (mail run)</source>
        <translation>пока не отправлено (%1); сообщение %2 будет отправлено повторно с %3 (mail run)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отказ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when the program stopped: their fate is unknown; mail resolve ID --sent or --again decides.</source>
        <translation>
            <numerusform>%n сообщение отправлялось, когда программа остановилась: его судьба неизвестна; решает mail resolve ID --sent или --again.</numerusform>
            <numerusform>%n сообщения отправлялись, когда программа остановилась: их судьба неизвестна; решает mail resolve ID --sent или --again.</numerusform>
            <numerusform>%n сообщений отправлялись, когда программа остановилась: их судьба неизвестна; решает mail resolve ID --sent или --again.</numerusform>
        </translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, to try again %3.</source>
        <translation>Отправлено %1, не удалось %2, повторить позже %3.</translation>
    </message>
    <message>
        <source>mail resolve needs an ID and --sent or --again</source>
        <translation>mail resolve нужны ID и --sent или --again</translation>
    </message>
    <message>
        <source>sms needs send</source>
        <translation>после sms нужно send</translation>
    </message>
    <message>
        <source>segment needs add, show or list</source>
        <translation>после segment нужно add, show или list</translation>
    </message>
    <message>
        <source>segment add needs --name</source>
        <translation>segment add нужен --name</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>segment show needs a NAME</source>
        <translation>segment show нужно ИМЯ</translation>
    </message>
    <message>
        <source>there is no segment &quot;%1&quot;</source>
        <translation>сегмента «%1» нет</translation>
    </message>
    <message>
        <source>%1: %2 recipients by %3; left out: %4 opted out, %5 without an address, %6 duplicate addresses</source>
        <translation>%1: получателей по каналу %3 — %2; не вошли: отказались %4, без адреса %5, повторный адрес %6</translation>
    </message>
    <message>
        <source>mail campaign needs create, list, run ID or show ID</source>
        <translation>после mail campaign нужно create, list, run ID или show ID</translation>
    </message>
    <message>
        <source>there is no mailing %1</source>
        <translation>рассылки %1 нет</translation>
    </message>
    <message>
        <source>mail campaign create needs --name, --template and --segment</source>
        <translation>mail campaign create нужны --name, --template и --segment</translation>
    </message>
    <message>
        <source>--channel is email or sms</source>
        <translation>--channel — email или sms</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO date and time</source>
        <translation>--at: «%1» — не дата и время ISO</translation>
    </message>
    <message>
        <source>--rate is a number of messages a minute</source>
        <translation>--rate — число сообщений в минуту</translation>
    </message>
    <message>
        <source>--cost: &quot;%1&quot; is not an amount</source>
        <translation>--cost: «%1» — не сумма</translation>
    </message>
    <message>
        <source>Mailing %1 is %2.</source>
        <translation>Рассылка %1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): sent %4, queued %5, failed %6, unknown %7; left out %8</source>
        <translation>%1 (%2, %3): отправлено %4, в очереди %5, не удалось %6, неизвестно %7; не вошли %8</translation>
    </message>
    <message>
        <source>Mailing %1 is scheduled for %2: nothing is due yet.</source>
        <translation>Рассылка %1 назначена на %2: отправлять пока нечего.</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Sent. The server answered: %1</source>
        <translation>Отправлено. Ответ сервера: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>The password and the API key are kept in the system keychain, never in the database.</source>
        <translation>Пароль и API-ключ хранятся в системной связке ключей, а не в базе данных.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The password and the API key are kept for this session only and must be typed again after a restart; they are never written to the database or a file.</source>
        <translation>&lt;b&gt;Системная связка ключей недоступна&lt;/b&gt; (%1). Пароль и API-ключ хранятся только до закрытия программы, после перезапуска их нужно ввести снова; в базу данных и в файлы они не записываются.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS с самого начала (порт 465)</translation>
    </message>
    <message>
        <source>None (a server on this machine)</source>
        <translation>Нет (сервер на этом компьютере)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>Sender&apos;s a&amp;ddress:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <source>Trust &amp;certificate:</source>
        <translation>&amp;Доверять сертификату:</translation>
    </message>
    <message>
        <source>mailto:unsubscribe@example.com</source>
        <translation>mailto:unsubscribe@example.com</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe address:</source>
        <translation>Адрес отпис&amp;ки:</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Проверить отправку</translation>
    </message>
    <message>
        <source>Sends a message to the sender&apos;s own address with what is typed here, saved or not</source>
        <translation>Отправляет письмо на адрес самого отправителя с настройками, введёнными здесь, сохранены они или нет</translation>
    </message>
    <message>
        <source>Any HTTP gateway</source>
        <translation>Любой HTTP-шлюз</translation>
    </message>
    <message>
        <source>SMS.ru</source>
        <translation>SMS.ru</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>П&amp;ровайдер:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <source>status=OK; empty: an HTTP status 2xx</source>
        <translation>status=OK; пусто: HTTP-статус 2xx</translation>
    </message>
    <message>
        <source>Success &amp;field:</source>
        <translation>Поле &amp;успеха:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>Send test S&amp;MS</source>
        <translation>Проверочное S&amp;MS</translation>
    </message>
    <message>
        <source>Test t&amp;o:</source>
        <translation>Проверить &amp;на:</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Сертификаты системы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot save the mail settings</source>
        <translation>Не удалось сохранить настройки почты</translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation>Почта и SMS</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Fill in the server and the sender&apos;s address first.</source>
        <translation>Сначала укажите сервер и адрес отправителя.</translation>
    </message>
    <message>
        <source>Clientele: a test message</source>
        <translation>Clientele: проверочное письмо</translation>
    </message>
    <message>
        <source>This message was sent from Clientele&apos;s mail settings to check the server %1.</source>
        <translation>Это письмо отправлено из настроек почты Clientele для проверки сервера %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>Fill in the gateway&apos;s address first.</source>
        <translation>Сначала укажите адрес шлюза.</translation>
    </message>
    <message>
        <source>Clientele: a test SMS</source>
        <translation>Clientele: проверочное SMS</translation>
    </message>
</context>
<context>
    <name>MailingsSection</name>
    <message>
        <source>Mailings</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation>Отменить рассылку</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Было отправлено</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>New mailing…</source>
        <translation>Новая рассылка…</translation>
    </message>
    <message>
        <source>Send / resume</source>
        <translation>Отправить / продолжить</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Cannot retry</source>
        <translation>Не удаётся повторить</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No mailings yet&lt;/h3&gt;&lt;p&gt;A mailing sends a template to a segment of the client base or to the clients selected in the list, at a pace, and keeps every message in the clients&apos; history. Those who do not want e-mail or SMS are left out.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Рассылок пока нет&lt;/h3&gt;&lt;p&gt;Рассылка отправляет шаблон сегменту клиентской базы или клиентам, выбранным в списке, в заданном темпе и сохраняет каждое сообщение в истории клиента. Те, кто не хочет e-mail или SMS, исключаются.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation>Шаблоны сообщений…</translation>
    </message>
    <message>
        <source>Mail and SMS settings…</source>
        <translation>Настройки почты и SMS…</translation>
    </message>
    <message>
        <source>Its messages:</source>
        <translation>Её сообщения:</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent: check whether it arrived, then decide.</source>
        <translation>Программа остановилась во время отправки этого сообщения: проверьте, дошло ли оно, и решите.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed of %3</source>
        <translation>отправлено %1, ошибок %2 из %3</translation>
    </message>
    <message>
        <source>Sending «%1»: %2</source>
        <translation>Отправка «%1»: %2</translation>
    </message>
    <message>
        <source>the rest waits for a retry</source>
        <translation>остальные ждут повтора</translation>
    </message>
    <message>
        <source>«%1»: %2; %3</source>
        <translation>«%1»: %2; %3</translation>
    </message>
    <message>
        <source>Cannot send the mailing</source>
        <translation>Не удаётся отправить рассылку</translation>
    </message>
    <message>
        <source>The messages not sent yet stay in the outbox and go only if you resume the mailing with Send / resume. Cancel it?</source>
        <translation>Ещё не отправленные сообщения останутся в исходящих и уйдут, только если продолжить рассылку кнопкой «Отправить / продолжить». Отменить её?</translation>
    </message>
    <message>
        <source>The mailing stopped</source>
        <translation>Рассылка остановилась</translation>
    </message>
    <message>
        <source>Cannot change the message</source>
        <translation>Не удаётся изменить сообщение</translation>
    </message>
    <message>
        <source>The outbox cannot be read</source>
        <translation>Не удаётся прочитать исходящие</translation>
    </message>
    <message>
        <source>single messages</source>
        <translation>отдельные сообщения</translation>
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
        <translation>Сн&amp;ять</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;О программе Clientele</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
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
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save clients as CSV, vCard or JSON</source>
        <translation>Сохранить клиентов в файл CSV, vCard или JSON</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import clients from a CSV or vCard file (Ctrl+I)</source>
        <translation>Импортировать клиентов из файла CSV или vCard (Ctrl+I)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n клиент в файл %1.</numerusform>
            <numerusform>Экспортированы %n клиента в файл %1.</numerusform>
            <numerusform>Экспортировано %n клиентов в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>&amp;Sales: pipelines, loss reasons, products…</source>
        <translation>&amp;Продажи: воронки, причины проигрыша, товары…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Deal created; it is on the board in Deals.</source>
        <translation>Сделка создана; она на доске в разделе «Сделки».</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>С&amp;делка</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>Поручено мной</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Задача</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail and SMS…</source>
        <translation>&amp;Почта и SMS…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>&amp;Шаблоны сообщений…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Напоминания: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>&amp;Mailing to selected…</source>
        <translation>&amp;Рассылка выбранным…</translation>
    </message>
    <message>
        <source>A mailing to the clients selected in the list</source>
        <translation>Рассылка клиентам, выбранным в списке</translation>
    </message>
    <message>
        <source>&amp;Mailing</source>
        <translation>&amp;Рассылка</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) today</source>
        <translation>
            <numerusform>%n событие сегодня</numerusform>
            <numerusform>%n события сегодня</numerusform>
            <numerusform>%n событий сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailing(s) scheduled, sending or paused</source>
        <translation>
            <numerusform>%n рассылка запланирована, идёт или на паузе</numerusform>
            <numerusform>%n рассылки запланированы, идут или на паузе</numerusform>
            <numerusform>%n рассылок запланированы, идут или на паузе</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing to selected</source>
        <translation>Рассылка выбранным</translation>
    </message>
    <message>
        <source>Select clients in the list first (Ctrl+click, Shift+click or Ctrl+A), then choose Mailing to selected…</source>
        <translation>Сначала выберите клиентов в списке (Ctrl+щелчок, Shift+щелчок или Ctrl+A), затем «Рассылка выбранным…»</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Our &amp;company and documents…</source>
        <translation>Наша &amp;компания и документы…</translation>
    </message>
    <message>
        <source>Calendar and &amp;reminders…</source>
        <translation>Календарь и &amp;напоминания…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation>Почта и SMS</translation>
    </message>
    <message>
        <source>Calendar and reminders</source>
        <translation>Календарь и напоминания</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Другие кнопки</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Наименование компании</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name (patronymic)</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>&amp;Map from the header names</source>
        <translation>&amp;Сопоставить по названиям столбцов</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>Укажите, что содержит каждый столбец файла. Столбцы со значением «Не импортировать» пропускаются.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>These columns are mapped as you mapped a file with the same header last time.</source>
        <translation>Столбцы сопоставлены так же, как в прошлый раз для файла с таким же заголовком.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(столбец %1)</translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail or a phone: without one, no row can become a client.</source>
        <translation>Сопоставьте хотя бы один столбец с именем, e-mail или телефоном: без этого ни одна строка не станет клиентом.</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>the client&apos;s name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <source>the client&apos;s city</source>
        <translation>город клиента</translation>
    </message>
    <message>
        <source>the client&apos;s region</source>
        <translation>регион клиента</translation>
    </message>
    <message>
        <source>the client&apos;s address</source>
        <translation>адрес клиента</translation>
    </message>
    <message>
        <source>the client&apos;s INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>how to address the person (first name and patronymic)</source>
        <translation>обращение к человеку (имя и отчество)</translation>
    </message>
    <message>
        <source>the person&apos;s first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the person&apos;s patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>the person&apos;s last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>the person&apos;s full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>the person&apos;s position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>название сделки</translation>
    </message>
    <message>
        <source>the deal&apos;s amount</source>
        <translation>сумма сделки</translation>
    </message>
    <message>
        <source>the deal&apos;s stage</source>
        <translation>этап сделки</translation>
    </message>
    <message>
        <source>the deal&apos;s expected close</source>
        <translation>ожидаемая дата закрытия сделки</translation>
    </message>
    <message>
        <source>the manager&apos;s name</source>
        <translation>имя менеджера</translation>
    </message>
    <message>
        <source>{{%1}}: no such placeholder</source>
        <translation>{{%1}}: такого поля нет</translation>
    </message>
    <message>
        <source>The template&apos;s %1 has an error: %2</source>
        <translation>Ошибка в шаблоне (%1): %2</translation>
    </message>
    <message>
        <source>The template&apos;s %1 puts {{%2}} into HTML unescaped: write {{%2}} with two braces.</source>
        <translation>Шаблон (%1) вставляет {{%2}} в HTML без экранирования: пишите {{%2}} в двух фигурных скобках.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>plain-text part</source>
        <translation>текстовая часть</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation>В шаблоне «%1» нет текста.</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>У шаблона должно быть название.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: email or sms.</source>
        <translation>Неизвестный канал «%1»: email или sms.</translation>
    </message>
    <message>
        <source>An e-mail template needs a subject.</source>
        <translation>У шаблона письма должна быть тема.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation>В шаблоне «%1» нет текста.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>plain-text part</source>
        <translation>текстовая часть</translation>
    </message>
    <message>
        <source>The template&apos;s %1 has an error: %2</source>
        <translation>Ошибка в шаблоне (%1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ready template: it can be changed, not removed.</source>
        <translation>«%1» — готовый шаблон: его можно изменить, но не удалить.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Шаблона «%1» нет.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency sign</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Type an amount, such as 1 250 000 or 1250000,50.</source>
        <translation>Введите сумму, например 1 250 000 или 1250000,50.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>What is sold, e.g. Laptops for the new office</source>
        <translation>Что продаём, например: ноутбуки для нового офиса</translation>
    </message>
    <message>
        <source>potential amount, ₽</source>
        <translation>потенциальная сумма, ₽</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ручная</translation>
    </message>
    <message>
        <source>Moved from stage to stage by hand</source>
        <translation>Переводится с этапа на этап вручную</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процессная</translation>
    </message>
    <message>
        <source>Each stage gives tasks; done, they move the deal on</source>
        <translation>Каждый этап ставит задачи; когда они выполнены, сделка идёт дальше</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Простая</translation>
    </message>
    <message>
        <source>Only the start and the end are recorded</source>
        <translation>Фиксируются только начало и конец</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Cannot create the deal</source>
        <translation>Не удалось создать сделку</translation>
    </message>
</context>
<context>
    <name>NewMailingDialog</name>
    <message>
        <source>A se&amp;gment or a filter</source>
        <translation>Се&amp;гмент или фильтр</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>Есть открытая сделка</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День рождения в этом месяце</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;В:</translation>
    </message>
    <message>
        <source>New mailing</source>
        <translation>Новая рассылка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>A filter made here</source>
        <translation>Фильтр, заданный здесь</translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation>Компании и частные лица</translation>
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
        <source>The client and its contact persons</source>
        <translation>Клиент и его контактные лица</translation>
    </message>
    <message>
        <source>The client&apos;s own address</source>
        <translation>Собственный адрес клиента</translation>
    </message>
    <message>
        <source>Its contact persons</source>
        <translation>Его контактные лица</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>To keep the filter as a segment (optional)</source>
        <translation>Чтобы сохранить фильтр как сегмент (необязательно)</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> в минуту</translation>
    </message>
    <message>
        <source>e.g. December offer</source>
        <translation>например, Декабрьское предложение</translation>
    </message>
    <message>
        <source>e.g. city=Екатеринбург; importance=A,B</source>
        <translation>например, city=Екатеринбург; importance=A,B</translation>
    </message>
    <message>
        <source>The filter as text, as clientele-cli segment add --filter reads it: terms joined by &quot;;&quot; (region, city, importance, kind, tag, source, stage, open_deal, no_contact_days&gt;=N, birthday=this_month, recipients)</source>
        <translation>Фильтр текстом, как его читает clientele-cli segment add --filter: условия через «;» (region, city, importance, kind, tag, source, stage, open_deal, no_contact_days&gt;=N, birthday=this_month, recipients)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>As te&amp;xt:</source>
        <translation>&amp;Текстом:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>Важность:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Open deal in s&amp;tage:</source>
        <translation>Открытая сделка на &amp;этапе:</translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation>Без контакта:</translation>
    </message>
    <message>
        <source>Save as segment:</source>
        <translation>Сохранить как сегмент:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Темп:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Стоимость:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message numerus="yes">
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>%n клиент, выбранный в списке</numerusform>
            <numerusform>%n клиента, выбранных в списке</numerusform>
            <numerusform>%n клиентов, выбранных в списке</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not understood: %1</source>
        <translation>Фильтр не понят: %1</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>отказались</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>нет адреса</translation>
    </message>
    <message>
        <source>same address as another</source>
        <translation>тот же адрес, что у другого</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n recipient(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n получатель&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n получателя&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n получателей&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>исключено: %1</translation>
    </message>
    <message>
        <source>The mailing needs a name.</source>
        <translation>У рассылки должно быть название.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Выберите шаблон.</translation>
    </message>
    <message>
        <source>Nobody is left to send to: change the filter.</source>
        <translation>Отправлять некому: измените фильтр.</translation>
    </message>
    <message>
        <source>The cost is not an amount.</source>
        <translation>Стоимость — не сумма.</translation>
    </message>
    <message>
        <source>The time of sending has passed.</source>
        <translation>Время отправки уже прошло.</translation>
    </message>
    <message>
        <source>Cannot create the mailing</source>
        <translation>Не удаётся создать рассылку</translation>
    </message>
    <message numerus="yes">
        <source>%n selected client(s)</source>
        <translation>
            <numerusform>%n выбранный клиент</numerusform>
            <numerusform>%n выбранных клиента</numerusform>
            <numerusform>%n выбранных клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the segment</source>
        <translation>Не удаётся сохранить сегмент</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Время отправки</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Message %1 is not queued.</source>
        <translation>Сообщение %1 не стоит в очереди.</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Отправлено на %1</translation>
    </message>
    <message>
        <source>Message %1 is not waiting for a decision.</source>
        <translation>Сообщение %1 не ждёт решения.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No %1 transport is set up.</source>
        <translation>Отправка по каналу %1 не настроена.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Name, e.g. Anna Smirnova</source>
        <translation>Имя, например Анна Смирнова</translation>
    </message>
    <message>
        <source>Position (optional)</source>
        <translation>Должность (необязательно)</translation>
    </message>
    <message>
        <source>The colleagues who give and take tasks and answer for deals. Double-click a name to rename it; tasks and deals follow. Archive someone who left: their history stays.</source>
        <translation>Коллеги, которые ставят и выполняют задачи и отвечают за сделки. Двойной щелчок по имени переименовывает сотрудника, задачи и сделки переходят вместе с ним. Уволившегося отправьте в архив: его история сохранится.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Не удалось переименовать</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>Не удалось добавить сотрудника</translation>
    </message>
    <message>
        <source>Cannot change the person</source>
        <translation>Не удалось изменить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В а&amp;рхив</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>person needs add or list</source>
        <translation>для person нужна команда add или list</translation>
    </message>
    <message>
        <source>person add needs a NAME</source>
        <translation>для person add нужно имя NAME</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>У сотрудника должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a person named &quot;%1&quot;.</source>
        <translation>Сотрудник «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Нет сотрудника с номером %1.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первичный контакт</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Выявление потребностей</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Выбрали конкурента</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>У воронки должно быть название.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>В воронке должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>У каждого этапа должно быть название.</translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must be from 0 to 100.</source>
        <translation>Вероятность этапа «%1» должна быть от 0 до 100.</translation>
    </message>
    <message>
        <source>Two stages are named &quot;%1&quot;.</source>
        <translation>Два этапа называются «%1».</translation>
    </message>
    <message>
        <source>There is a pipeline named &quot;%1&quot; already.</source>
        <translation>Воронка «%1» уже есть.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; has deals; move them first.</source>
        <translation>На этапе «%1» есть сделки; сначала перенесите их.</translation>
    </message>
    <message>
        <source>The pipeline has deals; move or delete them first.</source>
        <translation>В воронке есть сделки; сначала перенесите или удалите их.</translation>
    </message>
    <message>
        <source>Every step needs a title and a due offset of 0 days or more.</source>
        <translation>У каждого шага должно быть название и срок от 0 дней.</translation>
    </message>
</context>
<context>
    <name>PipelinesPage</name>
    <message>
        <source>&amp;Save stages</source>
        <translation>&amp;Сохранить этапы</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <source>Remove st&amp;ep</source>
        <translation>Убрать ша&amp;г</translation>
    </message>
    <message>
        <source>Save ro&amp;ute</source>
        <translation>Сохранить &amp;маршрут</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Срок, дней</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательная</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новая…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Stages, in order; won and lost close every pipeline</source>
        <translation>Этапы по порядку; выигрыш и проигрыш завершают любую воронку</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Убрать этап</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Route for process deals</source>
        <translation>Маршрут для процессных сделок</translation>
    </message>
    <message>
        <source>New pipeline %1</source>
        <translation>Новая воронка %1</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первичный контакт</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>The last pipeline cannot be deleted.</source>
        <translation>Последнюю воронку удалить нельзя.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Удаление воронки</translation>
    </message>
    <message>
        <source>Delete the pipeline &quot;%1&quot; with its stages?</source>
        <translation>Удалить воронку «%1» вместе с этапами?</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Choose a stage to see the tasks a process deal gets when it enters it.</source>
        <translation>Выберите этап, чтобы увидеть задачи, которые получает процессная сделка при переходе на него.</translation>
    </message>
    <message>
        <source>Save the stages first to give the new one a route.</source>
        <translation>Сначала сохраните этапы, чтобы задать новому этапу маршрут.</translation>
    </message>
    <message>
        <source>Tasks a process deal gets when it enters &quot;%1&quot;; it moves on by itself when the required ones are done.</source>
        <translation>Задачи, которые получает процессная сделка на этапе «%1»; когда обязательные выполнены, сделка переходит дальше сама.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Не удалось скопировать %1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>A product needs a name.</source>
        <translation>У товара должно быть название.</translation>
    </message>
    <message>
        <source>The price must not be negative and VAT must be from 0 to 100 %.</source>
        <translation>Цена не может быть отрицательной, НДС — от 0 до 100 %.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price with VAT</source>
        <translation>Цена с НДС</translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;Добавить товар</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>What deals offer: a line item takes the product&apos;s name, SKU, unit, price and VAT, and can change them. Leave VAT empty for goods sold without VAT.</source>
        <translation>То, что предлагают в сделках: позиция берёт у товара наименование, артикул, единицу, цену и НДС и может их изменить. Для товаров без НДС оставьте НДС пустым.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; type it like 1 234,50.</source>
        <translation>«%1» — не цена; введите её, например, как 1 234,50.</translation>
    </message>
    <message>
        <source>VAT is a percentage from 0 to 100, or empty for none.</source>
        <translation>НДС — процент от 0 до 100 или пусто, если НДС нет.</translation>
    </message>
</context>
<context>
    <name>ProposalArchive</name>
    <message>
        <source>Commercial proposal: %1</source>
        <translation>Коммерческое предложение: %1</translation>
    </message>
    <message>
        <source>Proposal No. %1 of %2 for %3, valid until %4; file %5.</source>
        <translation>Предложение № %1 от %2 на %3, действительно до %4; файл %5.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message>
        <source>our company&apos;s logo</source>
        <translation>логотип нашей компании</translation>
    </message>
    <message>
        <source>the director&apos;s signature</source>
        <translation>подпись руководителя</translation>
    </message>
    <message>
        <source>our company&apos;s stamp</source>
        <translation>печать нашей компании</translation>
    </message>
    <message>
        <source>the client&apos;s legal entity</source>
        <translation>юридическое лицо клиента</translation>
    </message>
    <message>
        <source>the client&apos;s INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>the client&apos;s KPP</source>
        <translation>КПП клиента</translation>
    </message>
    <message>
        <source>the client&apos;s OGRN</source>
        <translation>ОГРН клиента</translation>
    </message>
    <message>
        <source>the client&apos;s legal address</source>
        <translation>юридический адрес клиента</translation>
    </message>
    <message>
        <source>the client&apos;s bank</source>
        <translation>банк клиента</translation>
    </message>
    <message>
        <source>the client&apos;s BIK</source>
        <translation>БИК банка клиента</translation>
    </message>
    <message>
        <source>the client&apos;s bank account</source>
        <translation>расчётный счёт клиента</translation>
    </message>
    <message>
        <source>the client&apos;s correspondent account</source>
        <translation>корреспондентский счёт банка клиента</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>the contact person&apos;s position</source>
        <translation>должность контактного лица</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>название сделки</translation>
    </message>
    <message>
        <source>the deal&apos;s manager</source>
        <translation>ответственный менеджер сделки</translation>
    </message>
    <message>
        <source>the proposal&apos;s number</source>
        <translation>номер предложения</translation>
    </message>
    <message>
        <source>the proposal&apos;s date</source>
        <translation>дата предложения</translation>
    </message>
    <message>
        <source>the validity date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>товарные позиции</translation>
    </message>
    <message>
        <source>the number of line items</source>
        <translation>количество позиций</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>итоговая сумма</translation>
    </message>
    <message>
        <source>the total in words</source>
        <translation>сумма прописью</translation>
    </message>
    <message>
        <source>the VAT total</source>
        <translation>сумма НДС</translation>
    </message>
    <message>
        <source>whether any line has VAT</source>
        <translation>есть ли позиции с НДС</translation>
    </message>
    <message>
        <source>whether any line has a discount</source>
        <translation>есть ли позиции со скидкой</translation>
    </message>
    <message>
        <source>the currency sign</source>
        <translation>знак валюты</translation>
    </message>
    <message>
        <source>the line&apos;s number</source>
        <translation>номер строки</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>артикул</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>единица измерения</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <source>the VAT rate</source>
        <translation>ставка НДС</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>the line&apos;s total</source>
        <translation>сумма по строке</translation>
    </message>
    <message>
        <source>{{%1}}: no such field</source>
        <translation>{{%1}}: такого поля нет</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>There is no proposal template &quot;%1&quot;.</source>
        <translation>Шаблона предложения «%1» нет.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an error: %2</source>
        <translation>В шаблоне «%1» ошибка: %2</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>&amp;Company and documents…</source>
        <translation>&amp;Компания и документы…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Commercial proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Действительно до:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Commercial proposal: %1</source>
        <translation>Коммерческое предложение: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>The proposal cannot be made until these are filled in:</source>
        <translation>Предложение не составить, пока не заполнено:</translation>
    </message>
    <message>
        <source>Save proposal as PDF</source>
        <translation>Сохранить предложение в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Proposal saved</source>
        <translation>Предложение сохранено</translation>
    </message>
    <message>
        <source>The proposal is saved as %1 and attached to the deal.</source>
        <translation>Предложение сохранено в %1 и приложено к сделке.</translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation>Не удалось сохранить предложение</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
</context>
<context>
    <name>ProposalDocument</name>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation>Не удалось сверстать PDF.</translation>
    </message>
</context>
<context>
    <name>RecipientFinder</name>
    <message>
        <source>%1 opted out of e-mail.</source>
        <translation>%1 отказался от писем.</translation>
    </message>
    <message>
        <source>%1 opted out of SMS.</source>
        <translation>%1 отказался от SMS.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>У получателя %1 нет адреса электронной почты.</translation>
    </message>
    <message>
        <source>%1 has no mobile phone number.</source>
        <translation>У получателя %1 нет номера мобильного телефона.</translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>There is no contact person %1.</source>
        <translation>Контактного лица %1 нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
</context>
<context>
    <name>ReminderChoices</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>в начале</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>за 5 минут</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>за 15 минут</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>за 30 минут</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>за 1 час</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>за 1 день</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>за %n минуту</numerusform>
            <numerusform>за %n минуты</numerusform>
            <numerusform>за %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder at an exact time needs a valid time.</source>
        <translation>Для напоминания в точное время нужно правильное время.</translation>
    </message>
    <message>
        <source>The task %1 has no due time to remind before.</source>
        <translation>У задачи %1 нет срока, до которого можно напомнить.</translation>
    </message>
    <message>
        <source>The event %1 has no occurrence to remind of.</source>
        <translation>У события %1 нет повторения, о котором можно напомнить.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Задачи %1 нет.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>События %1 нет.</translation>
    </message>
    <message>
        <source>Snoozing needs a valid time.</source>
        <translation>Для отсрочки нужно правильное время.</translation>
    </message>
    <message>
        <source>There is no reminder %1.</source>
        <translation>Напоминания %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>A reminder goes off before the start, not %n minute(s) after it.</source>
        <translation>
            <numerusform>Напоминание срабатывает до начала, а не через %n минуту после него.</numerusform>
            <numerusform>Напоминание срабатывает до начала, а не через %n минуты после него.</numerusform>
            <numerusform>Напоминание срабатывает до начала, а не через %n минут после него.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSpec</name>
    <message>
        <source>The reminder &quot;%1&quot; is neither an offset before the start (-15m, -1h, -1d) nor a date and time (2026-12-01T09:00).</source>
        <translation>Напоминание «%1» — не смещение до начала (-15m, -1h, -1d) и не дата со временем (2026-12-01T09:00).</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Закрыть все</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 минут</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Другое…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>missed, due %1</source>
        <translation>пропущено, срок %1</translation>
    </message>
    <message>
        <source>Remind again in how many minutes, or at what time today or tomorrow (HH:mm)?</source>
        <translation>Напомнить снова через сколько минут или в какое время сегодня или завтра (ЧЧ:мм)?</translation>
    </message>
    <message>
        <source>Cannot snooze</source>
        <translation>Не удаётся отложить</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number of minutes nor a time (HH:mm).</source>
        <translation>«%1» — ни число минут, ни время (ЧЧ:мм).</translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation>Не удаётся отложить напоминание</translation>
    </message>
    <message>
        <source>Cannot dismiss the reminder</source>
        <translation>Не удаётся закрыть напоминание</translation>
    </message>
</context>
<context>
    <name>RepeatRule</name>
    <message>
        <source>The repeat rule &quot;%1&quot; uses %2, which is not supported: only daily, weekly on chosen days, monthly and yearly rules with an interval, a count or an end date are.</source>
        <translation>Правило повторения «%1» использует %2, а это не поддерживается: поддерживаются только ежедневные, еженедельные по выбранным дням, ежемесячные и ежегодные правила с интервалом, числом повторений или датой окончания.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; starts its weeks on %2; only Monday (MO) is supported.</source>
        <translation>Правило повторения «%1» начинает неделю с %2; поддерживается только понедельник (MO).</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; is not understood: it needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY and valid values.</source>
        <translation>Правило повторения «%1» не распознано: нужны FREQ=DAILY, WEEKLY, MONTHLY или YEARLY и правильные значения.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; repeats more often than daily, which is not supported.</source>
        <translation>Правило повторения «%1» повторяется чаще раза в день, а это не поддерживается.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; has an interval below 1.</source>
        <translation>В правиле повторения «%1» интервал меньше 1.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; chooses days of the week for a rule that is not weekly, which is not supported.</source>
        <translation>Правило повторения «%1» задаёт дни недели для правила, которое не еженедельное, а это не поддерживается.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; names a numbered weekday (such as 2MO), which is not supported.</source>
        <translation>Правило повторения «%1» называет день недели с номером (например, 2MO), а это не поддерживается.</translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; has both COUNT and UNTIL; RFC 5545 allows only one.</source>
        <translation>В правиле повторения «%1» есть и COUNT, и UNTIL; RFC 5545 допускает только одно из них.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Каждую %n неделю</numerusform>
            <numerusform>Каждые %n недели</numerusform>
            <numerusform>Каждые %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Каждый %n месяц</numerusform>
            <numerusform>Каждые %n месяца</numerusform>
            <numerusform>Каждые %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Каждый %n год</numerusform>
            <numerusform>Каждые %n года</numerusform>
            <numerusform>Каждые %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, один раз</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n раз</numerusform>
            <numerusform>%1, %n раза</numerusform>
            <numerusform>%1, %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, до %2</translation>
    </message>
</context>
<context>
    <name>RepeatRuleEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>every </source>
        <translation>каждые </translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>без конца</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <source>times</source>
        <translation>раз</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>г.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>report needs one of: %1</source>
        <translation>report требует один из отчётов: %1</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; there are: %2</source>
        <translation>неизвестный отчёт «%1»; есть: %2</translation>
    </message>
    <message>
        <source>--format needs table, json or csv</source>
        <translation>--format требует table, json или csv</translation>
    </message>
    <message>
        <source>--mode needs snapshot or flow</source>
        <translation>--mode требует snapshot или flow</translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-11-30)</source>
        <translation>--%1 требует дату (2026-11-30)</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>there is no pipeline &quot;%1&quot;</source>
        <translation>воронки «%1» нет</translation>
    </message>
    <message>
        <source>--by needs week or month</source>
        <translation>--by требует week или month</translation>
    </message>
    <message>
        <source>--no-contact-days needs a number of days</source>
        <translation>--no-contact-days требует число дней</translation>
    </message>
    <message>
        <source>--%1 needs a percentage</source>
        <translation>--%1 требует число процентов</translation>
    </message>
    <message numerus="yes">
        <source>importance set to the ABC class for %n client(s)</source>
        <translation>
            <numerusform>важность по классу ABC записана для %n клиента</numerusform>
            <numerusform>важность по классу ABC записана для %n клиентов</numerusform>
            <numerusform>важность по классу ABC записана для %n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The page size is not supported.</source>
        <translation>Этот размер страницы не поддерживается.</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Не удалось записать файл PDF: %1</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>The period of the report</source>
        <translation>Период отчёта</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source of the deal</source>
        <translation>Источник сделки</translation>
    </message>
    <message>
        <source>Client&apos;s region</source>
        <translation>Регион клиента</translation>
    </message>
    <message>
        <source>Client&apos;s importance</source>
        <translation>Важность клиента</translation>
    </message>
    <message>
        <source>Client&apos;s tag</source>
        <translation>Тег клиента</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every deal of the period</source>
        <translation>Показать все сделки периода</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Deals of:</source>
        <translation>Сделки:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>Any responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
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
        <source>Pipeline: %1</source>
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Регион: %1</translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation>Важность: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Тег: %1</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A share in percent; %1 is the number with one decimal</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Не удалось построить отчёт: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>С учётом вероятности</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>В следующий этап</translation>
    </message>
    <message>
        <source>To won</source>
        <translation>В выигрыш</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <source>Cycle, days</source>
        <translation>Цикл, дней</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Source or mailing</source>
        <translation>Источник или рассылка</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Затраты на выигранную сделку</translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>Mailing: %1</source>
        <translation>Рассылка: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Вариация</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Без контакта %n день</numerusform>
            <numerusform>Без контакта %n дня</numerusform>
            <numerusform>Без контакта %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Double-click to see these deals</source>
        <translation>Двойной щелчок — показать эти сделки</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Выгрузить &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report&apos;s table as a CSV file</source>
        <translation>Сохранить таблицу отчёта в файл CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Выгрузить &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report with its chart as a PDF file</source>
        <translation>Сохранить отчёт с диаграммой в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Не удалось выгрузить отчёт</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Выгрузка отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database is replaced by the backup chosen; the current file is kept beside it and the window opens the backup.
Backups in %1:</source>
        <translation>База данных заменяется выбранной резервной копией; текущий файл сохраняется рядом, и окно открывает копию.
Резервные копии в %1:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>No backups here yet: File → Back up now makes one, or choose Other file…</source>
        <translation>Резервных копий здесь пока нет: Файл → Сделать резервную копию создаст её, или выберите «Другой файл…»</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Другой файл…</translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Clientele (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Clientele one.</source>
        <translation>%1 — база данных SQLite, но не Clientele.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Clientele (schema %2; this program knows up to %3).</source>
        <translation>%1 записан более новой версией Clientele (схема %2; эта программа знает схемы до %3).</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 — не файл, который можно прочитать.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 — не база данных SQLite.</translation>
    </message>
    <message>
        <source>The database %1 is not open for writing.</source>
        <translation>База данных %1 не открыта для записи.</translation>
    </message>
    <message>
        <source>%1 is the database itself.</source>
        <translation>%1 — это сама база данных.</translation>
    </message>
    <message>
        <source>The database %1 is busy; try again: %2</source>
        <translation>База данных %1 занята; попробуйте ещё раз: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Не удалось отложить %1.</translation>
    </message>
</context>
<context>
    <name>SalesSettingsDialog</name>
    <message>
        <source>Sales settings</source>
        <translation>Настройки продаж</translation>
    </message>
    <message>
        <source>&amp;Pipelines and stages</source>
        <translation>&amp;Воронки и этапы</translation>
    </message>
    <message>
        <source>&amp;Loss reasons</source>
        <translation>&amp;Причины проигрыша</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>&amp;Товары</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (%1): the secret is kept for this session only and asked again at the next start.</source>
        <translation>Системная связка ключей недоступна (%1): секрет хранится только до закрытия программы и будет запрошен при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>SegmentFilter</name>
    <message>
        <source>&quot;%1&quot;: a term is KEY=VALUE</source>
        <translation>«%1»: условие записывается как КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only no_contact_days takes &gt;=</source>
        <translation>«%1»: &gt;= допускается только для no_contact_days</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value is empty</source>
        <translation>«%1»: пустое значение</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: importance is A, B or C</source>
        <translation>«%1»: важность — A, B или C</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: kind is company or person</source>
        <translation>«%1»: вид — company или person</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no_contact_days is a number of days</source>
        <translation>«%1»: no_contact_days — число дней</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: birthday takes this_month</source>
        <translation>«%1»: для birthday допустимо только this_month</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: recipients is all, clients or contacts</source>
        <translation>«%1»: recipients — all, clients или contacts</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: clients is a list of client ids</source>
        <translation>«%1»: clients — список идентификаторов клиентов</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown key &quot;%2&quot;; the keys are region, city, importance, kind, tag, source, stage, open_deal, no_contact_days, birthday, clients, recipients</source>
        <translation>«%1»: неизвестный ключ «%2»; ключи: region, city, importance, kind, tag, source, stage, open_deal, no_contact_days, birthday, clients, recipients</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>У сегмента должно быть название.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Alt with the underlined letter opens a menu or presses a button.</source>
        <translation>Tab и Shift+Tab переходят между полями; Alt с подчёркнутой буквой открывает меню или нажимает кнопку.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SideSearchIndex</name>
    <message>
        <source>The search index has tables the import cannot copy.</source>
        <translation>В поисковом индексе есть таблицы, которые импорт не умеет копировать.</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>The SMS gateway&apos;s address is not valid: %1</source>
        <translation>Адрес SMS-шлюза неверен: %1</translation>
    </message>
    <message>
        <source>Cannot read a certificate from %1.</source>
        <translation>Не удаётся прочитать сертификат из %1.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>Не удалось запустить почтовую библиотеку.</translation>
    </message>
    <message>
        <source>%1: the password would go unencrypted over the network; choose STARTTLS or TLS (no encryption is for a server on this machine).</source>
        <translation>%1: пароль ушёл бы по сети незашифрованным; выберите STARTTLS или TLS (без шифрования — только для сервера на этом компьютере).</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>No deals here.
Drag a card to this stage.</source>
        <translation>Здесь нет сделок.
Перетащите карточку на этот этап.</translation>
    </message>
    <message>
        <source>%1: deals enter it with probability %2 %</source>
        <translation>%1: сделки приходят на этап с вероятностью %2 %</translation>
    </message>
    <message>
        <source>The sum weighted by each deal&apos;s probability</source>
        <translation>Сумма с учётом вероятности каждой сделки</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>прогноз %1</translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>probability %1 %</source>
        <translation>вероятность %1 %</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>task needs add, list, show, start, done, accept, return, cancel or reopen</source>
        <translation>для task нужна команда add, list, show, start, done, accept, return, cancel или reopen</translation>
    </message>
    <message>
        <source>unknown task command &quot;%1&quot;</source>
        <translation>неизвестная команда task «%1»</translation>
    </message>
    <message>
        <source>task %1 needs a task id</source>
        <translation>для task %1 нужен номер задачи</translation>
    </message>
    <message>
        <source>task return needs --comment C: say why it goes back</source>
        <translation>для task return нужен --comment C: напишите, почему задача возвращается</translation>
    </message>
    <message>
        <source>--all-day needs --due DATE</source>
        <translation>для --all-day нужен --due DATE</translation>
    </message>
    <message>
        <source>--due needs a date such as 2026-12-31 or a time such as 2026-12-31T10:00</source>
        <translation>для --due нужна дата вида 2026-12-31 или время вида 2026-12-31T10:00</translation>
    </message>
    <message>
        <source>task add needs --title</source>
        <translation>для task add нужен --title</translation>
    </message>
    <message>
        <source>--priority must be low, normal or high</source>
        <translation>--priority должен быть low, normal или high</translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation>для --%1 нужен номер</translation>
    </message>
    <message>
        <source>there is no deal with id %1</source>
        <translation>нет сделки с номером %1</translation>
    </message>
    <message>
        <source>there is no client with id %1</source>
        <translation>нет клиента с номером %1</translation>
    </message>
    <message>
        <source>there is no contact person with id %1</source>
        <translation>нет контактного лица с номером %1</translation>
    </message>
    <message>
        <source>%1 is archived and takes no new tasks</source>
        <translation>%1 в архиве и новых задач не получает</translation>
    </message>
    <message>
        <source>there is no person &quot;%1&quot;; the people are: %2 (add one with person add NAME)</source>
        <translation>нет сотрудника «%1»; сотрудники: %2 (добавить: person add NAME)</translation>
    </message>
    <message>
        <source>--remind %1 needs --due: it is counted back from the due time</source>
        <translation>для --remind %1 нужен --due: напоминание отсчитывается от срока</translation>
    </message>
    <message>
        <source>--view must be mine, assigned or check</source>
        <translation>--view должен быть mine, assigned или check</translation>
    </message>
    <message>
        <source>there is no task with id %1</source>
        <translation>нет задачи с номером %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>The author checks the result</source>
        <translation>Автор проверяет результат</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Choose a task in the list, or create one with New task.</source>
        <translation>Выберите задачу в списке или создайте новую кнопкой «Новая задача».</translation>
    </message>
    <message>
        <source>What to do, e.g. Call about the contract</source>
        <translation>Что сделать, например: позвонить по договору</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Выбрать клиента</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Без клиента</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>С&amp;делка:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Изменение названия</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Изменение описания</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Изменение срока</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Изменение важности</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Изменение контактного лица</translation>
    </message>
    <message>
        <source>Change deal</source>
        <translation>Изменение сделки</translation>
    </message>
    <message>
        <source>Change executor</source>
        <translation>Изменение исполнителя</translation>
    </message>
    <message>
        <source>Change check</source>
        <translation>Изменение проверки</translation>
    </message>
    <message>
        <source>Change repeat</source>
        <translation>Изменение повтора</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>%1 · given by %2 on %3</source>
        <translation>%1 · поставил(а) %2, %3</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Не удалось сохранить задачу</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The task «%1» has unsaved changes. Save them?</source>
        <translation>В задаче «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Задачи с номером %1 нет.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Взята в работу</translation>
    </message>
    <message>
        <source>Sent for a check</source>
        <translation>Отправлена на проверку</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыта снова</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not one of low, normal, high.</source>
        <translation>Важность «%1» — не одна из low, normal, high.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date such as 2026-12-31.</source>
        <translation>Срок «%1» — не дата вида 2026-12-31.</translation>
    </message>
    <message>
        <source>The due time &quot;%1&quot; is not a time such as 2026-12-31T10:00:00Z.</source>
        <translation>Срок «%1» — не время вида 2026-12-31T10:00:00Z.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>У повторяющейся задачи должен быть срок.</translation>
    </message>
    <message>
        <source>executor: %1 → %2</source>
        <translation>исполнитель: %1 → %2</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is %2; only an open or returned task can be started.</source>
        <translation>Задача «%1» — %2; взять в работу можно только открытую или возвращённую задачу.</translation>
    </message>
    <message>
        <source>Only %1, who does the task &quot;%2&quot;, can start it.</source>
        <translation>Взять задачу «%2» в работу может только её исполнитель, %1.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is waiting for %2&apos;s check; the author accepts or returns it.</source>
        <translation>Задача «%1» ждёт проверки: %2, автор, принимает или возвращает её.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is %2 already.</source>
        <translation>Задача «%1» уже в состоянии «%2».</translation>
    </message>
    <message>
        <source>Only %1, who does the task &quot;%2&quot;, or its author %3 can mark it done; you are %4.</source>
        <translation>Отметить задачу «%2» выполненной может только исполнитель, %1, или автор, %3; вы — %4.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not waiting for a check (it is %2).</source>
        <translation>Задача «%1» не ждёт проверки (её состояние — %2).</translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can accept it.</source>
        <translation>Принять задачу «%2» может только её автор, %1.</translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can return it.</source>
        <translation>Вернуть задачу «%2» может только её автор, %1.</translation>
    </message>
    <message>
        <source>Say why the task &quot;%1&quot; goes back: a comment is required.</source>
        <translation>Напишите, почему задача «%1» возвращается: комментарий обязателен.</translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can cancel it.</source>
        <translation>Отменить задачу «%2» может только её автор, %1.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not done nor cancelled (it is %2).</source>
        <translation>Задача «%1» не выполнена и не отменена (её состояние — %2).</translation>
    </message>
    <message>
        <source>Only %1 or %2 can reopen the task &quot;%3&quot;.</source>
        <translation>Открыть задачу «%3» снова могут только %1 или %2.</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Новая задача</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>В &amp;работу</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>В&amp;ернуть…</translation>
    </message>
    <message>
        <source>Send the task back to its executor with a comment</source>
        <translation>Вернуть задачу исполнителю с комментарием</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>Сн&amp;ять</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Во&amp;зобновить</translation>
    </message>
    <message>
        <source>Open c&amp;lient</source>
        <translation>К&amp;лиент</translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation>С&amp;делка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Client / deal</source>
        <translation>Клиент / сделка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>Nothing to do: the tasks given to you, and the steps of your process deals, come here, overdue first.</source>
        <translation>Задач нет: сюда попадают задачи, поставленные вам, и шаги ваших процессных сделок, просроченные — первыми.</translation>
    </message>
    <message>
        <source>You have not given anyone a task. Give one with New task and choose the executor; it stays here until it is done.</source>
        <translation>Вы никому не ставили задач. Поставьте задачу кнопкой «Новая задача» и выберите исполнителя: она будет здесь, пока её не выполнят.</translation>
    </message>
    <message>
        <source>Nothing to check. Tasks you gave with a check come here when their executor marks them done.</source>
        <translation>Проверять нечего. Задачи, поставленные вами с проверкой, попадают сюда, когда исполнитель отмечает их выполненными.</translation>
    </message>
    <message>
        <source>Return the task</source>
        <translation>Вернуть задачу</translation>
    </message>
    <message>
        <source>What is to be done again? %1 sees this comment.</source>
        <translation>Что нужно переделать? %1 увидит этот комментарий.</translation>
    </message>
    <message>
        <source>The task did not change</source>
        <translation>Задача не изменилась</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Plain &amp;text:</source>
        <translation>Простой &amp;текст:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Убрать файл</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Restore the ready one</source>
        <translation>&amp;Вернуть готовый</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Шаблоны сообщений</translation>
    </message>
    <message>
        <source>Empty: made from the HTML</source>
        <translation>Пусто: будет получен из HTML</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Вставить &amp;поле</translation>
    </message>
    <message>
        <source>New &amp;e-mail</source>
        <translation>Новое &amp;письмо</translation>
    </message>
    <message>
        <source>New S&amp;MS</source>
        <translation>Новое S&amp;MS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Просмотр для:</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Вложить файл</translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation>никто не выбран</translation>
    </message>
    <message>
        <source>ready, changed</source>
        <translation>готовый, изменён</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готовый</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Не удалось вложить файл</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Template: %n character(s), </source>
        <translation>
            <numerusform>Шаблон: %n символ, </numerusform>
            <numerusform>Шаблон: %n символа, </numerusform>
            <numerusform>Шаблон: %n символов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) </source>
        <translation>
            <numerusform>%n часть </numerusform>
            <numerusform>%n части </numerusform>
            <numerusform>%n частей </numerusform>
        </translation>
    </message>
    <message>
        <source>(Cyrillic: %1 a part)</source>
        <translation>(кириллица: %1 в части)</translation>
    </message>
    <message>
        <source>(Latin: %1 a part)</source>
        <translation>(латиница: %1 в части)</translation>
    </message>
    <message>
        <source>Choose a client to see the message as it would go to them.</source>
        <translation>Выберите клиента, чтобы увидеть сообщение таким, каким он его получит.</translation>
    </message>
    <message>
        <source>This message would be held, not sent, because these fields are empty for %1: %2</source>
        <translation>Это сообщение будет задержано, а не отправлено: у получателя %1 пусты поля: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2&lt;/p&gt;&lt;hr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Кому:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Тема:&lt;/b&gt; %2&lt;/p&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Не удалось сохранить шаблон</translation>
    </message>
    <message>
        <source>Restore the ready template &quot;%1&quot;? Your changes to it are lost.</source>
        <translation>Вернуть готовый шаблон «%1»? Ваши изменения в нём будут потеряны.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Удалить шаблон «%1»?</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cannot change the template</source>
        <translation>Не удалось изменить шаблон</translation>
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
    <message>
        <source>the file is %1 MiB; files over %2 MiB are not read</source>
        <translation>файл занимает %1 МиБ; файлы больше %2 МиБ не читаются</translation>
    </message>
</context>
<context>
    <name>TransportSettings</name>
    <message>
        <source>No SMS gateway is set up: Settings → Mail and SMS…</source>
        <translation>SMS-шлюз не настроен: Настройки → Почта и SMS…</translation>
    </message>
    <message>
        <source>No mail server is set up: Settings → Mail and SMS…</source>
        <translation>Почтовый сервер не настроен: Настройки → Почта и SMS…</translation>
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
    <message numerus="yes">
        <source>This message: %n character(s), </source>
        <translation>
            <numerusform>Это сообщение: %n символ, </numerusform>
            <numerusform>Это сообщение: %n символа, </numerusform>
            <numerusform>Это сообщение: %n символов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) </source>
        <translation>
            <numerusform>%n часть </numerusform>
            <numerusform>%n части </numerusform>
            <numerusform>%n частей </numerusform>
        </translation>
    </message>
    <message>
        <source>(Cyrillic: %1 a part)</source>
        <translation>(кириллица: %1 в части)</translation>
    </message>
    <message>
        <source>(Latin: %1 a part)</source>
        <translation>(латиница: %1 в части)</translation>
    </message>
</context>
<context>
    <name>UsedLibraries</name>
    <message>
        <source>Windows, charts, printing, networking</source>
        <translation>Окна, диаграммы, печать, сеть</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Sending e-mail and SMS</source>
        <translation>Отправка e-mail и SMS</translation>
    </message>
    <message>
        <source>iCalendar files and repeating events</source>
        <translation>Файлы iCalendar и повторяющиеся события</translation>
    </message>
    <message>
        <source>Reading and formatting phone numbers</source>
        <translation>Разбор и форматирование телефонных номеров</translation>
    </message>
    <message>
        <source>Reading CSV files</source>
        <translation>Чтение файлов CSV</translation>
    </message>
    <message>
        <source>Guessing the encoding of imported files</source>
        <translation>Определение кодировки импортируемых файлов</translation>
    </message>
    <message>
        <source>Templates of mailings and proposals</source>
        <translation>Шаблоны рассылок и коммерческих предложений</translation>
    </message>
    <message>
        <source>Passwords in the system keychain</source>
        <translation>Пароли в системном хранилище ключей</translation>
    </message>
</context>
<context>
    <name>VCardPreviewPage</name>
    <message>
        <source>Check the cards</source>
        <translation>Проверьте карточки</translation>
    </message>
    <message>
        <source>The first cards of the file as Clientele reads them.</source>
        <translation>Первые карточки файла в том виде, как их читает Clientele.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The numbers on the left are the lines where the cards begin.</source>
        <translation>Числа слева — номера строк, с которых начинаются карточки.</translation>
    </message>
    <message>
        <source>Reading the whole file… %1 %</source>
        <translation>Чтение всего файла… %1 %</translation>
    </message>
    <message>
        <source>This file cannot be imported:
%1</source>
        <translation>Этот файл нельзя импортировать:
%1</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Чтение всего файла…</translation>
    </message>
    <message numerus="yes">
        <source>The whole file reads well: %Ln card(s).</source>
        <translation>
            <numerusform>Весь файл читается без ошибок: %Ln карточка.</numerusform>
            <numerusform>Весь файл читается без ошибок: %Ln карточки.</numerusform>
            <numerusform>Весь файл читается без ошибок: %Ln карточек.</numerusform>
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
    <message>
        <source>card longer than %1 MiB</source>
        <translation>карточка длиннее %1 МиБ</translation>
    </message>
    <message>
        <source>card with more than %1 properties, parameters and values</source>
        <translation>в карточке больше %1 свойств, параметров и значений</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>The event «%1» is no longer in the database.</source>
        <translation>События «%1» больше нет в базе.</translation>
    </message>
</context>
<context>
    <name>WinDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Отметить выигранной</translation>
    </message>
    <message>
        <source>«%1» is closed as won on %2.</source>
        <translation>Сделка «%1» закрывается как выигранная %2.</translation>
    </message>
    <message>
        <source>&amp;Final amount, %1:</source>
        <translation>&amp;Итоговая сумма, %1:</translation>
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
        <source>Open the deal with this id.</source>
        <translation>Открыть сделку с этим номером.</translation>
    </message>
    <message>
        <source>Open the section NAME: clients, deals, tasks, assigned, check, calendar, mailings, reports, archive, or the report funnel, losses, interactions, efficiency, channels or abc.</source>
        <translation>Открыть раздел NAME: clients, deals, tasks, assigned, check, calendar, mailings, reports, archive или отчёт funnel, losses, interactions, efficiency, channels, abc.</translation>
    </message>
    <message>
        <source>Open File → Restore from backup at start.</source>
        <translation>Открыть при запуске Файл → Восстановить из резервной копии.</translation>
    </message>
    <message>
        <source>A .csv or .vcf file to open in the import wizard.</source>
        <translation>Файл .csv или .vcf, который открыть в мастере импорта.</translation>
    </message>
    <message>
        <source>Walk through the first-start questions again.</source>
        <translation>Снова пройти вопросы первого запуска.</translation>
    </message>
</context>
</TS>
