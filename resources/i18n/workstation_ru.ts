<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="67"/>
        <source>The details were written to the log: %1</source>
        <translation>Подробности записаны в журнал: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="70"/>
        <source>The program ran into an internal error. What you already saved is safe; if an action did not finish, try it again.</source>
        <translation>В программе произошла внутренняя ошибка. Уже сохранённое не потеряно; если действие не завершилось, повторите его.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="81"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="84"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="23"/>
        <source>Logged in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="45"/>
        <source>Connection: checking</source>
        <translation>Связь: проверка</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="47"/>
        <source>Connection: online</source>
        <translation>Связь: есть</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="49"/>
        <source>Connection: LOST</source>
        <translation>Связь: НЕТ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="41"/>
        <source>Operator workstation — log in</source>
        <translation>АРМ оператора — вход</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="44"/>
        <source>Operator workstation</source>
        <translation>АРМ оператора</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="49"/>
        <source>Remote customer service desk</source>
        <translation>Дистанционное обслуживание потребителей</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="54"/>
        <source>for example, ivanova</source>
        <translation>например, ivanova</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="59"/>
        <source>&amp;Login:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="60"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="77"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>Connect again</source>
        <translation>Подключиться снова</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="103"/>
        <source>Connecting to the database…</source>
        <translation>Подключение к базе данных…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="120"/>
        <source>The database has no users yet. An administrator creates the first one with: python main.py user add LOGIN --name &quot;Full name&quot; --role admin</source>
        <translation>В базе данных ещё нет пользователей. Администратор создаёт первого командой: python main.py user add ЛОГИН --name &quot;Фамилия Имя Отчество&quot; --role admin</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="126"/>
        <source>Connected. Enter your login and password.</source>
        <translation>Соединение установлено. Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="133"/>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="134"/>
        <source>Password for this session only:</source>
        <translation>Пароль только для этого сеанса:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="151"/>
        <source>Enter your login and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="156"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="21"/>
        <source>Operator workstation — %1</source>
        <translation>АРМ оператора — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Operator workstation for a utility&apos;s remote customer-service desk.</source>
        <translation>Автоматизированное рабочее место оператора дистанционного обслуживания потребителей энергосбытовой компании.</translation>
    </message>
</context>
</TS>
