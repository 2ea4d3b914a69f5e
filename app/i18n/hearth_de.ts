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
        <location filename="../ui/answer_sources.py" line="40"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Kein Abschnitt der angehängten Dokumente passte zu dieser Frage; ohne sie beantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="47"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Quellen (aus Ihren Dokumenten, gesendet an {destination}): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="51"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Quellen (aus Ihren Dokumenten, auf diesem Rechner): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="95"/>
        <source>Send passages of your documents?</source>
        <translation>Abschnitte Ihrer Dokumente senden?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="99"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Abschnitte aus {collections} werden an {destination} gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="104"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>An diesen Chat sind Dokumente angehängt. Mit jeder Frage gehen die passenden Abschnitte zusammen mit dem Chat an den Anbieter. Ihre Wahl gilt für diesen Chat.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="111"/>
        <source>Send passages</source>
        <translation>Abschnitte senden</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="115"/>
        <source>Answer without them</source>
        <translation>Ohne sie antworten</translation>
    </message>
</context>
<context>
    <name>AnswerStats</name>
    <message>
        <location filename="../ui/answer_stats.py" line="35"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="38"/>
        <source>first token {seconds} s</source>
        <translation>erstes Token {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="42"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="44"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="47"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Threads: {count} ({reason})</translation>
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
        <location filename="../ui/application.py" line="133"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}: Die Datei wird in {folder} in {name}.damaged-&lt;date&gt;-&lt;time&gt; umbenannt und bleibt dort zur Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="148"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth konnte {path} nicht beiseitelegen: {reason}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog_texts.py" line="15"/>
        <source>Tiny and quick; fine for short answers and trying Hearth out on any machine.</source>
        <translation>Winzig und schnell; gut für kurze Antworten und zum Ausprobieren von Hearth auf jedem Rechner.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="18"/>
        <source>Very small multilingual model; fast on old laptops, limited reasoning.</source>
        <translation>Sehr kleines mehrsprachiges Modell; schnell auf alten Laptops, begrenztes logisches Denken.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="21"/>
        <source>Smallest Qwen3; thinks step by step before answering by default.</source>
        <translation>Das kleinste Qwen3; denkt standardmäßig Schritt für Schritt nach, bevor es antwortet.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="24"/>
        <source>Google&apos;s small Gemma 3; good everyday writing for its size.</source>
        <translation>Googles kleines Gemma 3; für seine Größe gut bei alltäglichen Texten.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="25"/>
        <source>Meta&apos;s small Llama; quick, long context, decent at summaries.</source>
        <translation>Metas kleines Llama; schnell, langer Kontext, ordentlich bei Zusammenfassungen.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="26"/>
        <source>Hugging Face&apos;s open 1.7B model, trained on openly documented data.</source>
        <translation>Das offene 1,7B-Modell von Hugging Face, trainiert mit offen dokumentierten Daten.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="29"/>
        <source>Small, multilingual and good at following instructions.</source>
        <translation>Klein, mehrsprachig und gut darin, Anweisungen zu befolgen.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="30"/>
        <source>Qwen3 with step-by-step thinking; a strong small reasoner.</source>
        <translation>Qwen3 mit schrittweisem Nachdenken; stark im logischen Denken für seine Größe.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="31"/>
        <source>Google&apos;s Gemma 2; friendly, fluent English writing.</source>
        <translation>Googles Gemma 2; freundliche, flüssige Texte auf Englisch.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="32"/>
        <source>Balanced quality and speed; the pick for machines with 8 GB of memory.</source>
        <translation>Ausgewogen zwischen Qualität und Tempo; die Wahl für Rechner mit 8 GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="35"/>
        <source>Microsoft&apos;s Phi-3.5 mini; good at reasoning and code for its size.</source>
        <translation>Microsofts Phi-3.5 mini; für seine Größe gut im logischen Denken und bei Code.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="38"/>
        <source>Qwen3 4B with thinking mode; strong reasoning on a laptop.</source>
        <translation>Qwen3 4B mit Denkmodus; starkes logisches Denken auf dem Laptop.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="39"/>
        <source>Google&apos;s Gemma 3 4B; capable all-rounder with a long context.</source>
        <translation>Googles Gemma 3 4B; ein fähiger Allrounder mit langem Kontext.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="40"/>
        <source>The best answers in this list; the pick for a typical 16 GB laptop.</source>
        <translation>Die besten Antworten dieser Liste; die Wahl für einen typischen Laptop mit 16 GB.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="43"/>
        <source>The default for document search in English: good recall, 146 MB.</source>
        <translation>Der Standard für die Dokumentsuche auf Englisch: findet viel, 146 MB.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="46"/>
        <source>Light document search in English: 37 MB, quick on any machine.</source>
        <translation>Leichte Dokumentsuche auf Englisch: 37 MB, schnell auf jedem Rechner.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="47"/>
        <source>Multilingual document search (over 100 languages): 639 MB, slower.</source>
        <translation>Mehrsprachige Dokumentsuche (über 100 Sprachen): 639 MB, langsamer.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="182"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Die Antwort wird angehalten, um das Modell zu wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="196"/>
        <source>Loading {file}…</source>
        <translation>Lade {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="204"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>Der Anbieterweg hält kein Modell auf diesem Rechner; es gibt nichts zu entladen.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="212"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modell entladen. Wählen Sie ein Modell, um weiterzuchatten.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="224"/>
        <source>Connecting to {destination}…</source>
        <translation>Verbinde mit {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="247"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>Das zuletzt verwendete Modell liegt nicht mehr unter {path}. Wählen Sie ein anderes Modell oder öffnen Sie die Datei an ihrem neuen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="341"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Öffnen Sie die Einstellungen…, um den Anbieterweg zu reparieren.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>Der Anbieterweg ist nicht verbunden. Öffnen Sie die Einstellungen…, um ihn zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="345"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>Es ist kein Modell geladen. Wählen Sie zuerst ein Modell in der Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="431"/>
        <location filename="../ui/session.py" line="439"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Halten Sie zuerst die Antwort an, die gerade geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="61"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="76"/>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="80"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="91"/>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="93"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="95"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Max tokens</source>
        <translation>Höchstzahl Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="99"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="100"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="108"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Nicht angehakte Werte folgen Einstellungen › Antworten (grau dargestellt); angehakte sind</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="110"/>
        <source>this chat&apos;s own.</source>
        <translation>die dieses Chats.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="639"/>
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
    <name>ConversationFiles</name>
    <message>
        <location filename="../ui/conversation_files.py" line="44"/>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="49"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="74"/>
        <source>Open a chat first.</source>
        <translation>Öffnen Sie zuerst einen Chat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="88"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="89"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Hearth-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="96"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exportieren Sie nach .md, .html oder .json, nicht nach {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="104"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n Chat nach {path} exportiert.</numerusform>
            <numerusform>%n Chats nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="116"/>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="118"/>
        <source>Conversations (*.json)</source>
        <translation>Unterhaltungen (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="126"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>%n Chat aus {file} importiert.</numerusform>
            <numerusform>%n Chats aus {file} importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="123"/>
        <source>About “{title}”</source>
        <translation>Über „{title}“</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="125"/>
        <source>About this chat</source>
        <translation>Über diesen Chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="132"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Geschätzte Kosten beim Anbieter: {cost} (nach Ihren Preisen in den Einstellungen…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="137"/>
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
    <name>Core</name>
    <message>
        <location filename="../core/catalog.py" line="130"/>
        <source>{where}, entry {entry}, field {field}: {message}</source>
        <translation>{where}, Eintrag {entry}, Feld {field}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="138"/>
        <source>{where}, entry {entry}: {message}</source>
        <translation>{where}, Eintrag {entry}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="145"/>
        <source>{where}, field {field}: {message}</source>
        <translation>{where}, Feld {field}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="151"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="192"/>
        <source>must be a non-empty text value in quotes</source>
        <translation>muss ein nicht leerer Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="197"/>
        <source>must be {expected}, got {value}</source>
        <translation>muss {expected} sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="207"/>
        <source>a Hugging Face repository such as &apos;owner/name&apos;</source>
        <translation>ein Hugging-Face-Repository wie „owner/name“</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="221"/>
        <source>must be {expected}, got {value}: {error}</source>
        <translation>muss {expected} sein, ist aber {value}: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="234"/>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="240"/>
        <source>must be greater than zero, got {value}</source>
        <translation>muss größer als null sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="250"/>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="256"/>
        <source>64 hexadecimal characters (a SHA-256)</source>
        <translation>64 Hexadezimalzeichen (ein SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="274"/>
        <source>must be a text value in quotes, got {value}</source>
        <translation>muss ein Text in Anführungszeichen sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="290"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>muss einer von {choices} sein, ist aber {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="299"/>
        <source>lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="304"/>
        <source>a 40-hex commit or a branch name</source>
        <translation>ein Commit aus 40 Hexadezimalzeichen oder ein Branch-Name</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="308"/>
        <source>a plain file name ending in .gguf (no folders)</source>
        <translation>ein einfacher Dateiname, der auf .gguf endet (ohne Ordner)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="314"/>
        <source>a parameter count such as &apos;360M&apos; or &apos;1.5B&apos;</source>
        <translation>eine Parameterzahl wie „360M“ oder „1.5B“</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="385"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="401"/>
        <source>is missing: an embedding model needs &apos;mean&apos;, &apos;cls&apos; or &apos;last&apos;</source>
        <translation>fehlt: Ein Embedding-Modell braucht „mean“, „cls“ oder „last“</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="409"/>
        <source>is not a known field and was ignored</source>
        <translation>ist kein bekanntes Feld und wurde ignoriert</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="420"/>
        <source>not valid TOML: {error}</source>
        <translation>kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="426"/>
        <source>unknown top-level key {key} was ignored</source>
        <translation>der unbekannte Schlüssel {key} auf oberster Ebene wurde ignoriert</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="434"/>
        <source>&apos;models&apos; must be a list of [[models]] tables</source>
        <translation>„models“ muss eine Liste von [[models]]-Tabellen sein</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="445"/>
        <source>is not UTF-8 text: {error}</source>
        <translation>ist kein UTF-8-Text: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="449"/>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="529"/>
        <source>the same id appears earlier in this file; this entry was left out</source>
        <translation>dieselbe ID steht schon weiter oben in dieser Datei; dieser Eintrag wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="552"/>
        <source>this override was ignored</source>
        <translation>diese Überschreibung wurde ignoriert</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="554"/>
        <source>this entry was left out</source>
        <translation>dieser Eintrag wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="157"/>
        <source>Your documents could not be searched ({error}); answering without them.</source>
        <translation>Ihre Dokumente konnten nicht durchsucht werden ({error}); die Antwort kommt ohne sie.</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="190"/>
        <source>The answer failed unexpectedly: {error}</source>
        <translation>Die Antwort ist unerwartet gescheitert: {error}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="37"/>
        <source>Hosted · {provider} · {model}</source>
        <translation>Anbieter · {provider} · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="42"/>
        <source>Local · {model}</source>
        <translation>Lokal · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="45"/>
        <source>{answers} answer(s), {prompt:,} prompt + {completion:,} completion tokens</source>
        <translation>{answers} Antwort(en), {prompt:,} Tokens Eingabe + {completion:,} Tokens Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="54"/>
        <source>{where}: {tokens}, no charge (ran on this machine)</source>
        <translation>{where}: {tokens}, kostenlos (auf diesem Rechner ausgeführt)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="59"/>
        <source>{where}: {tokens}, no price set (add one in Settings… to see an estimate)</source>
        <translation>{where}: {tokens}, kein Preis festgelegt (tragen Sie einen in den Einstellungen… ein, um eine Schätzung zu sehen)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="64"/>
        <source>{where}: {tokens}, about ${cost:.4f}</source>
        <translation>{where}: {tokens}, etwa {cost:.4f} $</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="89"/>
        <source>nothing accepts connections there (the connection was refused)</source>
        <translation>dort nimmt nichts Verbindungen an (die Verbindung wurde abgelehnt)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="92"/>
        <source>that computer cannot be reached (no route to it)</source>
        <translation>dieser Computer ist nicht erreichbar (keine Route dorthin)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="95"/>
        <source>that computer cannot be reached (it appears to be down)</source>
        <translation>dieser Computer ist nicht erreichbar (er scheint ausgeschaltet zu sein)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="149"/>
        <source>Download paused; it will continue where it stopped.</source>
        <translation>Download angehalten; er wird dort fortgesetzt, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="151"/>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="158"/>
        <source>The file was replaced upstream; nothing was downloaded.</source>
        <translation>Die Datei wurde an der Quelle ersetzt; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="161"/>
        <source>The catalog entry is out of date; nothing was downloaded.</source>
        <translation>Der Katalogeintrag ist veraltet; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="166"/>
        <source>the server answered {status}</source>
        <translation>der Server antwortete mit {status}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="193"/>
        <source>it did not answer</source>
        <translation>er hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="417"/>
        <source>Downloading {name} stopped: {error}.</source>
        <translation>Der Download von {name} wurde unterbrochen: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="422"/>
        <source>Check that the models folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Modellordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="431"/>
        <source>Downloading {name} stopped on an unexpected error: {error}.</source>
        <translation>Der Download von {name} wurde durch einen unerwarteten Fehler unterbrochen: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="438"/>
        <source>The part already downloaded is kept. Please report this if it happens again.</source>
        <translation>Der bereits heruntergeladene Teil bleibt erhalten. Bitte melden Sie den Fehler, wenn er erneut auftritt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="455"/>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>{name} wird bereits von einem anderen Hearth-Fenster oder -Befehl heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="462"/>
        <source>Wait for that download to finish, or stop it there.</source>
        <translation>Warten Sie, bis dieser Download fertig ist, oder stoppen Sie ihn dort.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="481"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded.</source>
        <translation>Der Offline-Modus von Hugging Face ist an (HF_HUB_OFFLINE), daher kann nichts heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="487"/>
        <source>Unset HF_HUB_OFFLINE and try again.</source>
        <translation>Entfernen Sie HF_HUB_OFFLINE und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="523"/>
        <source>The downloaded file for {name} changed on disk while it was downloading ({size:,} bytes instead of {expected:,}). It was deleted and not installed.</source>
        <translation>Die heruntergeladene Datei für {name} hat sich während des Downloads auf der Festplatte geändert ({size:,} Bytes statt {expected:,}). Sie wurde gelöscht und nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="533"/>
        <source>Download it again.</source>
        <translation>Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="540"/>
        <source>The downloaded file for {name} does not match its pin (expected SHA-256 {expected}, got {digest}). It was deleted and not installed.</source>
        <translation>Die heruntergeladene Datei für {name} passt nicht zu ihrer Festlegung (erwartet SHA-256 {expected}, erhalten {digest}). Sie wurde gelöscht und nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="550"/>
        <source>Try again later; if it keeps happening, the file on the server has changed and the catalog entry needs updating.</source>
        <translation>Versuchen Sie es später erneut; passiert es immer wieder, hat sich die Datei auf dem Server geändert und der Katalogeintrag muss aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="587"/>
        <source>cannot reach {host}: {error}</source>
        <translation>{host} ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="595"/>
        <source>The server resolved {repo} at {revision} to a different commit ({commit}).</source>
        <translation>Der Server hat {repo} bei {revision} zu einem anderen Commit aufgelöst ({commit}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="605"/>
        <source>The catalog pin cannot be honoured; nothing was downloaded.</source>
        <translation>Die Festlegung im Katalog lässt sich nicht einhalten; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="614"/>
        <source>{file} in {repo} at {revision} is {size:,} bytes, but the catalog pins {expected:,}.</source>
        <translation>{file} in {repo} bei {revision} hat {size:,} Bytes, der Katalog legt aber {expected:,} fest.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="632"/>
        <source>{file} in {repo} at {revision} has SHA-256 {digest}, but the catalog pins {expected}.</source>
        <translation>{file} in {repo} bei {revision} hat SHA-256 {digest}, der Katalog legt aber {expected} fest.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="671"/>
        <source>no data arrived for {seconds:g} seconds</source>
        <translation>seit {seconds:g} Sekunden kamen keine Daten an</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="676"/>
        <source>the connection timed out ({error})</source>
        <translation>die Verbindung hat das Zeitlimit überschritten ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="688"/>
        <source>the connection failed ({error})</source>
        <translation>die Verbindung ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="695"/>
        <source>Hearth could not write {path}: {error}.</source>
        <translation>Hearth konnte {path} nicht schreiben: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="700"/>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>Prüfen Sie, ob die Festplatte nicht voll und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="712"/>
        <source>the server sent more bytes than the pinned size; starting over</source>
        <translation>der Server schickte mehr Bytes als festgelegt; Neubeginn</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="720"/>
        <source>the server closed the connection before the end of the file</source>
        <translation>der Server hat die Verbindung vor dem Ende der Datei geschlossen</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="753"/>
        <source>the server refused to continue the partial file; starting over</source>
        <translation>der Server lehnte es ab, die Teildatei fortzusetzen; Neubeginn</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="770"/>
        <source>the server sent the wrong part of the file; starting over</source>
        <translation>der Server schickte den falschen Teil der Datei; Neubeginn</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="781"/>
        <source>Unexpected answer {status} from {url}.</source>
        <translation>Unerwartete Antwort {status} von {url}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="801"/>
        <source>Not enough disk space for {name}: it needs {needed} free in {folder} (the file plus {margin} to spare), and {free} is free.</source>
        <translation>Nicht genug Speicherplatz für {name}: Es werden {needed} frei in {folder} benötigt (die Datei plus {margin} Reserve), und {free} sind frei.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="813"/>
        <source>Free up at least {size} and try again.</source>
        <translation>Geben Sie mindestens {size} frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="835"/>
        <source>Hearth {why}.</source>
        <translation>Hearth {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="837"/>
        <source>Check the internet connection and that the address is right (HF_ENDPOINT, if you set it), and that no firewall or proxy blocks it; then try again. The part already downloaded is kept.</source>
        <translation>Prüfen Sie die Internetverbindung, ob die Adresse stimmt (HF_ENDPOINT, falls gesetzt) und dass keine Firewall und kein Proxy sie blockiert; versuchen Sie es dann erneut. Der bereits heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="849"/>
        <source>Downloading {name} failed after {attempts} attempts: {why}.</source>
        <translation>Der Download von {name} ist nach {attempts} Versuchen fehlgeschlagen: {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="858"/>
        <source>Check your internet connection and try again; the part already downloaded is kept.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut; der bereits heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="881"/>
        <source>{why}; retrying in {seconds:.0f} s (attempt {n} of {total})</source>
        <translation>{why}; neuer Versuch in {seconds:.0f} s (Versuch {n} von {total})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="906"/>
        <source>could not connect to {host} because {why}</source>
        <translation>konnte keine Verbindung zu {host} herstellen: {why}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="917"/>
        <source>Offline lock is on: downloads are off.</source>
        <translation>Die Offline-Sperre ist an: Downloads sind ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="930"/>
        <source>The secure connection to {host} could not be verified ({error}), so nothing was downloaded.</source>
        <translation>Die sichere Verbindung zu {host} ließ sich nicht prüfen ({error}), daher wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="939"/>
        <source>Hearth only downloads over verified HTTPS. Check the computer&apos;s date and any proxy or security software that intercepts connections.</source>
        <translation>Hearth lädt nur über geprüftes HTTPS herunter. Prüfen Sie das Datum des Computers sowie Proxys oder Sicherheitssoftware, die Verbindungen abfangen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="962"/>
        <source>You appear to be offline: Hearth could not reach {host} ({error}).</source>
        <translation>Sie scheinen offline zu sein: Hearth konnte {host} nicht erreichen ({error}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="969"/>
        <source>Check the internet connection (and HF_ENDPOINT, if you set it) and try again; the part already downloaded is kept.</source>
        <translation>Prüfen Sie die Internetverbindung (und HF_ENDPOINT, falls gesetzt) und versuchen Sie es erneut; der bereits heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="985"/>
        <source>Open {page} while signed in to Hugging Face, accept the model&apos;s terms, then add a Hugging Face access token in Hearth (it is kept in your system keychain).</source>
        <translation>Öffnen Sie {page}, während Sie bei Hugging Face angemeldet sind, akzeptieren Sie die Bedingungen des Modells und fügen Sie dann in Hearth ein Hugging-Face-Zugriffstoken hinzu (es wird im Schlüsselbund Ihres Systems aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="998"/>
        <source>Your Hugging Face token does not have access to {repo} yet.</source>
        <translation>Ihr Hugging-Face-Token hat noch keinen Zugriff auf {repo}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1004"/>
        <source>Open {page} with the account that owns the token, accept the model&apos;s terms and try again.</source>
        <translation>Öffnen Sie {page} mit dem Konto, dem das Token gehört, akzeptieren Sie die Bedingungen des Modells und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1015"/>
        <source>{name} is in a gated repository: Hugging Face asks you to accept its terms first.</source>
        <translation>{name} liegt in einem geschützten Repository: Hugging Face verlangt, dass Sie zuerst dessen Bedingungen akzeptieren.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1028"/>
        <source>The pinned revision {revision} of {repo} does not exist on {host}.</source>
        <translation>Die festgelegte Revision {revision} von {repo} gibt es auf {host} nicht.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1041"/>
        <source>{file} is not in {repo} at revision {revision}.</source>
        <translation>{file} ist nicht in {repo} bei Revision {revision}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1052"/>
        <source>{host} did not find {repo}, or it needs you to sign in.</source>
        <translation>{host} hat {repo} nicht gefunden, oder Sie müssen sich anmelden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1059"/>
        <source>If the repository is private or gated: {hint}</source>
        <translation>Wenn das Repository privat oder geschützt ist: {hint}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>{host} refused access to {repo} ({status}).</source>
        <translation>{host} hat den Zugriff auf {repo} verweigert ({status}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1078"/>
        <source>The file was not found at {url}.</source>
        <translation>Die Datei wurde unter {url} nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1080"/>
        <source>Check HF_ENDPOINT (Hearth used {host}) or the catalog entry {entry}; nothing was downloaded.</source>
        <translation>Prüfen Sie HF_ENDPOINT (Hearth hat {host} verwendet) oder den Katalogeintrag {entry}; es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1092"/>
        <source>{host} answered {status} for {file}.</source>
        <translation>{host} antwortete mit {status} für {file}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1097"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="97"/>
        <source>{path} is encrypted, and its key is not in your system keychain (the keychain may be locked, or this is another account or computer). Hearth left the file as it is. Unlock the keychain, then try again.</source>
        <translation>{path} ist verschlüsselt, und der Schlüssel dazu ist nicht im Schlüsselbund Ihres Systems (der Schlüsselbund ist vielleicht gesperrt, oder dies ist ein anderes Konto oder ein anderer Computer). Hearth hat die Datei unverändert gelassen. Entsperren Sie den Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="253"/>
        <source>Converting {path} did not produce a faithful copy ({found} for {expected}); the file was left as it was.</source>
        <translation>Die Umwandlung von {path} ergab keine getreue Kopie ({found} statt {expected}); die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="270"/>
        <source>{path} is in use by another program, so Hearth did not convert it. Close that program, then try again.</source>
        <translation>{path} wird von einem anderen Programm benutzt, daher hat Hearth die Datei nicht umgewandelt. Schließen Sie dieses Programm und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="284"/>
        <source>Hearth could not convert {path} ({error}); the file was left as it was. Free some disk space, or switch encryption back in Settings › Privacy.</source>
        <translation>Hearth konnte {path} nicht umwandeln ({error}); die Datei wurde unverändert gelassen. Geben Sie Speicherplatz frei oder stellen Sie die Verschlüsselung unter Einstellungen › Datenschutz zurück.</translation>
    </message>
    <message>
        <location filename="../core/engines/base.py" line="114"/>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="71"/>
        <source>the key stored in the keychain</source>
        <translation>Schlüssel aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="73"/>
        <source>the key from {variable}</source>
        <translation>Schlüssel aus {variable}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="75"/>
        <source>the key entered in Settings</source>
        <translation>in den Einstellungen eingegebener Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="76"/>
        <source>no key</source>
        <translation>ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="80"/>
        <source>Checking {url} with {key}.</source>
        <translation>Prüfe {url} ({key}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="94"/>
        <source>Ready: answers will come from {label}.</source>
        <translation>Bereit: Antworten kommen von {label}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="115"/>
        <source>The server answered but does not list its models.</source>
        <translation>Der Server hat geantwortet, listet aber seine Modelle nicht auf.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="122"/>
        <source>The key was accepted.</source>
        <translation>Der Schlüssel wurde angenommen.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="125"/>
        <source>The server offers {count} model(s).</source>
        <translation>Der Server bietet {count} Modell(e) an.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="132"/>
        <source>The model &apos;{model}&apos; is available.</source>
        <translation>Das Modell „{model}“ ist verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="139"/>
        <source>The model &apos;{model}&apos; is not among them. Offered: {offered}</source>
        <translation>Das Modell „{model}“ ist nicht darunter. Angeboten: {offered}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="166"/>
        <source>The model &apos;{model}&apos; answered a one-token request.</source>
        <translation>Das Modell „{model}“ hat eine Anfrage mit einem Token beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="71"/>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="73"/>
        <source>Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1.</source>
        <translation>Geben Sie seine Basis-URL in den Einstellungen… ein, zum Beispiel http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="82"/>
        <source>&apos;{url}&apos; is not a server address Hearth can use.</source>
        <translation>„{url}“ ist keine Serveradresse, die Hearth verwenden kann.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="86"/>
        <source>Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1.</source>
        <translation>Verwenden Sie eine URL wie https://example.com/v1 oder http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="93"/>
        <source>The server address contains a user name or password.</source>
        <translation>Die Serveradresse enthält einen Benutzernamen oder ein Passwort.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="95"/>
        <source>Remove it from the URL and put the key in the API key field instead.</source>
        <translation>Entfernen Sie ihn aus der URL und tragen Sie stattdessen den Schlüssel im Feld „API-Schlüssel“ ein.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="103"/>
        <source>Hearth will not send your conversation to {host} over plain http: anyone on the way could read it.</source>
        <translation>Hearth sendet Ihren Chat nicht über unverschlüsseltes http an {host}: Jeder auf dem Weg könnte ihn mitlesen.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="111"/>
        <source>Use an https:// address. Plain http is allowed only for servers on this machine.</source>
        <translation>Verwenden Sie eine https://-Adresse. Unverschlüsseltes http ist nur für Server auf diesem Rechner erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="131"/>
        <source>No API key for {provider} was found.</source>
        <translation>Es wurde kein API-Schlüssel für {provider} gefunden.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="134"/>
        <source>Enter one in Settings… (it is kept in the system keychain) or set the {variable} environment variable.</source>
        <translation>Geben Sie einen in den Einstellungen… ein (er wird im Schlüsselbund des Systems aufbewahrt), oder setzen Sie die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="157"/>
        <source>&apos;{provider}&apos; is not a hosted provider Hearth knows.</source>
        <translation>„{provider}“ ist kein Anbieter, den Hearth kennt.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="164"/>
        <source>No model is set for {provider}.</source>
        <translation>Für {provider} ist kein Modell festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="165"/>
        <source>Enter the exact model name in Settings….</source>
        <translation>Geben Sie den genauen Modellnamen in den Einstellungen… ein.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="160"/>
        <source>This hosted engine was closed.</source>
        <translation>Dieser Anbieter-Zugang wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="207"/>
        <source>{why}, retrying in {seconds} s</source>
        <translation>{why}, neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="263"/>
        <source>Open Settings… and enter a valid API key.</source>
        <translation>Öffnen Sie die Einstellungen… und geben Sie einen gültigen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="266"/>
        <source>The key came from {variable}; fix it there or store one in Settings….</source>
        <translation>Der Schlüssel stammt aus {variable}; korrigieren Sie ihn dort oder speichern Sie einen in den Einstellungen….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="274"/>
        <source>{where} rejected the API key.</source>
        <translation>{where} hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="282"/>
        <source>{where} refused access with this key ({message}).</source>
        <translation>{where} hat den Zugriff mit diesem Schlüssel verweigert ({message}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="289"/>
        <source>Check the key&apos;s permissions, or open Settings… to use another key.</source>
        <translation>Prüfen Sie die Berechtigungen des Schlüssels, oder öffnen Sie die Einstellungen…, um einen anderen Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="300"/>
        <source>{where} does not know the model &apos;{model}&apos;.</source>
        <translation>{where} kennt das Modell „{model}“ nicht.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="305"/>
        <source>Check the exact model name in Settings… (List models shows what is offered).</source>
        <translation>Prüfen Sie den genauen Modellnamen in den Einstellungen… („Modelle auflisten“ zeigt, was angeboten wird).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="317"/>
        <source>{where} is rate limiting requests and did not answer after retrying.</source>
        <translation>{where} begrenzt die Anfragen und hat auch nach erneuten Versuchen nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="324"/>
        <source>Wait a minute and send again, or check your plan&apos;s limits.</source>
        <translation>Warten Sie eine Minute und senden Sie erneut, oder prüfen Sie die Grenzen Ihres Tarifs.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="331"/>
        <source>rate limited</source>
        <translation>Anfragen begrenzt</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="337"/>
        <source>{where} is unavailable right now (HTTP {status}).</source>
        <translation>{where} ist gerade nicht verfügbar (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="343"/>
        <source>Try again in a little while.</source>
        <translation>Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="348"/>
        <source>server busy (HTTP {status})</source>
        <translation>Server ausgelastet (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="355"/>
        <source>{where} failed with a server error (HTTP {status}): {message}</source>
        <translation>{where} ist mit einem Serverfehler gescheitert (HTTP {status}): {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="367"/>
        <source>{where} refused the request (HTTP {status}): {message}</source>
        <translation>{where} hat die Anfrage abgelehnt (HTTP {status}): {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="375"/>
        <source>The conversation may be too long for this model, or a setting is out of range.</source>
        <translation>Der Chat ist vielleicht zu lang für dieses Modell, oder eine Einstellung liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="406"/>
        <source>Offline lock is on: the hosted route cannot reach {where}.</source>
        <translation>Die Offline-Sperre ist an: Der Anbieterweg kann {where} nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="412"/>
        <source>Turn it off in Settings › Privacy. Or switch to Local.</source>
        <translation>Schalten Sie sie unter Einstellungen › Datenschutz aus. Oder wechseln Sie zu Lokal.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="424"/>
        <source>{where} sent nothing for {seconds:g} s, so the answer was cut off; the part already shown was kept.</source>
        <translation>{where} hat {seconds:g} s lang nichts geschickt, daher wurde die Antwort abgebrochen; der bereits gezeigte Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="433"/>
        <source>Send again, or raise the chunk timeout in Settings….</source>
        <translation>Senden Sie erneut, oder erhöhen Sie das Zeitlimit pro Abschnitt in den Einstellungen….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="442"/>
        <source>{where} did not answer within the time limits ({connect:g} s to connect, {chunk:g} s per chunk).</source>
        <translation>{where} hat nicht innerhalb der Zeitlimits geantwortet ({connect:g} s zum Verbinden, {chunk:g} s pro Abschnitt).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="452"/>
        <source>Check the server, or raise the timeouts in Settings….</source>
        <translation>Prüfen Sie den Server, oder erhöhen Sie die Zeitlimits in den Einstellungen….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="463"/>
        <source>The connection to {where} was lost mid-answer; the part already shown was kept.</source>
        <translation>Die Verbindung zu {where} ist mitten in der Antwort abgerissen; der bereits gezeigte Teil bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="470"/>
        <source>Send again to get a full answer.</source>
        <translation>Senden Sie erneut, um eine vollständige Antwort zu erhalten.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="476"/>
        <source>Hearth could not reach {where} ({url}).</source>
        <translation>Hearth konnte {where} nicht erreichen ({url}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="481"/>
        <source>Check your connection and the server address in Settings….</source>
        <translation>Prüfen Sie Ihre Verbindung und die Serveradresse in den Einstellungen….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="487"/>
        <source>could not connect</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="500"/>
        <source>{where} reported an error mid-answer: {message}</source>
        <translation>{where} hat mitten in der Antwort einen Fehler gemeldet: {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="512"/>
        <source>{where} sent a streamed answer Hearth could not read ({error}).</source>
        <translation>{where} hat eine gestreamte Antwort geschickt, die Hearth nicht lesen konnte ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="520"/>
        <source>The server may not be fully compatible with the API; check its version.</source>
        <translation>Der Server ist vielleicht nicht ganz mit der API kompatibel; prüfen Sie seine Version.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="528"/>
        <source>Try again; if it persists, the service may be having problems.</source>
        <translation>Versuchen Sie es erneut; bleibt es so, hat der Dienst vielleicht Probleme.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/errors.py" line="12"/>
        <source>Open Settings… to check the hosted route.</source>
        <translation>Öffnen Sie die Einstellungen…, um den Anbieterweg zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="184"/>
        <source>Loading {name} was cancelled.</source>
        <translation>Das Laden von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="191"/>
        <source>Loading {name} took longer than {seconds:.0f} s.</source>
        <translation>Das Laden von {name} dauerte länger als {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="198"/>
        <source>The file may be damaged, or too large for this machine.</source>
        <translation>Die Datei ist vielleicht beschädigt oder zu groß für diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="231"/>
        <source>{name} could not be loaded: llama.cpp crashed while loading it (signal {signal}).</source>
        <translation>{name} konnte nicht geladen werden: llama.cpp ist beim Laden abgestürzt (Signal {signal}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="240"/>
        <source>{name} could not be loaded: the loader exited with status {status}.</source>
        <translation>{name} konnte nicht geladen werden: Der Ladevorgang endete mit Status {status}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="247"/>
        <source>The file may be damaged or made for a newer llama.cpp; try downloading it again.</source>
        <translation>Die Datei ist vielleicht beschädigt oder für ein neueres llama.cpp gemacht; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="360"/>
        <source>{name} cannot be used: {reason}.</source>
        <translation>{name} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="399"/>
        <source>{name} is a “{architecture}” model, an architecture this version of llama.cpp does not know.</source>
        <translation>{name} ist ein „{architecture}“-Modell, eine Architektur, die diese Version von llama.cpp nicht kennt.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="407"/>
        <source>Pick another model, or update Hearth.</source>
        <translation>Wählen Sie ein anderes Modell, oder aktualisieren Sie Hearth.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="411"/>
        <source>llama.cpp could not load {name} ({error}).</source>
        <translation>llama.cpp konnte {name} nicht laden ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="416"/>
        <source>The file may be damaged, or this machine may lack the memory for it.</source>
        <translation>Die Datei ist vielleicht beschädigt, oder diesem Rechner fehlt der Speicher dafür.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="449"/>
        <source>{name} (local)</source>
        <translation>{name} (lokal)</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="473"/>
        <source>{name} cannot be used. {reason}</source>
        <translation>{name} kann nicht verwendet werden. {reason}</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="478"/>
        <source>The model file&apos;s chat template is broken or unsafe; try another model.</source>
        <translation>Die Chat-Vorlage der Modelldatei ist fehlerhaft oder unsicher; versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="602"/>
        <source>The model file&apos;s template is broken or unsafe; try another model.</source>
        <translation>Die Vorlage der Modelldatei ist fehlerhaft oder unsicher; versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="627"/>
        <source>The message is too long for this model: it needs {tokens:,} tokens and the model&apos;s context holds {context:,} (with room for the answer).</source>
        <translation>Die Nachricht ist zu lang für dieses Modell: Sie braucht {tokens:,} Tokens, und der Kontext des Modells fasst {context:,} (mit Platz für die Antwort).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="636"/>
        <source>Shorten the message, or pick a model with a longer context.</source>
        <translation>Kürzen Sie die Nachricht, oder wählen Sie ein Modell mit längerem Kontext.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="680"/>
        <source>llama.cpp failed while computing the answer ({error}).</source>
        <translation>llama.cpp ist beim Berechnen der Antwort gescheitert ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="686"/>
        <source>Try again; if it keeps failing, lower the context size in Settings.</source>
        <translation>Versuchen Sie es erneut; scheitert es weiter, verkleinern Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="854"/>
        <source>The model was unloaded.</source>
        <translation>Das Modell wurde entladen.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="855"/>
        <source>Pick a model again.</source>
        <translation>Wählen Sie erneut ein Modell.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="870"/>
        <source>The oldest message of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and was left out of this answer.</source>
        <translation>Die älteste Nachricht dieses Chats (ab „{quote}“) passte nicht in den Kontext des Modells von {context:,} Tokens und wurde für diese Antwort weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="876"/>
        <source>The {count} oldest messages of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and were left out of this answer.</source>
        <translation>Die {count} ältesten Nachrichten dieses Chats (ab „{quote}“) passten nicht in den Kontext des Modells von {context:,} Tokens und wurden für diese Antwort weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="254"/>
        <source>{where} must be an object, not {kind}.</source>
        <translation>{where} muss ein Objekt sein, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="267"/>
        <source>{where} has no {key}.</source>
        <translation>{where} hat kein {key}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="281"/>
        <source>{where} must be text, not {kind}.</source>
        <translation>{where} muss Text sein, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="289"/>
        <source>{where} is {length:,} characters long; Hearth takes at most {limit:,}.</source>
        <translation>{where} ist {length:,} Zeichen lang; Hearth nimmt höchstens {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="307"/>
        <source>{where} must be a number, not {kind}.</source>
        <translation>{where} muss eine Zahl sein, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="315"/>
        <source>{where} must be from 0 to {high}, not {value}.</source>
        <translation>{where} muss zwischen 0 und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="330"/>
        <source>{where} must be a whole number, not {value}.</source>
        <translation>{where} muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="342"/>
        <source>{where} must be true or false, not {kind}.</source>
        <translation>{where} muss true oder false sein, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="356"/>
        <source>{where} is {value}; Hearth knows only {choices}.</source>
        <translation>{where} ist {value}; Hearth kennt nur {choices}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="369"/>
        <source>{where} must be a list, not {kind}.</source>
        <translation>{where} muss eine Liste sein, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="377"/>
        <source>{where} has {count:,} entries; at most {limit:,}.</source>
        <translation>{where} hat {count:,} Einträge; höchstens {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="386"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="391"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="392"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="393"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="394"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="416"/>
        <source>{where}: the parent of message {node} is not in the file.</source>
        <translation>{where}: Die übergeordnete Nachricht von {node} ist nicht in der Datei.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="437"/>
        <source>{where}: the parent links go round in a cycle (message {node} is its own ancestor).</source>
        <translation>{where}: Die Verweise auf übergeordnete Nachrichten bilden einen Kreis (Nachricht {node} ist ihr eigener Vorfahr).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="461"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="475"/>
        <source>The file was exported by a newer Hearth (format version {version}); this Hearth reads version {known}.</source>
        <translation>Die Datei wurde von einem neueren Hearth exportiert (Formatversion {version}); dieses Hearth liest Version {known}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="503"/>
        <source>{where}: the id {id} is used twice.</source>
        <translation>{where}: Die ID {id} kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="533"/>
        <source>{where}.current_leaf {leaf} is not one of its messages.</source>
        <translation>{where}.current_leaf {leaf} ist keine ihrer Nachrichten.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="581"/>
        <source>{where} is {length:,} characters long; at most {limit:,}.</source>
        <translation>{where} ist {length:,} Zeichen lang; höchstens {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="599"/>
        <source>{where}.mapping has more than {limit:,} nodes.</source>
        <translation>{where}.mapping hat mehr als {limit:,} Knoten.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="612"/>
        <source>{where}.mapping has a node id {length:,} characters long.</source>
        <translation>{where}.mapping hat eine Knoten-ID mit {length:,} Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="686"/>
        <source>The file holds more than {limit:,} conversations.</source>
        <translation>Die Datei enthält mehr als {limit:,} Chats.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="710"/>
        <source>{path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>{path} hat {size:,.0f} MB; Hearth importiert Dateien bis höchstens {limit} MB.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="727"/>
        <source>{path} is a .zip without a conversations.json in it.</source>
        <translation>{path} ist eine .zip-Datei ohne conversations.json.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="737"/>
        <source>The conversations.json in {path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>Die conversations.json in {path} hat {size:,.0f} MB; Hearth importiert Dateien bis höchstens {limit} MB.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="752"/>
        <source>The conversations.json in {path} is too large.</source>
        <translation>Die conversations.json in {path} ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="763"/>
        <source>Hearth cannot read {path}: {error}.</source>
        <translation>Hearth kann {path} nicht lesen: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="772"/>
        <source>The file holds more than {limit:,} messages.</source>
        <translation>Die Datei enthält mehr als {limit:,} Nachrichten.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="785"/>
        <source>{path} is not UTF-8 text ({error}).</source>
        <translation>{path} ist kein UTF-8-Text ({error}).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="793"/>
        <source>{path} is nested too deeply to be a conversations file.</source>
        <translation>{path} ist zu tief verschachtelt, um eine Chat-Datei zu sein.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="802"/>
        <source>{path} is not valid JSON: {error}.</source>
        <translation>{path} ist kein gültiges JSON: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="817"/>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="824"/>
        <source>{path} is neither a Hearth export (JSON) nor ChatGPT&apos;s conversations.json.</source>
        <translation>{path} ist weder ein Hearth-Export (JSON) noch die conversations.json von ChatGPT.</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="104"/>
        <source>the file ends in the middle of its header (it is truncated)</source>
        <translation>die Datei endet mitten in ihrem Header (sie ist abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="107"/>
        <source>a text field in the header is longer than the file (truncated?)</source>
        <translation>ein Textfeld im Header ist länger als die Datei (abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="129"/>
        <source>the header claims an impossible {what} ({n})</source>
        <translation>der Header nennt eine unmögliche {what} ({n})</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="180"/>
        <source>an array in the header runs past the end of the file</source>
        <translation>ein Array im Header reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="194"/>
        <source>unknown metadata value type {type} (corrupt file?)</source>
        <translation>unbekannter Metadaten-Werttyp {type} (beschädigte Datei?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="211"/>
        <source>the file {path} does not exist</source>
        <translation>die Datei {path} existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="216"/>
        <source>the file {path} cannot be read: {error}</source>
        <translation>die Datei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="224"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="230"/>
        <location filename="../core/models.py" line="88"/>
        <source>the file cannot be read: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="273"/>
        <source>this is not a GGUF model file (it does not start with &apos;GGUF&apos;)</source>
        <translation>dies ist keine GGUF-Modelldatei (sie beginnt nicht mit „GGUF“)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="282"/>
        <source>GGUF version {version} is not supported (expected 2 or 3)</source>
        <translation>GGUF-Version {version} wird nicht unterstützt (erwartet 2 oder 3)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="288"/>
        <source>tensor count</source>
        <translation>Tensorzahl</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="289"/>
        <source>metadata count</source>
        <translation>Metadatenzahl</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="296"/>
        <source>the file holds no tensors (no model weights)</source>
        <translation>die Datei enthält keine Tensoren (keine Modellgewichte)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="306"/>
        <source>a tensor in the file has an impossible shape (corrupt file?)</source>
        <translation>ein Tensor in der Datei hat eine unmögliche Form (beschädigte Datei?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="319"/>
        <source>the file&apos;s alignment value is invalid</source>
        <translation>der Ausrichtungswert der Datei ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="329"/>
        <source>the file is truncated: its weights need {missing:,} more bytes than it has (an incomplete download?)</source>
        <translation>die Datei ist abgeschnitten: Ihre Gewichte brauchen {missing:,} Bytes mehr, als sie hat (ein unvollständiger Download?)</translation>
    </message>
    <message>
        <location filename="../core/instance.py" line="27"/>
        <source>Hearth is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
        <translation>Hearth läuft bereits mit dem Datenordner {folder}. Wechseln Sie zum offenen Fenster, oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="37"/>
        <source>{file} (unusable)</source>
        <translation>{file} (unbrauchbar)</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="40"/>
        <source>{name} · {quantization} (tiny demo model)</source>
        <translation>{name} · {quantization} (kleines Demo-Modell)</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="73"/>
        <source>Offline lock is on</source>
        <translation>Die Offline-Sperre ist an</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="74"/>
        <source>Turn it off in Settings › Privacy.</source>
        <translation>Schalten Sie sie unter Einstellungen › Datenschutz aus.</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="77"/>
        <source>Offline lock is on. Turn it off in Settings › Privacy.</source>
        <translation>Die Offline-Sperre ist an. Schalten Sie sie unter Einstellungen › Datenschutz aus.</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="163"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="165"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="170"/>
        <source>Hearth cannot write to its data folder {folder}: {reason}. Set {variable} to a writable folder.</source>
        <translation>Hearth kann nicht in seinen Datenordner {folder} schreiben: {reason}. Setzen Sie {variable} auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/providers.py" line="84"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="49"/>
        <source>No system keychain was found, so Hearth cannot store secrets safely. Set the key in an environment variable instead, or install a keychain (for example GNOME Keyring or KWallet).</source>
        <translation>Es wurde kein Schlüsselbund des Systems gefunden, daher kann Hearth Geheimnisse nicht sicher speichern. Setzen Sie den Schlüssel stattdessen in einer Umgebungsvariablen, oder installieren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="68"/>
        <source>The system keychain refused to store the secret: {error}</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Geheimnisses verweigert: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="219"/>
        <source>{where}: expected a table, found {type}</source>
        <translation>{where}: Tabelle erwartet, gefunden {type}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="239"/>
        <source>{name}: {value} is not valid; using the default {default}</source>
        <translation>{name}: {value} ist ungültig; der Standardwert {default} wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="251"/>
        <source>{name}: {value} is outside {low} to {high}; using the default {default}</source>
        <translation>{name}: {value} liegt außerhalb von {low} bis {high}; der Standardwert {default} wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="278"/>
        <source>version: {value} is not valid; using {version}</source>
        <translation>version: {value} ist ungültig; {version} wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="293"/>
        <source>Some settings were not valid and were reset: {problems}.</source>
        <translation>Einige Einstellungen waren ungültig und wurden zurückgesetzt: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="302"/>
        <source>Some settings are unknown to this Hearth and were ignored: {names}.</source>
        <translation>Einige Einstellungen kennt dieses Hearth nicht, sie wurden ignoriert: {names}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="315"/>
        <source>It was set aside as {name}.</source>
        <translation>Sie wurde als {name} beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>It could not be moved aside.</source>
        <translation>Sie konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="319"/>
        <source>Your settings file could not be read ({why}). Hearth is using default settings. {where}</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden ({why}). Hearth verwendet die Standardeinstellungen. {where}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="345"/>
        <source>the file does not hold a JSON object</source>
        <translation>die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="354"/>
        <source>the newer file is kept as {name}</source>
        <translation>die neuere Datei bleibt als {name} erhalten</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="358"/>
        <source>the newer file could not be copied ({error}), so save with care</source>
        <translation>die neuere Datei konnte nicht kopiert werden ({error}), speichern Sie also mit Bedacht</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="366"/>
        <source>Your settings file was made by a newer Hearth (version {version}). This Hearth uses the settings it knows and saves them as version {known}; {kept}.</source>
        <translation>Ihre Einstellungsdatei stammt von einem neueren Hearth (Version {version}). Dieses Hearth verwendet die Einstellungen, die es kennt, und speichert sie als Version {known}; {kept}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="372"/>
        <source>Your conversations database {path} is encrypted, and this Hearth was installed without SQLCipher (the sqlcipher3 package), so it cannot open it.</source>
        <translation>Ihre Chat-Datenbank {path} ist verschlüsselt, und dieses Hearth wurde ohne SQLCipher (das Paket sqlcipher3) installiert, daher kann es sie nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="415"/>
        <source>Hearth could not save: the disk is full. Free some space, then try again.</source>
        <translation>Hearth konnte nicht speichern: Die Festplatte ist voll. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="419"/>
        <source>Hearth could not save: its data folder cannot be written ({error}).</source>
        <translation>Hearth konnte nicht speichern: Sein Datenordner ist nicht beschreibbar ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="423"/>
        <source>Hearth could not save: another program is using the conversations database. Close it, then try again.</source>
        <translation>Hearth konnte nicht speichern: Ein anderes Programm benutzt die Chat-Datenbank. Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="429"/>
        <source>Hearth could not save: the conversations database is damaged. Restart Hearth to set it aside.</source>
        <translation>Hearth konnte nicht speichern: Die Chat-Datenbank ist beschädigt. Starten Sie Hearth neu, um sie beiseitezulegen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="435"/>
        <source>Hearth could not save: the disk reported an error ({error}).</source>
        <translation>Hearth konnte nicht speichern: Die Festplatte meldete einen Fehler ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="439"/>
        <source>Hearth could not save: {error}.</source>
        <translation>Hearth konnte nicht speichern: {error}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="448"/>
        <source>Your conversations database {path} is encrypted, and the key in your system keychain does not open it (the key was replaced, or the file is damaged). Hearth left the file as it is: restore the keychain entry &apos;Hearth / store_key&apos;, or let Hearth set the file aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Ihre Chat-Datenbank {path} ist verschlüsselt, und der Schlüssel im Schlüsselbund Ihres Systems öffnet sie nicht (der Schlüssel wurde ersetzt, oder die Datei ist beschädigt). Hearth hat die Datei unverändert gelassen: Stellen Sie den Schlüsselbund-Eintrag „Hearth / store_key“ wieder her, oder lassen Sie Hearth die Datei beiseitelegen, zur Wiederherstellung aufbewahrt, und mit einem leeren Verlauf beginnen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="463"/>
        <source>Your conversations database {path} is damaged ({error}). Hearth can set it aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Ihre Chat-Datenbank {path} ist beschädigt ({error}). Hearth kann sie beiseitelegen, zur Wiederherstellung aufbewahrt, und mit einem leeren Verlauf beginnen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="476"/>
        <source>Your conversations database {path} is locked by another program. Close that program (or wait for it to finish), then try again.</source>
        <translation>Ihre Chat-Datenbank {path} ist von einem anderen Programm gesperrt. Schließen Sie dieses Programm (oder warten Sie, bis es fertig ist) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="486"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="490"/>
        <source>Hearth cannot open its conversations database {path}: {reason}. Move it out of the way, or set {variable} to another folder.</source>
        <translation>Hearth kann seine Chat-Datenbank {path} nicht öffnen: {reason}. Verschieben Sie sie, oder setzen Sie {variable} auf einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="598"/>
        <source>{field} must be text</source>
        <translation>{field} muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="607"/>
        <source>{field} must be a whole number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} muss eine ganze Zahl von {low:g} bis {high:g} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="612"/>
        <source>{field} must be a number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} muss eine Zahl von {low:g} bis {high:g} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="759"/>
        <source>Hearth cannot create its conversations database {path}: {error}. Set {variable} to a writable folder.</source>
        <translation>Hearth kann seine Chat-Datenbank {path} nicht anlegen: {error}. Setzen Sie {variable} auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="789"/>
        <source>Your conversations database {path} was made by a newer Hearth (version {version}); this Hearth reads version {known}. Open it with the newer Hearth; the file was left as it was.</source>
        <translation>Ihre Chat-Datenbank {path} wurde von einem neueren Hearth angelegt (Version {version}); dieses Hearth liest Version {known}. Öffnen Sie sie mit dem neueren Hearth; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="834"/>
        <source>{path} is not a Hearth conversations database ({what}). Hearth can set it aside, keeping it, and start with an empty history.</source>
        <translation>{path} ist keine Chat-Datenbank von Hearth ({what}). Hearth kann sie beiseitelegen, aufbewahrt, und mit einem leeren Verlauf beginnen.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="854"/>
        <source>it holds other tables: {tables}</source>
        <translation>sie enthält andere Tabellen: {tables}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="865"/>
        <source>its {table} table has other columns</source>
        <translation>ihre Tabelle {table} hat andere Spalten</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="982"/>
        <source>a preset needs a name of 1 to 64 characters</source>
        <translation>eine Vorlage braucht einen Namen mit 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="990"/>
        <source>“{name}” is one of Hearth&apos;s presets; save yours by another name</source>
        <translation>„{name}“ ist eine Vorlage von Hearth; speichern Sie Ihre unter einem anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="1008"/>
        <source>“{name}” is one of Hearth&apos;s presets and cannot be deleted</source>
        <translation>„{name}“ ist eine Vorlage von Hearth und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="20"/>
        <source>{value:.0f} B</source>
        <translation>{value:.0f} B</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="21"/>
        <source>{value:.1f} KB</source>
        <translation>{value:.1f} kB</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="22"/>
        <source>{value:.1f} MB</source>
        <translation>{value:.1f} MB</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="23"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} GB</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="24"/>
        <source>{value:.1f} TB</source>
        <translation>{value:.1f} TB</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="248"/>
        <source>{file}, page {page}, &quot;{heading}&quot;</source>
        <translation>{file}, Seite {page}, „{heading}“</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="250"/>
        <source>{file}, page {page}</source>
        <translation>{file}, Seite {page}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="252"/>
        <source>{file}, &quot;{heading}&quot;</source>
        <translation>{file}, „{heading}“</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="316"/>
        <source>Hearth cannot open its documents database {path}: {error}</source>
        <translation>Hearth kann seine Dokumentdatenbank {path} nicht öffnen: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="353"/>
        <source>There is no collection named {name}.</source>
        <translation>Es gibt keine Sammlung namens {name}.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="363"/>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="705"/>
        <source>could not be read ({error})</source>
        <translation>konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="770"/>
        <source>a broken link</source>
        <translation>ein defekter Link</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="782"/>
        <location filename="../core/documents/parsing.py" line="118"/>
        <source>unreadable: {error}</source>
        <translation>nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="132"/>
        <source>not a {kind} file (its content is something else)</source>
        <translation>keine {kind}-Datei (ihr Inhalt ist etwas anderes)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="150"/>
        <source>no text in it</source>
        <translation>enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="158"/>
        <source>too large ({size}; the limit is {limit})</source>
        <translation>zu groß ({size}; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="168"/>
        <location filename="../core/documents/parsing.py" line="180"/>
        <source>binary content, not text</source>
        <translation>Binärinhalt, kein Text</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="354"/>
        <location filename="../core/documents/parsing.py" line="368"/>
        <source>encrypted PDF (it needs a password)</source>
        <translation>verschlüsseltes PDF (es braucht ein Passwort)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="363"/>
        <location filename="../core/documents/parsing.py" line="372"/>
        <source>damaged PDF ({error})</source>
        <translation>beschädigtes PDF ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="378"/>
        <source>no text layer (a scanned or image-only PDF)</source>
        <translation>keine Textebene (ein gescanntes PDF oder eines nur aus Bildern)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="397"/>
        <source>refused: {file} would unpack to {size} (a zip bomb?)</source>
        <translation>abgelehnt: {file} würde entpackt {size} groß (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="407"/>
        <source>refused: the archive would unpack to too much (a zip bomb?)</source>
        <translation>abgelehnt: das Archiv würde entpackt zu groß (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="421"/>
        <source>damaged zip archive ({error})</source>
        <translation>beschädigtes Zip-Archiv ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="426"/>
        <source>damaged XML inside the archive ({error})</source>
        <translation>beschädigtes XML im Archiv ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="431"/>
        <source>a zip archive that is not a DOCX, ODT or EPUB document</source>
        <translation>ein Zip-Archiv, das kein DOCX-, ODT- oder EPUB-Dokument ist</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="451"/>
        <source>damaged DOCX ({error})</source>
        <translation>beschädigtes DOCX ({error})</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="23"/>
        <source>the offline lock is on, and it refuses servers on this computer too. To serve other programs on this computer while offline, turn on &apos;Allow the local server (this computer only) while offline&apos; in Settings › Privacy.</source>
        <translation>Die Offline-Sperre ist an und lehnt auch Server auf diesem Computer ab. Damit andere Programme auf diesem Computer Hearth auch offline nutzen können, schalten Sie unter Einstellungen › Datenschutz „Lokalen Server (nur dieser Computer) auch offline erlauben“ ein.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="52"/>
        <source>{port} is not a port number; use one from 1024 to 65535.</source>
        <translation>{port} ist keine Portnummer; verwenden Sie eine von 1024 bis 65535.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="63"/>
        <source>{host} is not an address of this machine ({error}).</source>
        <translation>{host} ist keine Adresse dieses Rechners ({error}).</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="80"/>
        <source>Cannot listen on {host}:{port}: {error}. Pick another port.</source>
        <translation>Kann nicht auf {host}:{port} lauschen: {error}. Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="84"/>
        <source>Cannot listen on {host}:{port}: {error}.</source>
        <translation>Kann nicht auf {host}:{port} lauschen: {error}.</translation>
    </message>
    <message>
        <location filename="../server/api.py" line="288"/>
        <source>client disconnected</source>
        <translation>Client getrennt</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="157"/>
        <source>Hearth&apos;s server failed to answer; see Hearth&apos;s log.</source>
        <translation>Der Server von Hearth konnte nicht antworten; siehe das Protokoll von Hearth.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="173"/>
        <source>No model is loaded in Hearth. Pick a model, then try again.</source>
        <translation>In Hearth ist kein Modell geladen. Wählen Sie ein Modell und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="185"/>
        <source>Hearth&apos;s server answers with local models only, and Hearth is using the hosted route. Switch Hearth to a local model to serve requests.</source>
        <translation>Der Server von Hearth antwortet nur mit lokalen Modellen, und Hearth nutzt gerade den Anbieterweg. Wechseln Sie in Hearth zu einem lokalen Modell, um Anfragen zu beantworten.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="204"/>
        <source>This engine cannot continue raw text; use chat.</source>
        <translation>Diese Engine kann keinen Rohtext fortsetzen; verwenden Sie den Chat.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="102"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Sammlungen Ihrer Dateien, durchsucht nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="105"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="109"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="111"/>
        <source>Re-index</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="113"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="115"/>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attach to this chat</source>
        <translation>An diesen Chat anhängen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="127"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="137"/>
        <source>Files that could not be read:</source>
        <translation>Dateien, die nicht gelesen werden konnten:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="139"/>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="153"/>
        <source>Not there any more: {folders}</source>
        <translation>Nicht mehr vorhanden: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attached to this chat</source>
        <translation>An diesen Chat angehängt</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="194"/>
        <source>Add a folder of documents</source>
        <translation>Ordner mit Dokumenten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="226"/>
        <source>Looking for files in {name}…</source>
        <translation>Suche Dateien in {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="234"/>
        <source>Stopping after this file…</source>
        <translation>Halte nach dieser Datei an…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="239"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>Die Sammlung {name} vergessen? Ihre Dateien bleiben unberührt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="263"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="265"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n mit Vektoren)</numerusform>
            <numerusform>(%n mit Vektoren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="267"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="269"/>
        <source>a folder is not there any more</source>
        <translation>ein Ordner ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="273"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="283"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Lese {file} ({number} von {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="291"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Angehalten: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="296"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Fertig: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="305"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>Nicht mehr vorhanden (Abschnitte behalten): {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="311"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
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
        <location filename="../ui/hosted_route.py" line="92"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>Diesen Chat an einen Anbieter senden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="94"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>%n frühere Nachricht wird an {destination} gesendet.</numerusform>
            <numerusform>%n frühere Nachrichten werden an {destination} gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Dieser Chat wurde bisher nur auf diesem Rechner beantwortet. Wenn Sie jetzt senden, erhält der Anbieter den gesamten Verlauf. Beginnen Sie einen neuen Chat, um nur neue Nachrichten zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="104"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>HostedRoute</name>
    <message>
        <location filename="../ui/hosted_route.py" line="43"/>
        <source>{provider} (address not set)</source>
        <translation>{provider} (Adresse nicht festgelegt)</translation>
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
    <name>LocalServerController</name>
    <message>
        <location filename="../ui/local_server.py" line="138"/>
        <source>The local server could not start: {message}</source>
        <translation>Der lokale Server konnte nicht starten: {message}</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="147"/>
        <source>Local server on {address} · busy: serving a request</source>
        <translation>Lokaler Server auf {address} · beschäftigt: beantwortet eine Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="149"/>
        <source>Local server on {address}</source>
        <translation>Lokaler Server auf {address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="189"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Schließen von Hearth abgeschnitten; ihr Text wurde behalten und als unterbrochen markiert.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Schließen von Hearth abgeschnitten; ihr Text wurde behalten und als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Die Nachrichten dieses Chats. Alt+Pfeil hoch und Alt+Pfeil runter lesen sie einzeln vor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
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
        <location filename="../ui/main_window.py" line="336"/>
        <source>Chat settings…</source>
        <translation>Chat-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>&amp;Open model file…</source>
        <translation>Modelldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Conversation &amp;info…</source>
        <translation>Infos zur &amp;Unterhaltung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="409"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>&amp;Chat settings…</source>
        <translation>C&amp;hat-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="428"/>
        <source>&amp;Search chats</source>
        <translation>Chats d&amp;urchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="434"/>
        <source>&amp;Documents…</source>
        <translation>D&amp;okumente…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="445"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Manage models…</source>
        <translation>Modelle &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="453"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>Modell &amp;entladen (Speicher freigeben)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Anfragen an den lokalen Server…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="512"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} in {seconds} s geladen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="565"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="566"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="783"/>
        <source>Open a chat first.</source>
        <translation>Öffnen Sie zuerst einen Chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="712"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Halten Sie die Antwort an, die gerade geschrieben wird, bevor Sie ihren Chat löschen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="742"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>Nicht gesendet. Beginnen Sie einen neuen Chat oder wechseln Sie in den Einstellungen… zu „Lokal“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="746"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="802"/>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="808"/>
        <location filename="../ui/main_window.py" line="846"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Warten Sie auf die Antwort oder drücken Sie „Stopp“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="830"/>
        <source>Your text is still in the box below.</source>
        <translation>Ihr Text steht noch im Feld unten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="857"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Diese Nachricht hätte {length} Zeichen; Hearth sendet höchstens {limit}. Kürzen Sie sie oder hängen Sie den Text als Dokument an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="869"/>
        <source>Edit cancelled.</source>
        <translation>Bearbeitung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="901"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../ui/message_actions.py" line="51"/>
        <source>&amp;Stop the answer</source>
        <translation>Antwort an&amp;halten</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="57"/>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="62"/>
        <source>Copy &amp;last answer</source>
        <translation>Letzte Antwort ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="68"/>
        <source>&amp;Regenerate answer</source>
        <translation>Antwort neu &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="74"/>
        <source>&amp;Edit message</source>
        <translation>Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="79"/>
        <source>C&amp;ontinue answer</source>
        <translation>Antwort &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="84"/>
        <source>&amp;Delete message…</source>
        <translation>Nachricht &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="89"/>
        <source>&amp;Previous branch</source>
        <translation>&amp;Vorheriger Zweig</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="95"/>
        <source>&amp;Next branch</source>
        <translation>&amp;Nächster Zweig</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="101"/>
        <source>Read the p&amp;revious message</source>
        <translation>Vorherige Nachricht vo&amp;rlesen</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="107"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Nächste Nachricht vorle&amp;sen</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="123"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="200"/>
        <source>Message copied.</source>
        <translation>Nachricht kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="211"/>
        <source>Answer copied.</source>
        <translation>Antwort kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="238"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet die neue Fassung als Zweig, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="249"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Nur eine an der Längengrenze abgeschnittene Antwort lässt sich fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="268"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>Diese Nachricht und ihre Antworten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="270"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>Diese Antwort löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="272"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="290"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Warten Sie auf die Antwort oder drücken Sie „Stopp“.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="302"/>
        <source>This chat has no other branch.</source>
        <translation>Dieser Chat hat keinen anderen Zweig.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="307"/>
        <source>No more branches that way.</source>
        <translation>In dieser Richtung gibt es keine Zweige mehr.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="74"/>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="75"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="85"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="86"/>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="87"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="96"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="97"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="98"/>
        <source>Starter (built in)</source>
        <translation>Startmodell (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <location filename="../ui/model_manager.py" line="614"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="419"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="255"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="256"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="257"/>
        <source>Reveal in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="258"/>
        <source>Import GGUF file…</source>
        <translation>GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="244"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Katalog&lt;/b&gt; – festgelegte Dateien, geprüft mit ihrer SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="90"/>
        <source>Fits (needs about {size})</source>
        <translation>Passt (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="91"/>
        <source>Tight (needs about {size})</source>
        <translation>Knapp (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="92"/>
        <source>Too big (needs about {size})</source>
        <translation>Zu groß (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="93"/>
        <source>Unknown (needs about {size})</source>
        <translation>Unbekannt (braucht etwa {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="246"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Installiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="250"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="252"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modelle zum Herunterladen, jedes festgelegt und mit seiner SHA-256 geprüft</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="254"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="316"/>
        <source>Embedding models — for searching your documents</source>
        <translation>Embedding-Modelle – für die Suche in Ihren Dokumenten</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="321"/>
        <source>recommended for {memory} machines</source>
        <translation>empfohlen für Rechner mit {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="381"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="383"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="386"/>
        <source>Paused at {percent}</source>
        <translation>Angehalten bei {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="387"/>
        <source>Needs a token</source>
        <translation>Braucht ein Token</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="417"/>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="457"/>
        <source>Starting {model}…</source>
        <translation>Starte {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="473"/>
        <source>Cancelled {model}.</source>
        <translation>{model} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="483"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="491"/>
        <source>{duration} left</source>
        <translation>noch {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="495"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Prüfe den bereits heruntergeladenen Teil ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="500"/>
        <source>Checking the SHA-256…</source>
        <translation>Prüfe die SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="502"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="504"/>
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="512"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} ist installiert und geprüft; wählen Sie es in der Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="526"/>
        <source>Paused at {done} of {total}.</source>
        <translation>Angehalten bei {done} von {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="532"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Download abgebrochen; nichts wurde installiert.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="556"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>{file} ({size}) aus dem Modellordner löschen?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="568"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>{file} konnte nicht gelöscht werden: {reason}. Wenn das Modell geladen ist, wählen Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="573"/>
        <source>Deleted {file}.</source>
        <translation>{file} gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="585"/>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="587"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="598"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="603"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="608"/>
        <source>Imported {file}.</source>
        <translation>{file} importiert.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="67"/>
        <source>No model installed: open a GGUF file</source>
        <translation>Kein Modell installiert: öffnen Sie eine GGUF-Datei</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Open model file…</source>
        <translation>Modelldatei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="104"/>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="106"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="133"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} kann nicht verwendet werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="148"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="149"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="150"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="183"/>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="194"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>Die Offline-Sperre ist an: Verbindungen, die diesen Computer verlassen würden, werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="226"/>
        <source>The offline lock is off.</source>
        <translation>Die Offline-Sperre ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Diese Sitzung: {session}. Die letzten {days} Tage: {recorded} aufgezeichnet, {outside} nach außerhalb dieses Computers. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="244"/>
        <source>(this computer)</source>
        <translation>(dieser Computer)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>listening</source>
        <translation>lauschend</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="263"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} gesendet, {received} empfangen</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="270"/>
        <source>Export network activity</source>
        <translation>Netzwerkaktivität exportieren</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="271"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-netzwerkaktivitaet.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="119"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Was Hearth seit dem Start im Netzwerk getan hat; %n auf diesem Computer. Klicken für alles.</numerusform>
            <numerusform>Was Hearth seit dem Start im Netzwerk getan hat; %n auf diesem Computer. Klicken für alles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="125"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Was Hearth seit dem Start im Netzwerk getan hat. Klicken für alles.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="115"/>
        <source>offline lock on</source>
        <translation>Offline-Sperre an</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="56"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Offline-Sperre: jede Verbindung ablehnen, die diesen Computer verlassen würde. Downloads, der Anbieterweg und Verbindungstests werden sofort abgelehnt, und die Ablehnung wird aufgezeichnet. Server auf diesem Computer (127.0.0.1), auch der lokale Server von Hearth, bleiben nur erreichbar, solange Sie es unten erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="63"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Unterhaltungen und den Index Ihrer Dokumente auf diesem Computer verschlüsseln (SQLCipher, AES-256; der Schlüssel liegt im Schlüsselbund des Systems). Das schützt eine kopierte Festplatte, das Laufwerk eines gestohlenen Laptops oder eine Sicherung des Datenordners. Es schützt nicht vor jemandem oder einem Programm, der bzw. das Ihre entsperrte Sitzung nutzt: Solange Sie angemeldet sind, kann Hearth den Schlüssel lesen – und diese ebenso. Die Datenbank wird beim nächsten Start von Hearth umgewandelt; beim Ausschalten wird sie zurückgewandelt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="72"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>Verschlüsselung wird nicht angeboten: Es wurde kein Schlüsselbund des Systems gefunden (oder dieser Installation fehlt SQLCipher), und Hearth legt den Schlüssel nicht in einer Datei neben den Daten ab, die er schützt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="310"/>
        <source>Offline lock</source>
        <translation>Offline-Sperre</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="322"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Lokalen Server (nur dieser Computer) auch offline erlauben</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 ist dort gesetzt, wo Hearth gestartet wurde, daher ist die Sperre an, egal was dieser Schalter sagt.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="325"/>
        <source>Encrypt conversations at rest</source>
        <translation>Unterhaltungen im Ruhezustand verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="330"/>
        <source>Checking the system keychain…</source>
        <translation>Prüfe den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="386"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Eine Änderung wirkt beim nächsten Start von Hearth.</translation>
    </message>
</context>
<context>
    <name>RefreshWorker</name>
    <message>
        <location filename="../ui/documents_watch.py" line="89"/>
        <source>The embedding model could not be used: {error}</source>
        <translation>Das Embedding-Modell konnte nicht verwendet werden: {error}</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="200"/>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="241"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>Bearbeite gerade %n Anfrage</numerusform>
            <numerusform>Bearbeite gerade %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="243"/>
        <source>No request is being served.</source>
        <translation>Es wird keine Anfrage bearbeitet.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="63"/>
        <source>no model set</source>
        <translation>kein Modell festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="65"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Anbieter: {destination} · {model} – Nachrichten verlassen diesen Rechner</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="55"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Anderen Programmen auf diesem Computer das Modell von Hearth überlassen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="63"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Programme auf anderen Rechnern, die diese Adresse erreichen, können sich verbinden (sie brauchen trotzdem das Token). Mit 127.0.0.1 bleibt der Server auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="72"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="74"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Programme müssen dieses Token senden, um den lokalen Server zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="79"/>
        <source>Make a new access token</source>
        <translation>Neues Zugriffstoken erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="82"/>
        <source>Keep prompt text in the request log</source>
        <translation>Eingabetext im Anfrageprotokoll behalten</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="91"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="94"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="149"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Programme senden es als ‚Authorization: Bearer &lt;token&gt;‘ (in den meisten Werkzeugen der API-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="161"/>
        <source>The token was copied.</source>
        <translation>Das Token wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="170"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Ein neues Token wurde erzeugt. Programme mit dem alten Token brauchen nun dieses.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Who answers</source>
        <translation>Wer antwortet</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Lokal: ein Modell auf diesem Rechner (nichts verlässt ihn)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Anbieter: der Server eines Anbieters (Ihre Nachrichten werden dorthin gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Hosted route</source>
        <translation>Anbieterweg</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 oder http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>Model (exact version)</source>
        <translation>Modell (genaue Version)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>List models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Model (exact version):</source>
        <translation>Modell (genaue Version):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="150"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Forget stored key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Connect timeout:</source>
        <translation>Zeitlimit für den Verbindungsaufbau:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest pause between chunks:</source>
        <translation>Längste Pause zwischen Teilen:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Longest answer:</source>
        <translation>Längste Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Retries before the answer starts:</source>
        <translation>Wiederholungen, bevor die Antwort beginnt:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Prompt price per million tokens</source>
        <translation>Eingabepreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Completion price per million tokens</source>
        <translation>Antwortpreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Price per million tokens:</source>
        <translation>Preis pro Million Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="187"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="194"/>
        <source>Connection report</source>
        <translation>Verbindungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Local models</source>
        <translation>Lokale Modelle</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="223"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>System prompt:</source>
        <translation>Systemanweisung:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Temperatur (0 = immer das wahrscheinlichste Wort):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="251"/>
        <source>Longest answer (tokens):</source>
        <translation>Längste Antwort (Tokens):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (kleiner = weniger unwahrscheinliche Wörter):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="263"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Startwert (gleicher Startwert und gleiche Nachricht, gleiche Antwort):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automatisch ({count} auf diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="276"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Längster Kontext (Tokens, bis zu dem des Modells):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>alle (wenn llama.cpp für eine GPU gebaut wurde)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>Layers on the GPU:</source>
        <translation>Schichten auf der GPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Saved conversations (instant return):</source>
        <translation>Gespeicherte Unterhaltungen (sofortige Rückkehr):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="294"/>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="295"/>
        <location filename="../ui/settings_dialog.py" line="426"/>
        <source>reading the keychain…</source>
        <translation>lese den Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="296"/>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="303"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Hugging-Face-Token (nur für zugangsbeschränkte Modelle):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Manche Modelle (Llama, Gemma) verlangen, dass Sie ihre Bedingungen auf huggingface.co akzeptieren, und ein Lese-Token. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="318"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>Language of the window:</source>
        <translation>Sprache des Fensters:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>Das Fenster wechselt die Sprache beim Speichern; ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} ist dort gesetzt, wo Hearth gestartet wurde, und hat Vorrang.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="340"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="350"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="408"/>
        <location filename="../ui/settings_dialog.py" line="448"/>
        <source>stored in the keychain ({masked})</source>
        <translation>im Schlüsselbund gespeichert ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="423"/>
        <source>(optional for a server of your own)</source>
        <translation>(optional für einen eigenen Server)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>Reading the system keychain…</source>
        <translation>Lese den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="432"/>
        <source>no system keychain</source>
        <translation>kein Schlüsselbund im System</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="436"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>Es wurde kein Schlüsselbund des Systems gefunden. Hearth kann Schlüssel daher nicht sicher speichern und schreibt sie nicht in eine Datei. Setzen Sie stattdessen die Umgebungsvariable {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="440"/>
        <source>It is set and will be used.</source>
        <translation>Sie ist gesetzt und wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Tippen Sie, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="454"/>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>Der Schlüssel aus {variable} wird verwendet. Ein hier eingegebener Schlüssel tritt an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="461"/>
        <source>paste your key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="464"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Noch kein Schlüssel{optional}. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei; oder setzen Sie {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Testing the connection…</source>
        <translation>Teste die Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection problem.</source>
        <translation>Verbindungsproblem.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>Asking the server for its models…</source>
        <translation>Frage den Server nach seinen Modellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="548"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="552"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>Der Server hat keine Modelle aufgelistet; geben Sie den Namen stattdessen ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="610"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Geben Sie den Namen des Modells für {provider} ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="635"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>Der Schlüssel wurde nicht gespeichert; setzen Sie stattdessen {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="650"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>Das Token wurde nicht gespeichert; setzen Sie stattdessen HF_TOKEN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="708"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>Die Prüfung ist unerwartet fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="43"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="60"/>
        <source>Model loading progress</source>
        <translation>Ladefortschritt des Modells</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="83"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="86"/>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="130"/>
        <source>Checking {destination}…</source>
        <translation>Prüfe {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="132"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="134"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Verbunden: {model} (gehostet)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="136"/>
        <source>Ready: {model}</source>
        <translation>Bereit: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="140"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="49"/>
        <source>Reading the conversation…</source>
        <translation>Lese die Unterhaltung…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="53"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="76"/>
        <source>HOSTED</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="87"/>
        <source>Sent {when}</source>
        <translation>Gesendet {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="88"/>
        <source>Answered {when}</source>
        <translation>Beantwortet {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="91"/>
        <source>hosted by {provider}</source>
        <translation>bei {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="95"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="98"/>
        <source>by {model}, {where}</source>
        <translation>von {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="105"/>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="111"/>
        <source>first token after {seconds} s</source>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="117"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="379"/>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="393"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Antwort unterbrochen: Der Text oben ist das, was angekommen ist.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="403"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>An der Grenze von {count} Tokens angehalten. Fortsetzen?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="455"/>
        <source>{count} more characters.</source>
        <translation>{count} weitere Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="458"/>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="512"/>
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
        <location filename="../ui/welcome.py" line="35"/>
        <source>What can I help with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="56"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Erkläre in einfachen Worten, wie eine Wärmepumpe funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="57"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Schreibe eine kurze, freundliche E-Mail, die einen Termin absagt.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="58"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Gib mir drei Ideen für ein schnelles vegetarisches Abendessen.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="82"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 antwortet über einen Anbieter: Nachrichten verlassen diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="86"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 antwortet, auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="88"/>
        <source>Loading the model…</source>
        <translation>Lade das Modell…</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="89"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>Kein Modell geladen: Wählen Sie oben eines oder öffnen Sie das Menü „Modelle“.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <location filename="../ui/window_documents.py" line="57"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
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
    <name>WindowServer</name>
    <message>
        <location filename="../ui/window_server.py" line="64"/>
        <source>Local server requests</source>
        <translation>Anfragen an den lokalen Server</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../ui/workers.py" line="180"/>
        <source>It failed unexpectedly: {error}</source>
        <translation>Es ist unerwartet gescheitert: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="299"/>
        <source>The model could not be loaded: {error}</source>
        <translation>Das Modell konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="501"/>
        <source>The answer failed: {error}</source>
        <translation>Die Antwort ist gescheitert: {error}</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="165"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n Namensauflösung</numerusform>
            <numerusform>%n Namensauflösungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="170"/>
        <source>No network use this session</source>
        <translation>In dieser Sitzung kein Netzwerkzugriff</translation>
    </message>
</context>
</TS>
