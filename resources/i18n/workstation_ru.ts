<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="27"/>
        <source>Absence and delegate</source>
        <translation>Отсутствие и заместитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="29"/>
        <source>&amp;Absent (work goes to the delegate)</source>
        <translation>&amp;Отсутствует (работа передаётся заместителю)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="32"/>
        <source>&amp;until</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="42"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="44"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="46"/>
        <source>&amp;Delegate:</source>
        <translation>&amp;Заместитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/absence_dialog.py" line="77"/>
        <source>Choose the colleague who receives the work meanwhile.</source>
        <translation>Выберите сотрудника, которому на это время передаётся работа.</translation>
    </message>
</context>
<context>
    <name>AnswerDiff</name>
    <message>
        <location filename="../../ui/answer_diff.py" line="35"/>
        <source>a specialist: %1</source>
        <translation>специалист: %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="37"/>
        <source>the operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="38"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="39"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="40"/>
        <source>Typical questions</source>
        <translation>Типовые вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="41"/>
        <source>Short answer for a call</source>
        <translation>Краткий ответ для разговора</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="42"/>
        <source>Full answer for a letter or e-mail</source>
        <translation>Полный ответ для письма или электронной почты</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="43"/>
        <source>Given by</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="49"/>
        <source>Version %1 by %2</source>
        <translation>Версия %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="56"/>
        <source>The answer is taken out of use.</source>
        <translation>Ответ выводится из употребления.</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="61"/>
        <source>A new answer.</source>
        <translation>Новый ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/answer_diff.py" line="70"/>
        <source>Nothing differs from the answer in use.</source>
        <translation>Отличий от действующего ответа нет.</translation>
    </message>
</context>
<context>
    <name>AnswerEntriesModel</name>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="22"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="23"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="25"/>
        <source>Given by</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="26"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="41"/>
        <source>not yet approved</source>
        <translation>ещё не утверждён</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="43"/>
        <source>retired</source>
        <translation>выведен из употребления</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="45"/>
        <source>in use, version %1</source>
        <translation>действует, версия %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="47"/>
        <source>version %1 awaits approval</source>
        <translation>версия %1 ожидает утверждения</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_entries.py" line="54"/>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
</context>
<context>
    <name>AnswerEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="30"/>
        <source>One typical wording per line</source>
        <translation>По одной типовой формулировке в строке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="35"/>
        <source>The operator answers alone</source>
        <translation>Оператор отвечает сам</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="36"/>
        <source>A specialist answers: transfer the call</source>
        <translation>Отвечает специалист: перевести звонок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="40"/>
        <source>The specialist&apos;s unit</source>
        <translation>Подразделение специалиста</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="44"/>
        <source>Insert a field…</source>
        <translation>Вставить поле…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="50"/>
        <source>What changed and why (for the history)</source>
        <translation>Что изменено и почему (для истории)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="53"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="54"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="55"/>
        <source>Typical &amp;questions:</source>
        <translation>Типовые &amp;вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="56"/>
        <source>&amp;Short answer for a call:</source>
        <translation>&amp;Краткий ответ для разговора:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="57"/>
        <source>&amp;Full answer for a letter:</source>
        <translation>&amp;Полный ответ для письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="58"/>
        <source>&amp;Placeholders:</source>
        <translation>По&amp;ля подстановки:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="59"/>
        <source>&amp;Given by:</source>
        <translation>Кто &amp;отвечает:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="60"/>
        <source>Specialist &amp;unit:</source>
        <translation>Подразделение &amp;специалиста:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="61"/>
        <source>&amp;Reason for the change:</source>
        <translation>П&amp;ричина изменения:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="62"/>
        <source>Propose for approval</source>
        <translation>Предложить на утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="108"/>
        <source>Write the title of the answer.</source>
        <translation>Напишите заголовок ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_entry_dialog.py" line="110"/>
        <source>Name the specialist&apos;s unit the call is transferred to.</source>
        <translation>Укажите подразделение специалиста, которому переводится звонок.</translation>
    </message>
</context>
<context>
    <name>AnswerLibraryPane</name>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="80"/>
        <source>Search answers: words in any form</source>
        <translation>Поиск ответов: слова в любой форме</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="120"/>
        <source>Insert the &amp;short answer</source>
        <translation>Вставить &amp;краткий ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="123"/>
        <source>Insert the &amp;full answer</source>
        <translation>Вставить &amp;полный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="125"/>
        <source>&amp;Copy the answer</source>
        <translation>Копи&amp;ровать ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="127"/>
        <source>Search &amp;answers</source>
        <translation>Поиск о&amp;тветов</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="129"/>
        <source>Go to &amp;topics</source>
        <translation>Перейти к т&amp;емам</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="135"/>
        <source>Choose an answer to see it here.</source>
        <translation>Выберите ответ, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="138"/>
        <source>Short answer</source>
        <translation>Краткий ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="141"/>
        <source>Full answer</source>
        <translation>Полный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="177"/>
        <source>Answer library</source>
        <translation>Библиотека ответов</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="247"/>
        <source>Nothing found. Try other words or another topic.</source>
        <translation>Ничего не найдено. Попробуйте другие слова или другую тему.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="262"/>
        <source>No answer chosen.</source>
        <translation>Ответ не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="303"/>
        <source>Choose an answer first.</source>
        <translation>Сначала выберите ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="326"/>
        <source>No text field is waiting for an answer: it was copied to the clipboard. Click into the notes or a reply to insert directly.</source>
        <translation>Нет поля, в которое можно вставить ответ: он скопирован в буфер обмена. Щёлкните в заметки или в ответ клиенту, чтобы вставлять сразу туда.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="330"/>
        <source>Inserted into “%1”.</source>
        <translation>Вставлено в «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="343"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="351"/>
        <source>(no customer card is open)</source>
        <translation>(карточка клиента не открыта)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="352"/>
        <source>Fill in by hand: %1</source>
        <translation>Заполните вручную: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="399"/>
        <source>Enter copies the answer: no text field is waiting for one.</source>
        <translation>Enter копирует ответ: нет поля, ожидающего вставки.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="401"/>
        <source>Enter inserts into “%1”.</source>
        <translation>Enter вставляет в «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_library_pane.py" line="402"/>
        <source>Answers: %1</source>
        <translation>Ответов: %1</translation>
    </message>
</context>
<context>
    <name>AnswerPreview</name>
    <message>
        <location filename="../../ui/answer_preview.py" line="39"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="44"/>
        <source>Given by a specialist</source>
        <translation>Отвечает специалист</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="47"/>
        <source>Short answer for a call</source>
        <translation>Краткий ответ для разговора</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="49"/>
        <source>Full answer for a letter or e-mail</source>
        <translation>Полный ответ для письма или электронной почты</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="52"/>
        <source>When transferring the call</source>
        <translation>При переводе звонка</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="53"/>
        <source>Transfer the call to a specialist — say</source>
        <translation>Переведите звонок специалисту — скажите</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="56"/>
        <source>Only a specialist gives this answer (TEL-2).</source>
        <translation>Этот ответ даёт только специалист (TEL-2).</translation>
    </message>
    <message>
        <location filename="../../ui/answer_preview.py" line="60"/>
        <source>Typical questions</source>
        <translation>Типовые вопросы</translation>
    </message>
</context>
<context>
    <name>AnswerResultsModel</name>
    <message>
        <location filename="../../ui/models/answer_results.py" line="25"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_results.py" line="29"/>
        <source>Uses</source>
        <translation>Использований</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_results.py" line="30"/>
        <source>Times used recently</source>
        <translation>Сколько раз ответ использовали за последнее время</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_results.py" line="51"/>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_results.py" line="53"/>
        <source>Given by a specialist: %1</source>
        <translation>Отвечает специалист: %1</translation>
    </message>
