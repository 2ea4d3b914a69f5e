<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Announcer</name>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation>
            <numerusform>Answer stopped, %n word</numerusform>
            <numerusform>Answer stopped, %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation>
            <numerusform>Answer finished, %n word</numerusform>
            <numerusform>Answer finished, %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerStats</name>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="42"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="44"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="104"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n chat to {path}.</numerusform>
            <numerusform>Exported %n chats to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="126"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n chat from {file}.</numerusform>
            <numerusform>Imported %n chats from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="263"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="265"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n with vectors)</numerusform>
            <numerusform>(%n with vectors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="267"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="94"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>%n earlier message will be sent to {destination}.</numerusform>
            <numerusform>%n earlier messages will be sent to {destination}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="189"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n answer was cut off when Hearth last closed; its text was kept and marked interrupted.</numerusform>
            <numerusform>%n answers were cut off when Hearth last closed; their text was kept and marked interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="119"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>What Hearth did on the network since it started; %n on this computer. Click for all.</numerusform>
            <numerusform>What Hearth did on the network since it started; %n on this computer. Click for all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="241"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>Serving %n request now</numerusform>
            <numerusform>Serving %n requests now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="548"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="165"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n name lookup</numerusform>
            <numerusform>%n name lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
</TS>
