<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../ui/announcer.py" line="65"/>
        <source>Answer started</source>
        <translation>Antwort begonnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation>
            <numerusform>Antwort angehalten, %n Wort</numerusform>
            <numerusform>Antwort angehalten, %n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation>
            <numerusform>Antwort fertig, %n Wort</numerusform>
            <numerusform>Antwort fertig, %n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <location filename="../ui/answer_sources.py" line="39"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Kein Abschnitt der angehängten Dokumente passte zu dieser Frage; ohne sie beantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="46"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Quellen (aus Ihren Dokumenten, gesendet an {destination}): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="50"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Quellen (aus Ihren Dokumenten, auf diesem Rechner): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="94"/>
        <source>Send passages of your documents?</source>
        <translation>Abschnitte Ihrer Dokumente senden?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="98"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Abschnitte aus {collections} werden an {destination} gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="103"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>An diesen Chat sind Dokumente angehängt. Mit jeder Frage gehen die passenden Abschnitte zusammen mit dem Chat an den Anbieter. Ihre Wahl gilt für diesen Chat.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="110"/>
        <source>Send passages</source>
        <translation>Abschnitte senden</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="114"/>
        <source>Answer without them</source>
        <translation>Ohne sie antworten</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/appearance_page.py" line="24"/>
        <source>System (follow the computer&apos;s light or dark mode)</source>
        <translation>System (hellem oder dunklem Modus des Computers folgen)</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="25"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="26"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="33"/>
        <source>Text size: View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Ctrl+0 resets.</source>
        <translation>Textgröße: Ansicht › Größerer Text (Strg+=), Kleinerer Text (Strg+-), Strg+0 setzt zurück.</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="38"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.py" line="37"/>
        <source>Set it aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="38"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="39"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="126"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}: Die Datei wird in {folder} in {name}.damaged-&lt;date&gt;-&lt;time&gt; umbenannt und bleibt dort zur Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="141"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth konnte {path} nicht beiseitelegen: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="181"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Die Antwort wird angehalten, um das Modell zu wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="195"/>
        <source>Loading {file}…</source>
        <translation>Lade {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="203"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>Der Anbieterweg hält kein Modell auf diesem Rechner; es gibt nichts zu entladen.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="211"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modell entladen. Wählen Sie ein Modell, um weiterzuchatten.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="223"/>
        <source>Connecting to {destination}…</source>
        <translation>Verbinde mit {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="246"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>Das zuletzt verwendete Modell liegt nicht mehr unter {path}. Wählen Sie ein anderes Modell oder öffnen Sie die Datei an ihrem neuen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="340"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Öffnen Sie die Einstellungen…, um den Anbieterweg zu reparieren.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="343"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>Der Anbieterweg ist nicht verbunden. Öffnen Sie die Einstellungen…, um ihn zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>Es ist kein Modell geladen. Wählen Sie zuerst ein Modell in der Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="430"/>
        <location filename="../ui/session.py" line="438"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Halten Sie zuerst die Antwort an, die gerade geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="58"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="67"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="77"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="88"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="90"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="92"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="94"/>
        <source>Max tokens</source>
        <translation>Höchstzahl Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="96"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="105"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Nicht angehakte Werte folgen Einstellungen › Antworten (grau dargestellt); angehakte sind</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="107"/>
        <source>this chat&apos;s own.</source>
        <translation>die dieses Chats.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="615"/>
        <source>Message  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht  (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/context_meter.py" line="49"/>
        <source>{used} / {size} tokens</source>
        <translation>{used} / {size} Tokens</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="51"/>
        <source>This chat uses {used} of the model&apos;s {size}-token context.</source>
        <translation>Dieser Chat nutzt {used} des Kontexts des Modells von {size} Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="55"/>
        <source>Older messages will be left out of what the model reads.</source>
        <translation>Ältere Nachrichten werden nicht mehr an das Modell gegeben.</translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="119"/>
        <source>About “{title}”</source>
        <translation>Über „{title}“</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="121"/>
        <source>About this chat</source>
        <translation>Über diesen Chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="124"/>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Geschätzte Kosten beim Anbieter: {cost} (nach Ihren Preisen in den Einstellungen…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="133"/>
        <source>This chat&apos;s route: {route}.</source>
        <translation>Weg dieses Chats: {route}.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/conversation_list.py" line="45"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="47"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="49"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="50"/>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="129"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="131"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="134"/>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="135"/>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="132"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="133"/>
        <source>Show archived chats</source>
        <translation>Archivierte Chats anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="136"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="137"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="138"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="139"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="140"/>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="130"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>Un&amp;pin</source>
        <translation>Lö&amp;sen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>Un&amp;archive</source>
        <translation>Aus dem A&amp;rchiv holen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="210"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="226"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="227"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="258"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="297"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="298"/>
        <source>Delete this chat and all its messages? This cannot be undone.</source>
        <translation>Diesen Chat mit allen Nachrichten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="101"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Sammlungen Ihrer Dateien, durchsucht nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="104"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="108"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="110"/>
        <source>Re-index</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="112"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="114"/>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attach to this chat</source>
        <translation>An diesen Chat anhängen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="136"/>
        <source>Files that could not be read:</source>
        <translation>Dateien, die nicht gelesen werden konnten:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="138"/>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="152"/>
        <source>Not there any more: {folders}</source>
        <translation>Nicht mehr vorhanden: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attached to this chat</source>
        <translation>An diesen Chat angehängt</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="193"/>
        <source>Add a folder of documents</source>
        <translation>Ordner mit Dokumenten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="225"/>
        <source>Looking for files in {name}…</source>
        <translation>Suche Dateien in {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="233"/>
        <source>Stopping after this file…</source>
        <translation>Halte nach dieser Datei an…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="238"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>Die Sammlung {name} vergessen? Ihre Dateien bleiben unberührt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="261"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="264"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n mit Vektoren)</numerusform>
            <numerusform>(%n mit Vektoren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="266"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="268"/>
        <source>a folder is not there any more</source>
        <translation>ein Ordner ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="272"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="282"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Lese {file} ({number} von {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="290"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Angehalten: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="295"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Fertig: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="304"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>Nicht mehr vorhanden (Abschnitte behalten): {folders}</translation>
    </message>
</context>
<context>
    <name>DownloadIndicator</name>
    <message>
        <location filename="../ui/download_indicator.py" line="34"/>
        <source>⬇ %1 %</source>
        <translation>⬇ %1 %</translation>
    </message>
    <message>
        <location filename="../ui/download_indicator.py" line="35"/>
        <source>Downloading %1: %2 % done. Click to open the model manager.</source>
        <translation>%1 wird heruntergeladen: %2 % fertig. Klicken, um die Modellverwaltung zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/download_indicator.py" line="37"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <location filename="../ui/first_run.py" line="69"/>
        <source>Use the tiny starter model</source>
        <translation>Das kleine Startmodell verwenden</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="70"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="109"/>
        <source>No model is installed yet. Open a GGUF file from the Models menu.</source>
        <translation>Es ist noch kein Modell installiert. Öffnen Sie eine GGUF-Datei über das Menü „Modelle“.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="113"/>
        <source>For this machine ({memory} GB of memory) Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Für diesen Rechner ({memory} GB Arbeitsspeicher) empfiehlt Hearth &lt;b&gt;{model}&lt;/b&gt; ({parameters} Parameter, {size}, {license}): Es wird einmal heruntergeladen und mit seiner festgelegten SHA-256 geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="119"/>
        <source>For you Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Hearth empfiehlt Ihnen &lt;b&gt;{model}&lt;/b&gt; ({parameters} Parameter, {size}, {license}): Es wird einmal heruntergeladen und mit seiner festgelegten SHA-256 geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="132"/>
        <source>Until then you can chat with the tiny starter model, which answers quickly but simply.</source>
        <translation>Bis dahin können Sie mit dem kleinen Startmodell chatten, das schnell, aber einfach antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="138"/>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message>
        <location filename="../ui/hosted_route.py" line="88"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>Diesen Chat an einen Anbieter senden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="90"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>%n frühere Nachricht wird an {destination} gesendet.</numerusform>
            <numerusform>%n frühere Nachrichten werden an {destination} gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="96"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Dieser Chat wurde bisher nur auf diesem Rechner beantwortet. Wenn Sie jetzt senden, erhält der Anbieter den gesamten Verlauf. Beginnen Sie einen neuen Chat, um nur neue Nachrichten zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>KVCachePanel</name>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="30"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="34"/>
        <source>Delete the saved states; long conversations are then re-read when you return to them</source>
        <translation>Die gespeicherten Zustände löschen; lange Unterhaltungen werden dann neu gelesen, wenn Sie zu ihnen zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="49"/>
        <source>Off (Hearth re-reads a conversation when you return to it)</source>
        <translation>Aus (Hearth liest eine Unterhaltung neu, wenn Sie zu ihr zurückkehren)</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="51"/>
        <source>{used} MB of {limit} MB</source>
        <translation>{used} MB von {limit} MB</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="180"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Schließen von Hearth abgeschnitten; ihr Text wurde behalten und als unterbrochen markiert.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Schließen von Hearth abgeschnitten; ihr Text wurde behalten und als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="261"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Die Nachrichten dieses Chats. Alt+Pfeil hoch und Alt+Pfeil runter lesen sie einzeln vor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>Chat settings…</source>
        <translation>Chat-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="387"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="393"/>
        <source>&amp;Open model file…</source>
        <translation>Modelldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Conversation &amp;info…</source>
        <translation>Infos zur &amp;Unterhaltung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="414"/>
        <source>&amp;Chat settings…</source>
        <translation>C&amp;hat-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="430"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>&amp;Search chats</source>
        <translation>Chats d&amp;urchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Documents…</source>
        <translation>D&amp;okumente…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="456"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <source>&amp;Manage models…</source>
        <translation>Modelle &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="464"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>Modell &amp;entladen (Speicher freigeben)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Anfragen an den lokalen Server…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="482"/>
        <source>&amp;Stop the answer</source>
        <translation>Antwort an&amp;halten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="486"/>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="489"/>
        <source>Copy &amp;last answer</source>
        <translation>Letzte Antwort ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="495"/>
        <source>&amp;Regenerate answer</source>
        <translation>Antwort neu &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="501"/>
        <source>&amp;Edit message</source>
        <translation>Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="504"/>
        <source>C&amp;ontinue answer</source>
        <translation>Antwort &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="509"/>
        <source>&amp;Delete message…</source>
        <translation>Nachricht &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="514"/>
        <source>&amp;Previous branch</source>
        <translation>&amp;Vorheriger Zweig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="520"/>
        <source>&amp;Next branch</source>
        <translation>&amp;Nächster Zweig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>Read the p&amp;revious message</source>
        <translation>Vorherige Nachricht vo&amp;rlesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="532"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Nächste Nachricht vorle&amp;sen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="547"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="597"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} in {seconds} s geladen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>Local server requests</source>
        <translation>Anfragen an den lokalen Server</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="682"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="683"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="715"/>
        <source>No model installed: open a GGUF file</source>
        <translation>Kein Modell installiert: öffnen Sie eine GGUF-Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="743"/>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="745"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="828"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="893"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 antwortet über einen Anbieter: Nachrichten verlassen diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="897"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 antwortet, auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="899"/>
        <source>Loading the model…</source>
        <translation>Lade das Modell…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="900"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>Kein Modell geladen: Wählen Sie oben eines oder öffnen Sie das Menü „Modelle“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="958"/>
        <location filename="../ui/main_window.py" line="1108"/>
        <source>Open a chat first.</source>
        <translation>Öffnen Sie zuerst einen Chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="972"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="973"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Hearth-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="981"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exportieren Sie nach .md, .html oder .json, nicht nach {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="989"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n Chat nach {path} exportiert.</numerusform>
            <numerusform>%n Chats nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Conversations (*.json)</source>
        <translation>Unterhaltungen (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1008"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>%n Chat aus {file} importiert.</numerusform>
            <numerusform>%n Chats aus {file} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1033"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Halten Sie die Antwort an, die gerade geschrieben wird, bevor Sie ihren Chat löschen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1067"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>Nicht gesendet. Beginnen Sie einen neuen Chat oder wechseln Sie in den Einstellungen… zu „Lokal“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1071"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1127"/>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1133"/>
        <location filename="../ui/main_window.py" line="1167"/>
        <location filename="../ui/main_window.py" line="1298"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Warten Sie auf die Antwort oder drücken Sie „Stopp“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1214"/>
        <source>Message copied.</source>
        <translation>Nachricht kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1223"/>
        <source>Answer copied.</source>
        <translation>Antwort kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1248"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet die neue Fassung als Zweig, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1259"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Nur eine an der Längengrenze abgeschnittene Antwort lässt sich fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1278"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>Diese Nachricht und ihre Antworten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1280"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>Diese Antwort löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1282"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1310"/>
        <source>This chat has no other branch.</source>
        <translation>Dieser Chat hat keinen anderen Zweig.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1315"/>
        <source>No more branches that way.</source>
        <translation>In dieser Richtung gibt es keine Zweige mehr.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1328"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Diese Nachricht hätte {length} Zeichen; Hearth sendet höchstens {limit}. Kürzen Sie sie oder hängen Sie den Text als Dokument an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1340"/>
        <source>Edit cancelled.</source>
        <translation>Bearbeitung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1372"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1400"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1403"/>
        <source>first token {seconds} s</source>
        <translation>erstes Token {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1407"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1409"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1412"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Threads: {count} ({reason})</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="61"/>
        <location filename="../ui/model_manager.py" line="70"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="62"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="63"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="64"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="65"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="66"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="71"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="72"/>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="73"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="82"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="83"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Starter (built in)</source>
        <translation>Startmodell (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="227"/>
        <location filename="../ui/model_manager.py" line="576"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="382"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="240"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="241"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <source>Reveal in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="243"/>
        <source>Import GGUF file…</source>
        <translation>GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="229"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Katalog&lt;/b&gt; – festgelegte Dateien, geprüft mit ihrer SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Fits (needs about {size})</source>
        <translation>Passt (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>Tight (needs about {size})</source>
        <translation>Knapp (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Too big (needs about {size})</source>
        <translation>Zu groß (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>Unknown (needs about {size})</source>
        <translation>Unbekannt (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="231"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Installiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="235"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="237"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modelle zum Herunterladen, jedes festgelegt und mit seiner SHA-256 geprüft</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="239"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="285"/>
        <source>recommended for {memory} machines</source>
        <translation>empfohlen für Rechner mit {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="344"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="346"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="349"/>
        <source>Paused at {percent}</source>
        <translation>Angehalten bei {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="350"/>
        <source>Needs a token</source>
        <translation>Braucht ein Token</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="380"/>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="420"/>
        <source>Starting {model}…</source>
        <translation>Starte {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="436"/>
        <source>Cancelled {model}.</source>
        <translation>{model} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="446"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="454"/>
        <source>{duration} left</source>
        <translation>noch {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="458"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Prüfe den bereits heruntergeladenen Teil ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="462"/>
        <source>Checking the SHA-256…</source>
        <translation>Prüfe die SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="464"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="466"/>
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="474"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} ist installiert und geprüft; wählen Sie es in der Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="488"/>
        <source>Paused at {done} of {total}.</source>
        <translation>Angehalten bei {done} von {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="494"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Download abgebrochen; nichts wurde installiert.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="518"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>{file} ({size}) aus dem Modellordner löschen?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="530"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>{file} konnte nicht gelöscht werden: {reason}. Wenn das Modell geladen ist, wählen Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="535"/>
        <source>Deleted {file}.</source>
        <translation>{file} gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="547"/>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="549"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="560"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="565"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="570"/>
        <source>Imported {file}.</source>
        <translation>{file} importiert.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="143"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="144"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="145"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="180"/>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="192"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="220"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>Die Offline-Sperre ist an: Verbindungen, die diesen Computer verlassen würden, werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is off.</source>
        <translation>Die Offline-Sperre ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Diese Sitzung: {session}. Die letzten {days} Tage: {recorded} aufgezeichnet, {outside} nach außerhalb dieses Computers. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="241"/>
        <source>(this computer)</source>
        <translation>(dieser Computer)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>listening</source>
        <translation>lauschend</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="260"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} gesendet, {received} empfangen</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="267"/>
        <source>Export network activity</source>
        <translation>Netzwerkaktivität exportieren</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="268"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-netzwerkaktivitaet.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="116"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Was Hearth seit dem Start im Netzwerk getan hat; %n auf diesem Computer. Klicken für alles.</numerusform>
            <numerusform>Was Hearth seit dem Start im Netzwerk getan hat; %n auf diesem Computer. Klicken für alles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="122"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Was Hearth seit dem Start im Netzwerk getan hat. Klicken für alles.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="112"/>
        <source>offline lock on</source>
        <translation>Offline-Sperre an</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="55"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Offline-Sperre: jede Verbindung ablehnen, die diesen Computer verlassen würde. Downloads, der Anbieterweg und Verbindungstests werden sofort abgelehnt, und die Ablehnung wird aufgezeichnet. Server auf diesem Computer (127.0.0.1), auch der lokale Server von Hearth, bleiben nur erreichbar, solange Sie es unten erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="61"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Unterhaltungen und den Index Ihrer Dokumente auf diesem Computer verschlüsseln (SQLCipher, AES-256; der Schlüssel liegt im Schlüsselbund des Systems). Das schützt eine kopierte Festplatte, das Laufwerk eines gestohlenen Laptops oder eine Sicherung des Datenordners. Es schützt nicht vor jemandem oder einem Programm, der bzw. das Ihre entsperrte Sitzung nutzt: Solange Sie angemeldet sind, kann Hearth den Schlüssel lesen – und diese ebenso. Die Datenbank wird beim nächsten Start von Hearth umgewandelt; beim Ausschalten wird sie zurückgewandelt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="69"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>Verschlüsselung wird nicht angeboten: Es wurde kein Schlüsselbund des Systems gefunden (oder dieser Installation fehlt SQLCipher), und Hearth legt den Schlüssel nicht in einer Datei neben den Daten ab, die er schützt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="305"/>
        <source>Offline lock</source>
        <translation>Offline-Sperre</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="320"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Lokalen Server (nur dieser Computer) auch offline erlauben</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="311"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 ist dort gesetzt, wo Hearth gestartet wurde, daher ist die Sperre an, egal was dieser Schalter sagt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>Encrypt conversations at rest</source>
        <translation>Unterhaltungen im Ruhezustand verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="321"/>
        <source>Checking the system keychain…</source>
        <translation>Prüfe den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="371"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Eine Änderung wirkt beim nächsten Start von Hearth.</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="193"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="240"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>Bearbeite gerade %n Anfrage</numerusform>
            <numerusform>Bearbeite gerade %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="242"/>
        <source>No request is being served.</source>
        <translation>Es wird keine Anfrage bearbeitet.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="59"/>
        <source>no model set</source>
        <translation>kein Modell festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="61"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Anbieter: {destination} · {model} – Nachrichten verlassen diesen Rechner</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="54"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Anderen Programmen auf diesem Computer das Modell von Hearth überlassen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="62"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Programme auf anderen Rechnern, die diese Adresse erreichen, können sich verbinden (sie brauchen trotzdem das Token). Mit 127.0.0.1 bleibt der Server auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="71"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="73"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Programme müssen dieses Token senden, um den lokalen Server zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="75"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Make a new access token</source>
        <translation>Neues Zugriffstoken erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="81"/>
        <source>Keep prompt text in the request log</source>
        <translation>Eingabetext im Anfrageprotokoll behalten</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="89"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="92"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="148"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Programme senden es als ‚Authorization: Bearer &lt;token&gt;‘ (in den meisten Werkzeugen der API-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="160"/>
        <source>The token was copied.</source>
        <translation>Das Token wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="169"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Ein neues Token wurde erzeugt. Programme mit dem alten Token brauchen nun dieses.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Who answers</source>
        <translation>Wer antwortet</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Lokal: ein Modell auf diesem Rechner (nichts verlässt ihn)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Anbieter: der Server eines Anbieters (Ihre Nachrichten werden dorthin gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="114"/>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Hosted route</source>
        <translation>Anbieterweg</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 oder http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Model (exact version)</source>
        <translation>Modell (genaue Version)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>List models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Model (exact version):</source>
        <translation>Modell (genaue Version):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Forget stored key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Connect timeout:</source>
        <translation>Zeitlimit für den Verbindungsaufbau:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Longest pause between chunks:</source>
        <translation>Längste Pause zwischen Teilen:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Longest answer:</source>
        <translation>Längste Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Retries before the answer starts:</source>
        <translation>Wiederholungen, bevor die Antwort beginnt:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Prompt price per million tokens</source>
        <translation>Eingabepreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Completion price per million tokens</source>
        <translation>Antwortpreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>Price per million tokens:</source>
        <translation>Preis pro Million Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>Connection report</source>
        <translation>Verbindungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Local models</source>
        <translation>Lokale Modelle</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="221"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="236"/>
        <source>System prompt:</source>
        <translation>Systemanweisung:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="242"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Temperatur (0 = immer das wahrscheinlichste Wort):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="247"/>
        <source>Longest answer (tokens):</source>
        <translation>Längste Antwort (Tokens):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="253"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (kleiner = weniger unwahrscheinliche Wörter):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="259"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Startwert (gleicher Startwert und gleiche Nachricht, gleiche Antwort):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="269"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automatisch ({count} auf diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="272"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="278"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Längster Kontext (Tokens, bis zu dem des Modells):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>alle (wenn llama.cpp für eine GPU gebaut wurde)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="284"/>
        <source>Layers on the GPU:</source>
        <translation>Schichten auf der GPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Saved conversations (instant return):</source>
        <translation>Gespeicherte Unterhaltungen (sofortige Rückkehr):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="291"/>
        <location filename="../ui/settings_dialog.py" line="421"/>
        <source>reading the keychain…</source>
        <translation>lese den Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="292"/>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="299"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Hugging-Face-Token (nur für zugangsbeschränkte Modelle):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="302"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Manche Modelle (Llama, Gemma) verlangen, dass Sie ihre Bedingungen auf huggingface.co akzeptieren, und ein Lese-Token. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="314"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="319"/>
        <source>Language of the window:</source>
        <translation>Sprache des Fensters:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="321"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>Das Fenster wechselt die Sprache beim Speichern; ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} ist dort gesetzt, wo Hearth gestartet wurde, und hat Vorrang.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="336"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="346"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="404"/>
        <location filename="../ui/settings_dialog.py" line="443"/>
        <source>stored in the keychain ({masked})</source>
        <translation>im Schlüsselbund gespeichert ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="418"/>
        <source>(optional for a server of your own)</source>
        <translation>(optional für einen eigenen Server)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="422"/>
        <source>Reading the system keychain…</source>
        <translation>Lese den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>no system keychain</source>
        <translation>kein Schlüsselbund im System</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="431"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>Es wurde kein Schlüsselbund des Systems gefunden. Hearth kann Schlüssel daher nicht sicher speichern und schreibt sie nicht in eine Datei. Setzen Sie stattdessen die Umgebungsvariable {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="435"/>
        <source>It is set and will be used.</source>
        <translation>Sie ist gesetzt und wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="446"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Tippen Sie, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="449"/>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>Der Schlüssel aus {variable} wird verwendet. Ein hier eingegebener Schlüssel tritt an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>paste your key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="459"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Noch kein Schlüssel{optional}. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei; oder setzen Sie {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>Teste die Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection problem.</source>
        <translation>Verbindungsproblem.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="534"/>
        <source>Asking the server for its models…</source>
        <translation>Frage den Server nach seinen Modellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="545"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>Der Server hat keine Modelle aufgelistet; geben Sie den Namen stattdessen ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="603"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Geben Sie den Namen des Modells für {provider} ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="627"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>Der Schlüssel wurde nicht gespeichert; setzen Sie stattdessen {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="637"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>Das Token wurde nicht gespeichert; setzen Sie stattdessen HF_TOKEN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="694"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>Die Prüfung ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="58"/>
        <source>Model loading progress</source>
        <translation>Ladefortschritt des Modells</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="82"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="85"/>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="129"/>
        <source>Checking {destination}…</source>
        <translation>Prüfe {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="131"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="133"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Verbunden: {model} (gehostet)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="135"/>
        <source>Ready: {model}</source>
        <translation>Bereit: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="139"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="48"/>
        <source>Reading the conversation…</source>
        <translation>Lese die Unterhaltung…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="50"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="67"/>
        <source>HOSTED</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="69"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>Sent {when}</source>
        <translation>Gesendet {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="79"/>
        <source>Answered {when}</source>
        <translation>Beantwortet {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="82"/>
        <source>hosted by {provider}</source>
        <translation>bei {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="86"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="89"/>
        <source>by {model}, {where}</source>
        <translation>von {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="96"/>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="102"/>
        <source>first token after {seconds} s</source>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="108"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="356"/>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="370"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Antwort unterbrochen: Der Text oben ist das, was angekommen ist.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="380"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>An der Grenze von {count} Tokens angehalten. Fortsetzen?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="432"/>
        <source>{count} more characters.</source>
        <translation>{count} weitere Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="435"/>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="489"/>
        <source>Reading {count} tokens…</source>
        <translation>Lese {count} Tokens…</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="106"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="107"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="29"/>
        <source>What can I help with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="50"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Erkläre in einfachen Worten, wie eine Wärmepumpe funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="51"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Schreibe eine kurze, freundliche E-Mail, die einen Termin absagt.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="52"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Gib mir drei Ideen für ein schnelles vegetarisches Abendessen.</translation>
    </message>
</context>
<context>
    <name>WindowLook</name>
    <message>
        <location filename="../ui/window_look.py" line="61"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Unterhaltungsliste zeigen oder ausblenden (Strg+B)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="65"/>
        <source>Conversation list</source>
        <translation>Unterhaltungsliste</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="74"/>
        <source>&amp;Conversation list</source>
        <translation>&amp;Unterhaltungsliste</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="82"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="89"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="96"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="104"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="111"/>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="117"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="162"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="164"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n Namensauflösung</numerusform>
            <numerusform>%n Namensauflösungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="166"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>No network use this session</source>
        <translation>In dieser Sitzung kein Netzwerkzugriff</translation>
    </message>
</context>
</TS>