</context>
<context>
    <name>AnswerReviewPane</name>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="84"/>
        <source>Choose a version: its change is shown here word by word.</source>
        <translation>Выберите версию: здесь будут показаны её изменения слово за словом.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="88"/>
        <source>Reason for rejecting (the author reads it)</source>
        <translation>Причина отклонения (её прочтёт автор)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="93"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="95"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="97"/>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="99"/>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="101"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="103"/>
        <source>&amp;Withdraw</source>
        <translation>Ото&amp;звать</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="105"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="107"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="109"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="138"/>
        <source>Awaiting approval</source>
        <translation>Ожидают утверждения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="144"/>
        <source>All answers and history</source>
        <translation>Все ответы и история</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="227"/>
        <source>Answer library: editing and approval</source>
        <translation>Библиотека ответов: изменение и утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="247"/>
        <source>Awaiting approval (%1)</source>
        <translation>Ожидают утверждения (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="307"/>
        <source>New answer</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="316"/>
        <location filename="../../ui/panes/answer_review_pane.py" line="344"/>
        <source>Choose an answer on the tab “All answers” first.</source>
        <translation>Сначала выберите ответ на вкладке «Все ответы».</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="318"/>
        <source>Change the answer</source>
        <translation>Изменение ответа</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="334"/>
        <source>Version %1 of “%2” awaits approval by another supervisor.</source>
        <translation>Версия %1 ответа «%2» ожидает утверждения другим руководителем.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="349"/>
        <source>Retiring “%1” awaits approval.</source>
        <translation>Вывод ответа «%1» из употребления ожидает утверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="361"/>
        <source>Approved: %1. Operators see it now.</source>
        <translation>Утверждено: %1. Операторы уже видят изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="368"/>
        <source>Rejected: %1.</source>
        <translation>Отклонено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="375"/>
        <source>Withdrawn: %1.</source>
        <translation>Отозвано: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="389"/>
        <source>Import a library file</source>
        <translation>Импорт файла библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="390"/>
        <location filename="../../ui/panes/answer_review_pane.py" line="397"/>
        <source>Answer library (*.json)</source>
        <translation>Библиотека ответов (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="395"/>
        <source>Export the library</source>
        <translation>Экспорт библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="404"/>
        <source>Could not read the file %1: %2.</source>
        <translation>Не удалось прочитать файл %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="405"/>
        <source>it is not UTF-8 text</source>
        <translation>это не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="418"/>
        <source>Imported: new %1, changed %2, retired %3, unchanged %4. They await approval.</source>
        <translation>Импортировано: новых %1, изменённых %2, выводимых из употребления %3, без изменений %4. Изменения ожидают утверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="430"/>
        <source>Could not write the file %1: %2.</source>
        <translation>Не удалось записать файл %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/answer_review_pane.py" line="442"/>
        <source>Exported answers: %1.</source>
        <translation>Выгружено ответов: %1.</translation>
    </message>
</context>
<context>
    <name>AnswerTopicsModel</name>
    <message>
        <location filename="../../ui/models/answer_topics.py" line="38"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_topics.py" line="102"/>
        <source>%1: answers %2</source>
        <translation>%1: ответов %2</translation>
    </message>
</context>
<context>
    <name>AnswerVersionsModel</name>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="25"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="26"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="27"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="29"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="30"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="31"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="32"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="22"/>
        <source>awaiting approval</source>
        <translation>ожидает утверждения</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="22"/>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="23"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="23"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="43"/>
        <source>retire</source>
        <translation>вывод из употребления</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="44"/>
        <source>new answer</source>
        <translation>новый ответ</translation>
    </message>
    <message>
        <location filename="../../ui/models/answer_versions.py" line="44"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
</context>
<context>
    <name>AppealEditorForm</name>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="88"/>
        <source>normal</source>
        <translation>обычная</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="89"/>
        <source>urgent: health or safety (CMP-2)</source>
        <translation>срочно: здоровье или безопасность (CMP-2)</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="94"/>
        <source>The open card</source>
        <translation>Открытая карточка</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="131"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="132"/>
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="134"/>
        <source>Customer of the open &amp;card</source>
        <translation>Потребитель из открытой &amp;карточки</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="136"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="138"/>
        <source>&amp;Take into work</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="140"/>
        <source>Request a &amp;clarification…</source>
        <translation>Запросить &amp;уточнение…</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="142"/>
        <source>Clarification &amp;received…</source>
        <translation>Уточнение &amp;получено…</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="145"/>
        <source>Close: answered on the &amp;spot</source>
        <translation>&amp;Закрыть: ответ дан сразу</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="175"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="181"/>
        <source>Customer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="186"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="187"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="210"/>
        <source>Channel details</source>
        <translation>Данные канала поступления</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="253"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="254"/>
        <source>The journal number is given on saving.</source>
        <translation>Номер в журнале присваивается при сохранении.</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="271"/>
        <source>Candidates…</source>
        <translation>Возможные потребители…</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="278"/>
        <source>Appeal %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="279"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="281"/>
        <source>%1 · category %2 · assigned to %3</source>
        <translation>%1 · категория %2 · исполнитель: %3</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="296"/>
        <source>(chosen in the lookup)</source>
        <translation>(выбран в поиске)</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="298"/>
        <source>Sender not matched: find the customer in the lookup and take the open card</source>
        <translation>Отправитель не сопоставлен: найдите потребителя в поиске и возьмите открытую карточку</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="301"/>
        <source>Not identified</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_editor_form.py" line="365"/>
        <source>The journal number is given on saving. Category %1 (CH-2).</source>
        <translation>Номер в журнале присваивается при сохранении. Категория %1 (CH-2).</translation>
    </message>
</context>
<context>
    <name>AppealEditorPane</name>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="74"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="118"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="119"/>
        <source>The appeal on screen has changes that are not saved yet.</source>
        <translation>В открытом обращении есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="121"/>
        <source>&amp;Save and continue</source>
        <translation>&amp;Сохранить и продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="122"/>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="124"/>
        <source>S&amp;tay here</source>
        <translation>&amp;Остаться</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="162"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="191"/>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="256"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="203"/>
        <source>Registered under number %1.</source>
        <translation>Зарегистрировано под номером %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="208"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="222"/>
        <source>Open the customer&apos;s card first (lookup: Ctrl+Shift+F).</source>
        <translation>Сначала откройте карточку потребителя (поиск: Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/appeal_editor_pane.py" line="241"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
</context>
<context>
    <name>AppealQueueModel</name>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="40"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="46"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="47"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="49"/>
        <source>Cat.</source>
        <translation>Кат.</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="50"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="52"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="56"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="58"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="102"/>
        <source>%1 until %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="41"/>
        <source>Urgent (CMP-2): health or safety</source>
        <translation>Срочное (CMP-2): здоровье или безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/models/appeal_queue.py" line="53"/>
        <source>The sender is not matched to a customer yet</source>
        <translation>Отправитель ещё не сопоставлен с потребителем</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/models/audit_details.py" line="47"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="48"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="49"/>
        <source>agreed date</source>
        <translation>согласованная дата</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="50"/>
        <source>appeal</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="51"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="52"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="53"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="54"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="55"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="56"/>
        <source>contacts</source>
        <translation>контактов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="57"/>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="58"/>
        <source>delegate</source>
        <translation>заместитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="59"/>
        <source>demo account</source>
        <translation>демонстрационная учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="60"/>
        <source>desk</source>
        <translation>рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="61"/>
        <source>during</source>
        <translation>при попытке</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="62"/>
        <source>answers</source>
        <translation>ответов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="63"/>
        <source>fields</source>
        <translation>поля</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="64"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="65"/>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="66"/>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="67"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="68"/>
        <source>similar words offered</source>
        <translation>предложены похожие слова</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="69"/>
        <source>identified</source>
        <translation>идентификация</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="70"/>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="71"/>
        <source>login</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="72"/>
        <source>matched by</source>
        <translation>признак сопоставления</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="73"/>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="74"/>
        <source>method</source>
        <translation>способ</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="75"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="76"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="77"/>
        <source>new value</source>
        <translation>стало</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="78"/>
        <source>new deadline</source>
        <translation>новый срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="79"/>
        <source>basis</source>
        <translation>основание</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="80"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="81"/>
        <source>old value</source>
        <translation>было</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="82"/>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="83"/>
        <source>previous deadline</source>
        <translation>прежний срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="84"/>
        <source>search text</source>
        <translation>запрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="85"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="86"/>
        <source>deadlines recomputed</source>
        <translation>пересчитано сроков</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="87"/>
        <source>to retire</source>
        <translation>выводимых из употребления</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="88"/>
        <source>revision</source>
        <translation>редакция</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="89"/>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="90"/>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="91"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="92"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="93"/>
        <source>new status</source>
        <translation>новое состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="94"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="95"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="96"/>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="98"/>
        <source>seed</source>
        <translation>зерно генератора</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="99"/>
        <source>users</source>
        <translation>пользователей</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="100"/>
        <source>other users</source>
        <translation>других пользователей</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="101"/>
        <source>customers</source>
        <translation>потребителей</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="102"/>
        <source>organisations</source>
        <translation>организаций</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="103"/>
        <source>addresses</source>
        <translation>адресов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="104"/>
        <source>accounts</source>
        <translation>лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="105"/>
        <source>contracts</source>
        <translation>договоров</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="106"/>
        <source>phones and e-mails</source>
        <translation>телефонов и адресов эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="107"/>
        <source>meter readings</source>
        <translation>показаний</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="108"/>
        <source>payments</source>
        <translation>платежей</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="109"/>
        <source>appeals</source>
        <translation>обращений</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="110"/>
        <source>indexed for search</source>
        <translation>добавлено в поисковый индекс</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="111"/>
        <source>cancelled</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="113"/>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="114"/>
        <source>limit</source>
        <translation>норматив</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="115"/>
        <source>window opens after, min</source>
        <translation>окно начинается через, мин</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="116"/>
        <source>“due soon” from, s</source>
        <translation>«скоро срок» за, с</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="117"/>
        <source>moved to a working day</source>
        <translation>перенос на рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="118"/>
        <source>by the customer&apos;s hours</source>
        <translation>по часам потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="122"/>
        <source>new answers</source>
        <translation>новых</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="123"/>
        <source>changed answers</source>
        <translation>изменённых</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="124"/>
        <source>number of files</source>
        <translation>файлов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="125"/>
        <source>previous status</source>
        <translation>прежнее состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="126"/>
        <source>locked until</source>
        <translation>заблокирована до</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="129"/>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="130"/>
        <source>unknown login</source>
        <translation>неизвестное имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="131"/>
        <source>no input for a while</source>
        <translation>простой (нет ввода)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="132"/>
        <source>by the user</source>
        <translation>по команде пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="133"/>
        <source>from the lock screen</source>
        <translation>с экрана блокировки</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="134"/>
        <source>window closed</source>
        <translation>окно закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="135"/>
        <source>desk unlock</source>
        <translation>разблокировать рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="137"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="137"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="139"/>
        <source>received</source>
        <translation>поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="139"/>
        <source>customer</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="140"/>
        <source>topic code</source>
        <translation>код темы</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="140"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="141"/>
        <source>subject</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="141"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="142"/>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="142"/>
        <source>channel details</source>
        <translation>сведения канала поступления</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="143"/>
        <source>urgency</source>
        <translation>срочность</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="144"/>
        <source>personal account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="144"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="145"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="146"/>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="146"/>
        <source>simulated call</source>
        <translation>имитация звонка</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="147"/>
        <source>seconds</source>
        <comment>unit of a deadline rule</comment>
        <translation>секунды</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="148"/>
        <source>minutes</source>
        <comment>unit of a deadline rule</comment>
        <translation>минуты</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="149"/>
        <source>calendar days</source>
        <comment>unit of a deadline rule</comment>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="150"/>
        <source>working days</source>
        <comment>unit of a deadline rule</comment>
        <translation>рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_details.py" line="151"/>
        <source>minutes after opening</source>
        <comment>unit of a deadline rule</comment>
        <translation>минуты после открытия</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="44"/>
        <source>Login, for example ivanova</source>
        <translation>Имя пользователя, например ivanova</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="92"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="97"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="98"/>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="98"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="68"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="69"/>
        <source>&amp;Filter by user</source>
        <translation>&amp;Отбор по пользователю</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="73"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="75"/>
        <source>&amp;Show:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="92"/>
        <source>Logins and the desk</source>
        <translation>Входы и рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="93"/>
        <source>Customers and their data (TEL-5)</source>
        <translation>Потребители и их данные (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="94"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="94"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="95"/>
        <source>Deadlines and rules</source>
        <translation>Сроки и правила</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="96"/>
        <source>Production calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="97"/>
        <source>Answer library</source>
        <translation>Библиотека ответов</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="101"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="116"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="139"/>
        <source>Entries shown: %1 (scroll down for older ones)</source>
        <translation>Показано записей: %1 (прокрутите вниз, чтобы увидеть более ранние)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit_pane.py" line="141"/>
        <source>Entries shown: %1</source>
        <translation>Показано записей: %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_table.py" line="103"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="104"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="105"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="107"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="110"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="36"/>
        <source>Logged in</source>
        <translation>Вход в программу</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="37"/>
        <source>Failed login</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="38"/>
        <source>Account locked after failed logins</source>
        <translation>Учётная запись заблокирована после неудачных попыток входа</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="39"/>
        <source>Login refused: account locked</source>
        <translation>Вход отклонён: учётная запись заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="40"/>
        <source>Login refused: account disabled</source>
        <translation>Вход отклонён: учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="41"/>
        <source>Desk locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="42"/>
        <source>Desk unlocked</source>
        <translation>Рабочее место разблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="43"/>
        <source>Failed attempt to unlock the desk</source>
        <translation>Неудачная попытка разблокировать рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="44"/>
        <source>Logged out</source>
        <translation>Выход из сеанса</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="45"/>
        <source>User added</source>
        <translation>Добавлен пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="46"/>
        <source>User changed</source>
        <translation>Изменён пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="47"/>
        <source>Password set</source>
        <translation>Установлен пароль</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="48"/>
        <source>Account enabled</source>
        <translation>Учётная запись включена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="49"/>
        <source>Account disabled</source>
        <translation>Учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="50"/>
        <source>Absence and delegate set</source>
        <translation>Указано отсутствие и заместитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="51"/>
        <source>Unit added</source>
        <translation>Добавлено подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="52"/>
        <source>Setting changed</source>
        <translation>Изменена настройка</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="55"/>
        <source>Answer added to the library</source>
        <translation>Ответ добавлен в библиотеку</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="56"/>
        <source>Answer changed</source>
        <translation>Ответ изменён</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="57"/>
        <source>Answer retired</source>
        <translation>Ответ выведен из библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="58"/>
        <source>Answer version approved</source>
        <translation>Версия ответа утверждена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="59"/>
        <source>Answer version returned for rework</source>
        <translation>Версия ответа возвращена на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="60"/>
        <source>Answer version withdrawn</source>
        <translation>Версия ответа отозвана</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="61"/>
        <source>Answer library exported</source>
        <translation>Библиотека ответов выгружена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="62"/>
        <source>Answer library imported</source>
        <translation>Библиотека ответов загружена</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="63"/>
        <source>Answer topics changed</source>
        <translation>Изменены темы ответов</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="64"/>
        <source>Appeal registered</source>
        <translation>Обращение зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="65"/>
        <source>Appeal changed</source>
        <translation>Обращение изменено</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="66"/>
        <source>Appeal matched to a customer</source>
        <translation>Обращение сопоставлено с потребителем</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="67"/>
        <source>Files added to an appeal</source>
        <translation>К обращению добавлены файлы</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="68"/>
        <source>File removed from an appeal</source>
        <translation>Файл обращения удалён</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="69"/>
        <source>Appeal file opened</source>
        <translation>Открыт файл обращения</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="70"/>
        <source>Appeal status changed</source>
        <translation>Изменено состояние обращения</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="71"/>
        <source>Call offered to a desk</source>
        <translation>Звонок поступил на рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="72"/>
        <source>Call answered</source>
        <translation>Звонок принят</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="73"/>
        <source>Call taken</source>
        <translation>Звонок взят в работу</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="74"/>
        <source>Call finished</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="75"/>
        <source>Promised callback made (TEL-3)</source>
        <translation>Обещанный обратный звонок сделан (TEL-3)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="76"/>
        <source>Customers searched</source>
        <translation>Поиск потребителей</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="77"/>
        <source>Customer card viewed</source>
        <translation>Просмотр карточки потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="78"/>
        <source>Customer added</source>
        <translation>Добавлен потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="79"/>
        <source>Customer contacts changed</source>
        <translation>Изменены контакты потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="80"/>
        <source>Customer note changed</source>
        <translation>Изменена заметка о потребителе</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="81"/>
        <source>Caller identified (TEL-5)</source>
        <translation>Звонящий идентифицирован (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="82"/>
        <source>Caller identification failed (TEL-5)</source>
        <translation>Идентификация звонящего не удалась (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="83"/>
        <source>Caller refused to identify (TEL-5)</source>
        <translation>Звонящий отказался от идентификации (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="84"/>
        <source>Confidential data shown (TEL-5)</source>
        <translation>Показаны конфиденциальные данные (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="85"/>
        <source>Confidential data refused (TEL-5)</source>
        <translation>Отказано в конфиденциальных данных (TEL-5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="86"/>
        <source>Deadline extended (SLA-8)</source>
        <translation>Срок продлён (SLA-8)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="87"/>
        <source>Reason for a missed deadline noted</source>
        <translation>Указана причина нарушения срока</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="88"/>
        <source>Deadline rule changed</source>
        <translation>Изменено правило сроков</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="89"/>
        <source>Calendar day set</source>
        <translation>Задан день производственного календаря</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="90"/>
        <source>Calendar day override removed</source>
        <translation>Отменена поправка дня календаря</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="91"/>
        <source>Demo data created</source>
        <translation>Созданы демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="93"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="93"/>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="94"/>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="94"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="95"/>
        <source>appeal</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="95"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="96"/>
        <source>incoming call</source>
        <translation>входящий звонок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="97"/>
        <source>customer</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="97"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="98"/>
        <source>deadline rule</source>
        <translation>правило сроков</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="99"/>
        <source>calendar day</source>
        <translation>день календаря</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_table.py" line="134"/>
        <source>unknown login #%1</source>
        <translation>неизвестный логин #%1</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="70"/>
        <location filename="../../ui/deadline_board_columns.py" line="100"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="71"/>
        <location filename="../../ui/deadline_board_columns.py" line="98"/>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="74"/>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="76"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="80"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="84"/>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="86"/>
        <source>Open</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="93"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="95"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="97"/>
        <location filename="../../ui/deadline_board_columns.py" line="110"/>
        <location filename="../../ui/deadline_board_columns.py" line="127"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="101"/>
        <source>Late by</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="103"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="103"/>
        <source>still open</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="104"/>
        <source>done %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="105"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="111"/>
        <location filename="../../ui/deadline_board_columns.py" line="128"/>
        <source>Deadline</source>
        <translation>Срок по регламенту</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="112"/>
        <source>Decided</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="114"/>
        <source>Met</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="116"/>
        <source>Missed</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="119"/>
        <source>Kept</source>
        <translation>Соблюдение</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="129"/>
        <source>Limit</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="130"/>
        <source>&quot;Due soon&quot; from</source>
        <translation>«Скоро срок» за</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="132"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="133"/>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="134"/>
        <source>Changed by</source>
        <translation>Изменил</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_board_columns.py" line="135"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="60"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="62"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="64"/>
        <source>Kind</source>
        <translation>Вид дня</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="67"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="68"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="89"/>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="89"/>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="98"/>
        <source>transfer from %1</source>
        <translation>перенос с %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="99"/>
        <location filename="../../ui/models/calendar_days.py" line="100"/>
        <source>transfer</source>
        <translation>перенос</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="103"/>
        <source>Override</source>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="103"/>
        <source>Library</source>
        <translation>библиотека</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="107"/>
        <source>An administrator&apos;s override. By the library alone: %1</source>
        <translation>Поправка администратора. По библиотеке: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar_days.py" line="109"/>
        <source>From the holidays library: public holidays and transfers by decree</source>
        <translation>Из библиотеки holidays: праздники и переносы по постановлениям Правительства</translation>
    </message>
</context>
<context>
    <name>CalendarOverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="43"/>
        <source>Production calendar override</source>
        <translation>Поправка производственного календаря</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="52"/>
        <source>&amp;Working day</source>
        <translation>&amp;Рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="54"/>
        <source>Day &amp;off</source>
        <translation>&amp;Выходной</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="67"/>
        <source>For example: Government decree No. … of …</source>
        <translation>Например: постановление Правительства № … от …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="68"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="70"/>
        <source>The day is:</source>
        <translation>День будет:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="71"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_override_dialog.py" line="86"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="62"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="67"/>
        <source>Public holidays, days off moved by decree, Saturdays and Sundays worked in exchange, and the administrators&apos; overrides. Ordinary weekdays and weekends are not listed.</source>
        <translation>Праздники, выходные, перенесённые постановлением, рабочие субботы и воскресенья взамен и поправки администраторов. Обычные будни и выходные не показаны.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="86"/>
        <source>Make a &amp;working day…</source>
        <translation>Сделать &amp;рабочим днём…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="88"/>
        <source>Make a day &amp;off…</source>
        <translation>Сделать в&amp;ыходным…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="90"/>
        <source>&amp;Remove the override</source>
        <translation>&amp;Убрать поправку</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="92"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="117"/>
        <source>Production calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calendar_pane.py" line="146"/>
        <source>%n day(s) listed</source>
        <translation>
            <numerusform>%n особый день</numerusform>
            <numerusform>%n особых дня</numerusform>
            <numerusform>%n особых дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calendar_pane.py" line="148"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n поправка</numerusform>
            <numerusform>%n поправки</numerusform>
            <numerusform>%n поправок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_pane.py" line="225"/>
        <source>%1 is now: %2.</source>
        <translation>%1 — теперь %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calendar_pane.py" line="227"/>
        <source>%n open deadline(s) recomputed</source>
        <translation>
            <numerusform>Пересчитан %n открытый срок</numerusform>
            <numerusform>Пересчитано %n открытых срока</numerusform>
            <numerusform>Пересчитано %n открытых сроков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../ui/appeal_forms/call_form.py" line="17"/>
        <location filename="../../ui/call_form.py" line="99"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/call_form.py" line="18"/>
        <source>Caller&apos;s phone</source>
        <translation>Телефон звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/call_form.py" line="21"/>
        <source>Call started</source>
        <translation>Начало звонка</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/call_form.py" line="24"/>
        <source>What the caller asked</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="48"/>
        <location filename="../../ui/call_form.py" line="141"/>
        <source>Not identified yet</source>
        <translation>Ещё не определён</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="51"/>
        <source>consulting (I relay the answer)</source>
        <translation>консультация (ответ передаю сам)</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="52"/>
        <source>transferring the call</source>
        <translation>перевод звонка</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="56"/>
        <source>What the customer asks, what you answered. The answer library inserts here.</source>
        <translation>Что спрашивает потребитель, что вы ответили. Библиотека ответов вставляет сюда.</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="63"/>
        <source>normal</source>
        <translation>обычная</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="64"/>
        <source>urgent: health or safety (CMP-2)</source>
        <translation>срочно: здоровье или безопасность (CMP-2)</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="66"/>
        <source>Callback promised at</source>
        <translation>Обещан обратный звонок на</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="98"/>
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="100"/>
        <source>Customer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="101"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="102"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="103"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="104"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="105"/>
        <source>Callback (TEL-3)</source>
        <translation>Перезвон (TEL-3)</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="106"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>CallPane</name>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="80"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="80"/>
        <source>Lookup</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="81"/>
        <source>Informing</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="82"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="83"/>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="86"/>
        <location filename="../../ui/panes/call_pane.py" line="362"/>
        <source>No call in progress</source>
        <translation>Звонка нет</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="95"/>
        <source>&amp;Finish the call</source>
        <translation>&amp;Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="97"/>
        <source>&amp;New call (the phone rings)</source>
        <translation>&amp;Новый звонок (звонит телефон)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="99"/>
        <source>Finish the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="103"/>
        <source>New call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="113"/>
        <source>Call notes</source>
        <translation>Заметки о звонке</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="159"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="216"/>
        <source>An unfinished call was restored: nothing typed was lost.</source>
        <translation>Восстановлен незавершённый звонок: всё набранное сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="245"/>
        <source>Greet the customer (the script is above).</source>
        <translation>Поприветствуйте потребителя (текст выше).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="257"/>
        <source>(chosen in the lookup)</source>
        <translation>(выбран в поиске)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="295"/>
        <source>The answer takes more than 2 minutes: agree a callback time with the customer (TEL-3) and set “Callback promised at”.</source>
        <translation>Подготовка ответа дольше 2 минут: договоритесь с потребителем о времени обратного звонка (TEL-3) и укажите его в поле «Обещан обратный звонок на».</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="324"/>
        <source>Finishing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="333"/>
        <source>The call is finished: appeal %1 registered; the callback at %2 is in your deadlines (TEL-3).</source>
        <translation>Звонок завершён: зарегистрировано обращение %1; обратный звонок в %2 — в ваших сроках (TEL-3).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="338"/>
        <source>The call is finished: appeal %1 registered.</source>
        <translation>Звонок завершён: зарегистрировано обращение %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="341"/>
        <source>The call is finished without an appeal.</source>
        <translation>Звонок завершён без регистрации обращения.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="370"/>
        <source>Number not shown</source>
        <translation>Номер не определён</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="392"/>
        <source>Rang at %1</source>
        <translation>Звонок в %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/call_pane.py" line="395"/>
        <source>answered at %1</source>
        <translation>принят в %1</translation>
    </message>
</context>
<context>
    <name>CallPhaseBar</name>
    <message>
        <location filename="../../ui/call_phase_bar.py" line="62"/>
        <source>No call in progress</source>
        <translation>Звонка нет</translation>
    </message>
    <message>
        <location filename="../../ui/call_phase_bar.py" line="65"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CallPhaseClock</name>
    <message>
        <location filename="../../ui/call_phase_clock.py" line="129"/>
        <source>No call in progress</source>
        <translation>Звонка нет</translation>
    </message>
</context>
<context>
    <name>CallScriptStrip</name>
    <message>
        <location filename="../../ui/call_script_strip.py" line="32"/>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location filename="../../ui/call_script_strip.py" line="35"/>
        <source>Closing</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <location filename="../../ui/call_script_strip.py" line="38"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/call_script_strip.py" line="57"/>
        <source>This line is recorded: the greeting warns the customer</source>
        <translation>Линия записывается: в приветствии клиент предупреждается о записи</translation>
    </message>
</context>
<context>
    <name>CardRows</name>
    <message>
        <location filename="../../ui/card_rows.py" line="28"/>
        <source>customer</source>
        <comment>who took a meter reading</comment>
        <translation>потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="29"/>
        <source>inspector</source>
        <comment>who took a meter reading</comment>
        <translation>контролёр</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="30"/>
        <source>remote metering</source>
        <comment>who took a meter reading</comment>
        <translation>АСКУЭ</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="32"/>
        <source>online</source>
        <comment>payment method</comment>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="33"/>
        <source>bank</source>
        <comment>payment method</comment>
        <translation>банк</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="34"/>
        <source>terminal</source>
        <comment>payment method</comment>
        <translation>терминал</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="35"/>
        <source>post office</source>
        <comment>payment method</comment>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="52"/>
        <source> (closed %1)</source>
        <translation> (закрыт %1)</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="57"/>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="60"/>
        <source>contract %1</source>
        <translation>договор %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="72"/>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="76"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="90"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="108"/>
        <source>person</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="108"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="110"/>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="112"/>
        <source>KPP %1</source>
        <translation>КПП %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="113"/>
        <source>customer since %1</source>
        <translation>потребитель с %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="124"/>
        <source>Callback promised for %1</source>
        <translation>Обещан обратный звонок на %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="128"/>
        <source>operator %1</source>
        <comment>who promised a callback</comment>
        <translation>оператор %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="131"/>
        <source>appeal %1</source>
        <comment>the appeal a callback was promised in</comment>
        <translation>обращение %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="134"/>
        <source>overdue</source>
        <comment>a promised callback not made in time</comment>
        <translation>срок прошёл</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="140"/>
        <source>account number or address</source>
        <translation>номер лицевого счёта или адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="141"/>
        <source>contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="142"/>
        <source>Caller not identified: balance, debts, residents, readings and payments are hidden (TEL-5). Ask for the %1.</source>
        <translation>Звонящий не идентифицирован: баланс, задолженность, число проживающих, показания и платежи скрыты (TEL-5). Спросите %1.</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="145"/>
        <source>The caller refused to identify: confidential information is not given.</source>
        <translation>Звонящий отказался назвать данные для идентификации: конфиденциальные сведения не сообщаются.</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="149"/>
        <source>Identified %1 at %2 (valid until %3).</source>
        <translation>Идентифицирован %1 (%2, действует до %3).</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="155"/>
        <source>Debt: %1</source>
        <translation>Задолженность: %1</translation>
    </message>
    <message>
        <location filename="../../ui/card_rows.py" line="156"/>
        <source>No debt</source>
        <translation>Задолженности нет</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="58"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="62"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="65"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="68"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="75"/>
        <source>Required to register</source>
        <translation>Обязательно для регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/base.py" line="77"/>
        <source>Needed to process the appeal (WR-2)</source>
        <translation>Нужно для рассмотрения обращения (WR-2)</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <location filename="../../ui/appeal_forms/chat_form.py" line="17"/>
        <source>Chatting with</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/chat_form.py" line="17"/>
        <source>name, phone or e-mail</source>
        <translation>имя, телефон или адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/chat_form.py" line="18"/>
        <source>Chat session</source>
        <translation>Номер сеанса чата</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/chat_form.py" line="21"/>
        <source>Chat started</source>
        <translation>Начало чата</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/chat_form.py" line="27"/>
        <source>Transcript *</source>
        <translation>Текст переписки *</translation>
    </message>
</context>
<context>
    <name>ClarificationAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="73"/>
        <source>Clarification received</source>
        <translation>Уточнение получено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="77"/>
        <source>What the customer answered (or that they did not answer by the agreed date)</source>
        <translation>Что ответил потребитель (или что ответа к согласованной дате нет)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="82"/>
        <source>Asked</source>
        <translation>Спрошено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="83"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="84"/>
        <source>Back to work</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="88"/>
        <source>Write down what the customer answered.</source>
        <translation>Запишите, что ответил потребитель.</translation>
    </message>
</context>
<context>
    <name>ClarificationDialog</name>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="21"/>
        <source>Request a clarification</source>
        <translation>Запрос уточнения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="32"/>
        <source>What is missing, in the words you used</source>
        <translation>Чего не хватает — так, как вы спросили</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="41"/>
        <source>Asked by</source>
        <translation>Как спросили</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="42"/>
        <source>Number or address</source>
        <translation>Номер или адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="43"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="44"/>
        <source>Agreed date</source>
        <translation>Согласованная дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="49"/>
        <source>Request</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="58"/>
        <source>Say where the customer was asked: a number or an address.</source>
        <translation>Укажите, куда обратились к потребителю: номер или адрес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clarification_dialog.py" line="60"/>
        <source>Write down what was asked.</source>
        <translation>Запишите, что спросили.</translation>
    </message>
</context>
<context>
    <name>CompletenessBox</name>
    <message>
        <location filename="../../ui/completeness_box.py" line="47"/>
        <source>Required to register:</source>
        <translation>Обязательно для регистрации:</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_box.py" line="48"/>
        <source>Missing for processing (WR-2):</source>
        <translation>Не хватает для рассмотрения (WR-2):</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_box.py" line="49"/>
        <source>Everything the channel needs is filled in.</source>
        <translation>Всё, что нужно для этого канала, заполнено.</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_box.py" line="74"/>
        <source>Clarification requested %1 by %2 (%3), agreed date %4: «%5»</source>
        <translation>Уточнение запрошено %1, канал: %2 (%3), согласованная дата %4: «%5»</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="18"/>
        <source>Contacts of %1</source>
        <translation>Контакты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="26"/>
        <source>whose, e.g. mobile, daughter</source>
        <translation>чей, например: мобильный, дочь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="29"/>
        <source>Phone %1:</source>
        <translation>Телефон %1:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="36"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="37"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_dialog.py" line="64"/>
        <source>«%1» is not a valid phone number.</source>
        <translation>«%1» — неверный номер телефона.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="62"/>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>The details were written to the log: %1</source>
        <translation>Подробности записаны в журнал: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="72"/>
        <source>The program ran into an internal error. What you already saved is safe; if an action did not finish, try it again.</source>
        <translation>В программе произошла внутренняя ошибка. Уже сохранённое не потеряно; если действие не завершилось, повторите его.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="83"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="86"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>CustomerCardPane</name>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="68"/>
        <source>No customer chosen</source>
        <translation>Потребитель не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="73"/>
        <source>Find a customer in the lookup (F3) and open the card with Enter.</source>
        <translation>Найдите потребителя в поиске (F3) и откройте карточку клавишей Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="102"/>
        <source>&amp;Identify…</source>
        <translation>&amp;Идентифицировать…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="116"/>
        <location filename="../../ui/panes/customer_card.py" line="123"/>
        <location filename="../../ui/panes/customer_card.py" line="125"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="116"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="116"/>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="116"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="117"/>
        <source>Residents</source>
        <translation>Проживающих</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="118"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="118"/>
        <source>Whose</source>
        <translation>Чей</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="120"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="120"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="120"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="120"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="121"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="123"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="123"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="123"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="125"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="125"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="125"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="134"/>
        <source>Accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="137"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="139"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="149"/>
        <source>Readings and payments</source>
        <translation>Показания и платежи</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="153"/>
        <source>Notes on this customer: what the next operator should know</source>
        <translation>Заметки о потребителе: что следует знать следующему оператору</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="159"/>
        <source>Customer notes</source>
        <translation>Заметки о потребителе</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="161"/>
        <location filename="../../ui/panes/customer_card.py" line="173"/>
        <source>Save &amp;note</source>
        <translation>Сохранить &amp;заметку</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="163"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="169"/>
        <source>&amp;Identify the caller</source>
        <translation>&amp;Идентифицировать звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="171"/>
        <source>Change &amp;contacts</source>
        <translation>Изменить &amp;контакты</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="199"/>
        <source>Customer card</source>
        <translation>Карточка потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="247"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="267"/>
        <source>History (%1)</source>
        <translation>История (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="378"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_card.py" line="381"/>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="25"/>
        <source>New customer</source>
        <translation>Новый потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="29"/>
        <source>&amp;Person</source>
        <translation>&amp;Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="30"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="42"/>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="50"/>
        <source>Lenin St.</source>
        <comment>an example street</comment>
        <translation>ул. Ленина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="57"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="58"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="59"/>
        <source>First &amp;name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="60"/>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="61"/>
        <source>Organisation na&amp;me:</source>
        <translation>&amp;Название организации:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="62"/>
        <source>&amp;INN:</source>
        <translation>И&amp;НН:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="63"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="64"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="65"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="66"/>
        <source>&amp;Town:</source>
        <translation>&amp;Населённый пункт:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="67"/>
        <source>St&amp;reet:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="73"/>
        <source>house</source>
        <translation>дом</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="74"/>
        <source>flat or office</source>
        <translation>квартира или офис</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="75"/>
        <source>&amp;House, flat:</source>
        <translation>&amp;Дом, квартира:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="76"/>
        <source>Posta&amp;l code:</source>
        <translation>&amp;Почтовый индекс:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="77"/>
        <source>&amp;Account number:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="78"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="102"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="120"/>
        <source>Enter the surname and first name.</source>
        <translation>Введите фамилию и имя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="122"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Введите название организации.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>The phone number is not valid: check the code and the digits.</source>
        <translation>Номер телефона неверен: проверьте код и цифры.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="126"/>
        <source>A postal code has six digits.</source>
        <translation>Почтовый индекс — шесть цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="130"/>
        <source>The account number does not have the company&apos;s format.</source>
        <translation>Номер лицевого счёта не соответствует формату, принятому в компании.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="132"/>
        <source>The account number format in the settings is not valid.</source>
        <translation>Формат номера лицевого счёта в настройках неверен.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="140"/>
        <source>Save &amp;anyway</source>
        <translation>Сохранить &amp;всё равно</translation>
    </message>
</context>
<context>
    <name>DeadlineBoardPane</name>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="89"/>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="90"/>
        <source>&amp;Breaches</source>
        <translation>&amp;Нарушения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="92"/>
        <source>&amp;Compliance</source>
        <translation>&amp;Соблюдение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="93"/>
        <source>R&amp;ules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="96"/>
        <source>&amp;Why missed…</source>
        <translation>&amp;Причина просрочки…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="98"/>
        <source>C&amp;hange rule…</source>
        <translation>&amp;Изменить правило…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="100"/>
        <source>Rule &amp;history</source>
        <translation>&amp;История правила</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="120"/>
        <source>Period &amp;from</source>
        <translation>Период &amp;с</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="122"/>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="149"/>
        <source>Deadline board</source>
        <translation>Сводка сроков</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="200"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="220"/>
        <source>Open: %1; overdue: %2; due soon: %3</source>
        <translation>Открыто сроков: %1; просрочено: %2; скоро срок: %3</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="247"/>
        <source>Choose a breach in the list first.</source>
        <translation>Сначала выберите нарушение в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="250"/>
        <source>Why the deadline was missed</source>
        <translation>Почему срок нарушен</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="262"/>
        <location filename="../../ui/panes/deadline_board_pane.py" line="283"/>
        <source>Choose a rule in the list first.</source>
        <translation>Сначала выберите правило в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/deadline_board_pane.py" line="293"/>
        <source>History of %1: newest first (Refresh shows all rules again)</source>
        <translation>История %1: сначала новые редакции («Обновить» снова покажет все правила)</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <location filename="../../ui/deadline_look.py" line="75"/>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_look.py" line="76"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_look.py" line="77"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_look.py" line="78"/>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_look.py" line="83"/>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
</context>
<context>
    <name>DeadlinesTableModel</name>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="97"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="99"/>
        <source>Item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="101"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="102"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="103"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../ui/models/deadlines_table.py" line="176"/>
        <source>Due: %1</source>
        <translation>Срок: %1</translation>
    </message>
</context>
<context>
    <name>DemoDatabaseFiller</name>
    <message>
        <location filename="../../ui/first_start.py" line="80"/>
        <location filename="../../ui/first_start.py" line="220"/>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="81"/>
        <source>Preparing the demo database…</source>
        <translation>Подготовка демонстрационной базы…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="82"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="102"/>
        <source>Cancelling: finishing the batch being written…</source>
        <translation>Отмена: дописывается текущая порция данных…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="146"/>
        <source>Adding demo customers: %1 of %2</source>
        <translation>Добавление демонстрационных потребителей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="148"/>
        <source>Adding demo appeals: %1 of %2</source>
        <translation>Добавление демонстрационных обращений: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="150"/>
        <source>Preparing the customer search: %1 of %2</source>
        <translation>Подготовка поиска потребителей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="152"/>
        <source>Adding the demo staff…</source>
        <translation>Добавление демонстрационных сотрудников…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="170"/>
        <source>Preparing the demo database was cancelled; the half-filled database was deleted. It will be prepared again at the next start.</source>
        <translation>Подготовка демонстрационной базы отменена, недозаполненная база удалена. Она будет подготовлена заново при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="173"/>
        <source>Preparing the demo database was cancelled; what was written so far stays in the database.</source>
        <translation>Подготовка демонстрационной базы отменена; то, что уже записано, осталось в базе.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="182"/>
        <source>The demo database could not be prepared: %1</source>
        <translation>Не удалось подготовить демонстрационную базу: %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>Workstation</source>
        <translation>АРМ оператора</translation>
    </message>
</context>
<context>
    <name>DeskClock</name>
    <message>
        <location filename="../../ui/desk_clock.py" line="58"/>
        <source>Time in the desk&apos;s zone: %1</source>
        <translation>Время рабочего места: %1</translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <location filename="../../ui/desk_menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="46"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="52"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="64"/>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="73"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="44"/>
        <source>Logged in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="74"/>
        <source>Connection: checking</source>
        <translation>Связь: проверка</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="76"/>
        <source>Connection: online</source>
        <translation>Связь: есть</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="78"/>
        <source>Connection: LOST</source>
        <translation>Связь: НЕТ</translation>
    </message>
</context>
<context>
    <name>EmailForm</name>
    <message>
        <location filename="../../ui/appeal_forms/email_form.py" line="17"/>
        <source>From (address)</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/email_form.py" line="18"/>
        <source>From (name)</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/email_form.py" line="21"/>
        <source>Subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/email_form.py" line="24"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../ui/file_opener.py" line="24"/>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>Не удалось прочитать файл «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>FilesBox</name>
    <message>
        <location filename="../../ui/appeal_files.py" line="39"/>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1&#xa0;Б</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="41"/>
        <source>%1 KB</source>
        <comment>kilobytes</comment>
        <translation>%1&#xa0;КБ</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="43"/>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1&#xa0;МБ</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="63"/>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="66"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="68"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_files.py" line="90"/>
        <source>saved with the appeal</source>
        <translation>сохранится вместе с обращением</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="44"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="70"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="18"/>
        <source>Identify the caller</source>
        <translation>Идентификация звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="19"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="20"/>
        <source>Confidential information (balance, debts, residents, meter readings, payments) is given only after the caller has identified. Ask the caller, then type what they said.</source>
        <translation>Конфиденциальные сведения (баланс, задолженность, число проживающих, показания, платежи) сообщаются только после идентификации звонящего. Спросите его и введите то, что он назвал.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="28"/>
        <source>Personal &amp;account number</source>
        <translation>Номер &amp;лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="29"/>
        <source>A&amp;ddress (street, house, flat)</source>
        <translation>&amp;Адрес (улица, дом, квартира)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="31"/>
        <source>&amp;Contract number</source>
        <translation>Номер &amp;договора</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="32"/>
        <source>The caller &amp;refused</source>
        <translation>Звонящий &amp;отказался</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="41"/>
        <source>What the caller said</source>
        <translation>Что назвал звонящий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="42"/>
        <source>&amp;Named:</source>
        <translation>&amp;Назвал:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/identify_dialog.py" line="63"/>
        <source>Type what the caller named, or choose that they refused.</source>
        <translation>Введите то, что назвал звонящий, или отметьте отказ.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="56"/>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="59"/>
        <source>%1 (%2) is working here. Enter your password to go on; everything you typed is kept.</source>
        <translation>Здесь работает %1 (%2). Введите пароль, чтобы продолжить; всё набранное сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="67"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="76"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="80"/>
        <source>&amp;Log out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="81"/>
        <source>Closes the session; what was not saved is lost.</source>
        <translation>Завершает сеанс; несохранённое будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="128"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="131"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="144"/>
        <source>This is not the person who locked the desk.</source>
        <translation>Это не тот пользователь, который работал за этим местом.</translation>
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
    <name>LookupPane</name>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="69"/>
        <source>Account, phone, name, address, INN or contract</source>
        <translation>Лицевой счёт, телефон, ФИО, адрес, ИНН или договор</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="109"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Найти потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="113"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый потребитель…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="115"/>
        <source>Simulate an incoming &amp;call…</source>
        <translation>Имитировать входящий &amp;звонок…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="145"/>
        <location filename="../../ui/panes/lookup_pane.py" line="186"/>
        <source>Type an account number, a phone, a name or an address.</source>
        <translation>Введите номер лицевого счёта, телефон, ФИО или адрес.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="153"/>
        <source>Customer lookup</source>
        <translation>Поиск потребителя</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="204"/>
        <source>Not found as typed. Did you mean: %1?</source>
        <translation>Так, как написано, не нашлось. Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="206"/>
        <source>Nobody found. Check the spelling, or add a new customer (Ins).</source>
        <translation>Никого не нашлось. Проверьте написание или добавьте нового потребителя (Ins).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/lookup_pane.py" line="207"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n&#xa0;потребитель</numerusform>
            <numerusform>%n&#xa0;потребителя</numerusform>
            <numerusform>%n&#xa0;потребителей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="208"/>
        <source> — there are more: type more to narrow down</source>
        <translation> — есть и другие: уточните запрос</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="209"/>
        <source>Found: %1%2. Enter opens the card.</source>
        <translation>Найдено: %1%2. Enter открывает карточку.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="271"/>
        <source>Incoming call from %1</source>
        <translation>Входящий звонок с номера %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="286"/>
        <source>Simulate an incoming call</source>
        <translation>Имитация входящего звонка</translation>
    </message>
    <message>
        <location filename="../../ui/panes/lookup_pane.py" line="286"/>
        <source>Caller&apos;s number:</source>
        <translation>Номер звонящего:</translation>
    </message>
</context>
<context>
    <name>LookupResultsModel</name>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="44"/>
        <source>Customer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="46"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="47"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="48"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="49"/>
        <source>Found by</source>
        <translation>Найден по</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="38"/>
        <source>account</source>
        <translation>лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="38"/>
        <source>phone</source>
        <translation>телефону</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="39"/>
        <source>contract</source>
        <translation>договору</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="39"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="40"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="40"/>
        <source>name</source>
        <translation>имени</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="41"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../ui/models/lookup_results.py" line="71"/>
        <source>Found with a corrected spelling</source>
        <translation>Найден по исправленному написанию</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Operator workstation — %1</source>
        <translation>АРМ оператора — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Operator workstation for a utility&apos;s remote customer-service desk.</source>
        <translation>Автоматизированное рабочее место оператора дистанционного обслуживания потребителей энергосбытовой компании.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="12"/>
        <source>Set password</source>
        <translation>Установить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="21"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="22"/>
        <source>New pass&amp;word:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="23"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="24"/>
        <source>A new password also lifts a lock after failed logins.</source>
        <translation>Новый пароль также снимает блокировку после неудачных попыток входа.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="35"/>
        <source>Enter a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_dialog.py" line="37"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PostForm</name>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="17"/>
        <source>Incoming number</source>
        <translation>Входящий номер</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="17"/>
        <source>from the stamp</source>
        <translation>по штампу</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="18"/>
        <source>Date on the stamp</source>
        <translation>Дата по штампу</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="19"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="20"/>
        <source>Sender&apos;s address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="21"/>
        <source>postal code, town, street, house, flat</source>
        <translation>индекс, населённый пункт, улица, дом, квартира</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="22"/>
        <source>Sender&apos;s reference</source>
        <translation>Исх. номер и дата отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="23"/>
        <source>their number and date, if any</source>
        <translation>если указаны в письме</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="26"/>
        <source>Text of the letter</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/post_form.py" line="29"/>
        <source>Scanned pages</source>
        <translation>Скан письма</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="18"/>
        <source>Change deadline rule %1</source>
        <translation>Изменение правила сроков %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="21"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="22"/>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="23"/>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="24"/>
        <source>working days</source>
        <translation>рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="25"/>
        <source>minutes after opening</source>
        <translation>минуты после открытия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="42"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="44"/>
        <source>A last day off moves to the next &amp;working day</source>
        <translation>Нерабочий последний день переносится на следующий &amp;рабочий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="49"/>
        <source>For example: order No. 12 of 01.03.2026</source>
        <translation>Например: приказ № 12 от 01.03.2026</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="51"/>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="52"/>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="53"/>
        <source>%1, revision %2</source>
        <translation>%1, редакция %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="55"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="56"/>
        <source>&amp;Limit:</source>
        <translation>&amp;Норматив:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="58"/>
        <source>Window &amp;opens after (min):</source>
        <translation>&amp;Окно начинается через (мин):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="59"/>
        <source>&quot;Due &amp;soon&quot; from:</source>
        <translation>«&amp;Скоро срок» за:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="62"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="63"/>
        <source>The change applies to deadlines started from now on; running ones keep the rule they were computed with.</source>
        <translation>Изменение действует для сроков, начатых с этого момента; идущие сроки сохраняют правило, по которому рассчитаны.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="81"/>
        <source>Give the reason for the change: it stays in the rule&apos;s history.</source>
        <translation>Укажите основание изменения: оно сохраняется в истории правила.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_dialog.py" line="84"/>
        <source>The callback window must open before it closes.</source>
        <translation>Окно перезвона должно начинаться раньше, чем заканчивается.</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <location filename="../../ui/shell_actions.py" line="14"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="16"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="17"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="19"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="20"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="21"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Во весь экран</translation>
    </message>
    <message>
        <location filename="../../ui/shell_actions.py" line="24"/>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <source>Anywhere in the window</source>
        <translation>В любом месте окна</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>In the pane “%1”</source>
        <translation>В панели «%1»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="38"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SlaCountdown</name>
    <message>
        <location filename="../../ui/sla_countdown.py" line="99"/>
        <source>&amp;Callback made</source>
        <translation>&amp;Перезвонили</translation>
    </message>
    <message>
        <location filename="../../ui/sla_countdown.py" line="104"/>
        <source>Mark the selected promised callback (TEL-3) as made</source>
        <translation>Отметить, что обещанный обратный звонок (TEL-3) сделан</translation>
    </message>
    <message>
        <location filename="../../ui/sla_countdown.py" line="241"/>
        <source>Loading deadlines…</source>
        <translation>Загрузка сроков…</translation>
    </message>
    <message>
        <location filename="../../ui/sla_countdown.py" line="245"/>
        <source>No open deadlines</source>
        <translation>Открытых сроков нет</translation>
    </message>
</context>
<context>
    <name>SlaPane</name>
    <message>
        <location filename="../../ui/panes/sla_pane.py" line="44"/>
        <source>&amp;Sound when a deadline is missed</source>
        <translation>&amp;Звуковой сигнал при просрочке</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sla_pane.py" line="47"/>
        <source>&amp;Refresh deadlines</source>
        <translation>&amp;Обновить сроки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sla_pane.py" line="54"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="48"/>
        <source>Roles: %1</source>
        <translation>Роли: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="55"/>
        <source>This desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="66"/>
        <source>Your keyboard shortcuts</source>
        <translation>Ваши клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="121"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="122"/>
        <source>Time zone: %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="126"/>
        <source>The desk locks after %1 min without keyboard or mouse; Ctrl+L locks it now.</source>
        <translation>Рабочее место блокируется через %1 мин без работы с клавиатурой и мышью; Ctrl+L блокирует его сразу.</translation>
    </message>
</context>
<context>
    <name>StartPageDock</name>
    <message>
        <location filename="../../ui/start_page.py" line="167"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../ui/topic_picker.py" line="24"/>
        <location filename="../../ui/topic_picker.py" line="30"/>
        <source>— choose a topic —</source>
        <translation>— выберите тему —</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="18"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="18"/>
        <source>Change user</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="22"/>
        <source>Latin letters, for example ivanova</source>
        <translation>Латинскими буквами, например ivanova</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="25"/>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="53"/>
        <source>&amp;Login:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="54"/>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="55"/>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="56"/>
        <source>&amp;Unit:</source>
        <translation>П&amp;одразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="57"/>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="58"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="59"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="61"/>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="62"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="102"/>
        <source>Enter the login.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="104"/>
        <source>Enter a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="106"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="58"/>
        <source>Filter: name, login, unit, role…</source>
        <translation>Отбор: ФИО, имя пользователя, подразделение, роль…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="62"/>
        <source>Show &amp;disabled</source>
        <translation>Показывать от&amp;ключённых</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="84"/>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="86"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="87"/>
        <location filename="../../ui/panes/users_pane.py" line="181"/>
        <source>Disa&amp;ble</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="89"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="91"/>
        <source>&amp;Absence…</source>
        <translation>Отс&amp;утствие…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="93"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="94"/>
        <source>&amp;Filter</source>
        <translation>Отбо&amp;р</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="120"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/users_pane.py" line="143"/>
        <source>%n user(s), active: %1</source>
        <translation>
            <numerusform>%n&#xa0;пользователь, действующих: %1</numerusform>
            <numerusform>%n&#xa0;пользователя, действующих: %1</numerusform>
            <numerusform>%n&#xa0;пользователей, действующих: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="178"/>
        <source>Ena&amp;ble</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="248"/>
        <source>Account %1 enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="249"/>
        <source>Account %1 disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/users_pane.py" line="274"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/models/users_table.py" line="33"/>
        <source>Login</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="34"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="35"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="36"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="37"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="38"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="39"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="40"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="66"/>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="69"/>
        <source>absent from %1</source>
        <translation>отсутствует с %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="71"/>
        <source>absent %1–%2</source>
        <translation>отсутствует %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="75"/>
        <source>Active, %1</source>
        <translation>Действует, %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/users_table.py" line="76"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>VoicemailForm</name>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="17"/>
        <source>Callback number</source>
        <translation>Номер для обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="18"/>
        <source>Caller&apos;s name</source>
        <translation>Имя звонившего</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="19"/>
        <source>Account or address</source>
        <translation>Лицевой счёт или адрес</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="20"/>
        <source>Answer by</source>
        <translation>Способ ответа</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="20"/>
        <source>phone (5 working days)</source>
        <translation>по телефону (5 рабочих дней)</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="22"/>
        <source>post (30 working days)</source>
        <translation>письмом (30 рабочих дней)</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="26"/>
        <source>Message left</source>
        <translation>Сообщение оставлено</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="32"/>
        <source>What the caller said</source>
        <translation>Что сказал звонивший</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/voicemail_form.py" line="35"/>
        <source>Recording *</source>
        <translation>Запись сообщения *</translation>
    </message>
</context>
<context>
    <name>WebformForm</name>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="17"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="18"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="20"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="21"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="24"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/appeal_forms/webform_form.py" line="27"/>
        <source>Message *</source>
        <translation>Текст обращения *</translation>
    </message>
</context>
<context>
    <name>WorkQueuesPane</name>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="98"/>
        <source>My appeals</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="98"/>
        <source>My unit</source>
        <translation>Моё подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="99"/>
        <source>Awaiting clarification</source>
        <translation>Ждут уточнения</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="100"/>
        <source>New, unassigned</source>
        <translation>Новые без исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="101"/>
        <source>All desks</source>
        <translation>Все рабочие места</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="106"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="108"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="110"/>
        <source>Open ones</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="112"/>
        <source>Any urgency</source>
        <translation>Любая срочность</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="113"/>
        <source>Urgent</source>
        <translation>Срочные</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="114"/>
        <source>Normal</source>
        <translation>Обычные</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="144"/>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Обновить очередь</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="146"/>
        <source>&amp;Open the appeal</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="156"/>
        <source>Filter:</source>
        <translation>Отбор:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="188"/>
        <source>Work queues</source>
        <translation>Очереди обращений</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="227"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="228"/>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="230"/>
        <source>Sort by the time received (click to reverse)</source>
        <translation>Порядок по времени поступления (щелчок — обратный)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="247"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="317"/>
        <source>Appeal %1 has left this queue (changed at another desk)</source>
        <translation>Обращение %1 ушло из этой очереди (изменено на другом рабочем месте)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="382"/>
        <source>Appeals: %1 (%2 shown, scroll for more)</source>
        <translation>Обращений: %1 (показано %2, прокрутите ниже, чтобы загрузить ещё)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_queues_pane.py" line="385"/>
        <source>Appeals: %1</source>
        <translation>Обращений: %1</translation>
    </message>
</context>
</TS>
