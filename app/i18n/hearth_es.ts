<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../ui/announcer.py" line="65"/>
        <source>Answer started</source>
        <translation>Respuesta iniciada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation>
            <numerusform>Respuesta detenida, %n palabra</numerusform>
            <numerusform>Respuesta detenida, %n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation>
            <numerusform>Respuesta terminada, %n palabra</numerusform>
            <numerusform>Respuesta terminada, %n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <location filename="../ui/answer_sources.py" line="40"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Ningún fragmento de los documentos adjuntos coincidía con esta pregunta; se respondió sin ellos.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="47"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Fuentes (de tus documentos, enviadas a {destination}): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="51"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Fuentes (de tus documentos, en este equipo): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="95"/>
        <source>Send passages of your documents?</source>
        <translation>¿Enviar fragmentos de tus documentos?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="99"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Se enviarán fragmentos de {collections} a {destination}.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="104"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>Este chat tiene documentos adjuntos. Con cada pregunta, los fragmentos que coinciden se envían al proveedor alojado junto con el chat. Tu elección se guarda para este chat.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="111"/>
        <source>Send passages</source>
        <translation>Enviar fragmentos</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="115"/>
        <source>Answer without them</source>
        <translation>Responder sin ellos</translation>
    </message>
</context>
<context>
    <name>AnswerStats</name>
    <message>
        <location filename="../ui/answer_stats.py" line="35"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="38"/>
        <source>first token {seconds} s</source>
        <translation>primer token {seconds} s</translation>
    </message>
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
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="47"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Hilos: {count} ({reason})</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/appearance_page.py" line="24"/>
        <source>System (follow the computer&apos;s light or dark mode)</source>
        <translation>Sistema (seguir el modo claro u oscuro del equipo)</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="25"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="26"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="33"/>
        <source>Text size: View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Ctrl+0 resets.</source>
        <translation>Tamaño del texto: Ver › Texto más grande (Ctrl+=), Texto más pequeño (Ctrl+-), Ctrl+0 lo restablece.</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="38"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.py" line="37"/>
        <source>Set it aside and start fresh</source>
        <translation>Apartarla y empezar de cero</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="38"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="39"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="133"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}: el archivo se renombra como {name}.damaged-&lt;date&gt;-&lt;time&gt; en {folder}, donde se queda para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="148"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth no pudo apartar {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog_texts.py" line="15"/>
        <source>Tiny and quick; fine for short answers and trying Hearth out on any machine.</source>
        <translation>Diminuto y rápido; bueno para respuestas cortas y para probar Hearth en cualquier equipo.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="18"/>
        <source>Very small multilingual model; fast on old laptops, limited reasoning.</source>
        <translation>Modelo multilingüe muy pequeño; rápido en portátiles antiguos, razonamiento limitado.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="21"/>
        <source>Smallest Qwen3; thinks step by step before answering by default.</source>
        <translation>El Qwen3 más pequeño; por defecto piensa paso a paso antes de responder.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="24"/>
        <source>Google&apos;s small Gemma 3; good everyday writing for its size.</source>
        <translation>El pequeño Gemma 3 de Google; buena redacción cotidiana para su tamaño.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="25"/>
        <source>Meta&apos;s small Llama; quick, long context, decent at summaries.</source>
        <translation>El pequeño Llama de Meta; rápido, contexto largo, correcto para resúmenes.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="26"/>
        <source>Hugging Face&apos;s open 1.7B model, trained on openly documented data.</source>
        <translation>El modelo abierto de 1,7B de Hugging Face, entrenado con datos documentados abiertamente.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="29"/>
        <source>Small, multilingual and good at following instructions.</source>
        <translation>Pequeño, multilingüe y bueno siguiendo instrucciones.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="30"/>
        <source>Qwen3 with step-by-step thinking; a strong small reasoner.</source>
        <translation>Qwen3 con razonamiento paso a paso; un modelo pequeño que razona bien.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="31"/>
        <source>Google&apos;s Gemma 2; friendly, fluent English writing.</source>
        <translation>El Gemma 2 de Google; redacción en inglés amable y fluida.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="32"/>
        <source>Balanced quality and speed; the pick for machines with 8 GB of memory.</source>
        <translation>Calidad y velocidad equilibradas; la opción para equipos con 8 GB de memoria.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="35"/>
        <source>Microsoft&apos;s Phi-3.5 mini; good at reasoning and code for its size.</source>
        <translation>El Phi-3.5 mini de Microsoft; bueno en razonamiento y código para su tamaño.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="38"/>
        <source>Qwen3 4B with thinking mode; strong reasoning on a laptop.</source>
        <translation>Qwen3 4B con modo de razonamiento; razona bien en un portátil.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="39"/>
        <source>Google&apos;s Gemma 3 4B; capable all-rounder with a long context.</source>
        <translation>El Gemma 3 4B de Google; un todoterreno capaz, con contexto largo.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="40"/>
        <source>The best answers in this list; the pick for a typical 16 GB laptop.</source>
        <translation>Las mejores respuestas de esta lista; la opción para un portátil típico de 16 GB.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="43"/>
        <source>The default for document search in English: good recall, 146 MB.</source>
        <translation>El predeterminado para buscar en documentos en inglés: buena exhaustividad, 146 MB.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="46"/>
        <source>Light document search in English: 37 MB, quick on any machine.</source>
        <translation>Búsqueda ligera en documentos en inglés: 37 MB, rápida en cualquier equipo.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="47"/>
        <source>Multilingual document search (over 100 languages): 639 MB, slower.</source>
        <translation>Búsqueda en documentos multilingüe (más de 100 idiomas): 639 MB, más lenta.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="182"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Deteniendo la respuesta para cambiar de modelo…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="196"/>
        <source>Loading {file}…</source>
        <translation>Cargando {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="204"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>La vía alojada no guarda ningún modelo en este equipo; no hay nada que descargar de la memoria.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="212"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modelo descargado de la memoria. Elige un modelo para volver a chatear.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="224"/>
        <source>Connecting to {destination}…</source>
        <translation>Conectando con {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="247"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>El último modelo que usaste ya no está en {path}. Elige otro modelo o abre el archivo desde su nueva ubicación.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="341"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Abre Ajustes… para corregir la vía alojada.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>La vía alojada no está conectada. Abre Ajustes… para comprobarla.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="345"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>No hay ningún modelo cargado. Elige antes un modelo en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="431"/>
        <location filename="../ui/session.py" line="439"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Detén antes la respuesta que se está escribiendo.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="61"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="76"/>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="80"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="91"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="93"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="95"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="99"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="100"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="108"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Los valores sin marcar siguen Ajustes › Respuestas (en gris); los marcados son</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="110"/>
        <source>this chat&apos;s own.</source>
        <translation>propios de este chat.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="639"/>
        <source>Message  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje  (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/context_meter.py" line="49"/>
        <source>{used} / {size} tokens</source>
        <translation>{used} / {size} tokens</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="51"/>
        <source>This chat uses {used} of the model&apos;s {size}-token context.</source>
        <translation>Este chat usa {used} de los {size} tokens de contexto del modelo.</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="55"/>
        <source>Older messages will be left out of what the model reads.</source>
        <translation>Los mensajes más antiguos quedarán fuera de lo que lee el modelo.</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <location filename="../ui/conversation_files.py" line="44"/>
        <source>&amp;Export conversation…</source>
        <translation>E&amp;xportar conversación…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="49"/>
        <source>Export &amp;all…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="74"/>
        <source>Open a chat first.</source>
        <translation>Abre antes un chat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="88"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="89"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON de Hearth (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="96"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exporta a .md, .html o .json, no a {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="104"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n chat a {path}.</numerusform>
            <numerusform>Se exportaron %n chats a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="116"/>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="118"/>
        <source>Conversations (*.json)</source>
        <translation>Conversaciones (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="126"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>Se importó %n chat de {file}.</numerusform>
            <numerusform>Se importaron %n chats de {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="123"/>
        <source>About “{title}”</source>
        <translation>Acerca de «{title}»</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="125"/>
        <source>About this chat</source>
        <translation>Acerca de este chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="132"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Coste alojado estimado: {cost} (según tus precios en Ajustes…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="137"/>
        <source>This chat&apos;s route: {route}.</source>
        <translation>Vía de este chat: {route}.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/conversation_list.py" line="45"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="47"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="49"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="50"/>
        <source>Older</source>
        <translation>Más antiguos</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="129"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="131"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="134"/>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="135"/>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="132"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="133"/>
        <source>Show archived chats</source>
        <translation>Mostrar chats archivados</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="136"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="137"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="138"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="139"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>Buscar en los chats (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="140"/>
        <source>Search chats</source>
        <translation>Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="130"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>Un&amp;pin</source>
        <translation>&amp;Desfijar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="210"/>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="226"/>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="227"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="258"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Rename chat</source>
        <translation>Cambiar el nombre del chat</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="297"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="298"/>
        <source>Delete this chat and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar este chat y todos sus mensajes? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../core/catalog.py" line="130"/>
        <source>{where}, entry {entry}, field {field}: {message}</source>
        <translation>{where}, entrada {entry}, campo {field}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="138"/>
        <source>{where}, entry {entry}: {message}</source>
        <translation>{where}, entrada {entry}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="145"/>
        <source>{where}, field {field}: {message}</source>
        <translation>{where}, campo {field}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="151"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="192"/>
        <source>must be a non-empty text value in quotes</source>
        <translation>debe ser un texto no vacío entre comillas</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="197"/>
        <source>must be {expected}, got {value}</source>
        <translation>debe ser {expected}, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="207"/>
        <source>a Hugging Face repository such as &apos;owner/name&apos;</source>
        <translation>un repositorio de Hugging Face como «owner/name»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="221"/>
        <source>must be {expected}, got {value}: {error}</source>
        <translation>debe ser {expected}, pero es {value}: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="234"/>
        <source>must be a whole number, got {value}</source>
        <translation>debe ser un número entero, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="240"/>
        <source>must be greater than zero, got {value}</source>
        <translation>debe ser mayor que cero, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="250"/>
        <source>must be true or false, got {value}</source>
        <translation>debe ser true o false, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="256"/>
        <source>64 hexadecimal characters (a SHA-256)</source>
        <translation>64 caracteres hexadecimales (un SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="274"/>
        <source>must be a text value in quotes, got {value}</source>
        <translation>debe ser un texto entre comillas, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="290"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>debe ser uno de {choices}, pero es {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="299"/>
        <source>lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>minúsculas, dígitos, «.», «_» o «-»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="304"/>
        <source>a 40-hex commit or a branch name</source>
        <translation>un commit de 40 caracteres hexadecimales o un nombre de rama</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="308"/>
        <source>a plain file name ending in .gguf (no folders)</source>
        <translation>un nombre de archivo simple que termine en .gguf (sin carpetas)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="314"/>
        <source>a parameter count such as &apos;360M&apos; or &apos;1.5B&apos;</source>
        <translation>un número de parámetros como «360M» o «1.5B»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="385"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="401"/>
        <source>is missing: an embedding model needs &apos;mean&apos;, &apos;cls&apos; or &apos;last&apos;</source>
        <translation>falta: un modelo de embeddings necesita «mean», «cls» o «last»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="409"/>
        <source>is not a known field and was ignored</source>
        <translation>no es un campo conocido y se ha ignorado</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="420"/>
        <source>not valid TOML: {error}</source>
        <translation>TOML no válido: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="426"/>
        <source>unknown top-level key {key} was ignored</source>
        <translation>se ha ignorado la clave de primer nivel desconocida {key}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="434"/>
        <source>&apos;models&apos; must be a list of [[models]] tables</source>
        <translation>«models» debe ser una lista de tablas [[models]]</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="445"/>
        <source>is not UTF-8 text: {error}</source>
        <translation>no es texto UTF-8: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="449"/>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="529"/>
        <source>the same id appears earlier in this file; this entry was left out</source>
        <translation>el mismo id aparece antes en este archivo; se ha omitido esta entrada</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="552"/>
        <source>this override was ignored</source>
        <translation>se ha ignorado esta sustitución</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="554"/>
        <source>this entry was left out</source>
        <translation>se ha omitido esta entrada</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="157"/>
        <source>Your documents could not be searched ({error}); answering without them.</source>
        <translation>No se pudieron buscar tus documentos ({error}); se responde sin ellos.</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="190"/>
        <source>The answer failed unexpectedly: {error}</source>
        <translation>La respuesta falló de forma inesperada: {error}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="37"/>
        <source>Hosted · {provider} · {model}</source>
        <translation>Alojado · {provider} · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="42"/>
        <source>Local · {model}</source>
        <translation>Local · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="45"/>
        <source>{answers} answer(s), {prompt:,} prompt + {completion:,} completion tokens</source>
        <translation>{answers} respuesta(s), {prompt:,} tokens de entrada + {completion:,} tokens de salida</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="54"/>
        <source>{where}: {tokens}, no charge (ran on this machine)</source>
        <translation>{where}: {tokens}, sin coste (se ejecutó en este equipo)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="59"/>
        <source>{where}: {tokens}, no price set (add one in Settings… to see an estimate)</source>
        <translation>{where}: {tokens}, sin precio definido (añade uno en Ajustes… para ver una estimación)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="64"/>
        <source>{where}: {tokens}, about ${cost:.4f}</source>
        <translation>{where}: {tokens}, unos {cost:.4f} $</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="89"/>
        <source>nothing accepts connections there (the connection was refused)</source>
        <translation>nada acepta conexiones allí (se rechazó la conexión)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="92"/>
        <source>that computer cannot be reached (no route to it)</source>
        <translation>no se puede llegar a ese equipo (no hay ruta hasta él)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="95"/>
        <source>that computer cannot be reached (it appears to be down)</source>
        <translation>no se puede llegar a ese equipo (parece estar apagado)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="149"/>
        <source>Download paused; it will continue where it stopped.</source>
        <translation>Descarga en pausa; continuará donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="151"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="158"/>
        <source>The file was replaced upstream; nothing was downloaded.</source>
        <translation>El archivo se sustituyó en el origen; no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="161"/>
        <source>The catalog entry is out of date; nothing was downloaded.</source>
        <translation>La entrada del catálogo está desactualizada; no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="166"/>
        <source>the server answered {status}</source>
        <translation>el servidor respondió {status}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="193"/>
        <source>it did not answer</source>
        <translation>no respondió</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="417"/>
        <source>Downloading {name} stopped: {error}.</source>
        <translation>La descarga de {name} se detuvo: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="422"/>
        <source>Check that the models folder is writable and the disk is not full.</source>
        <translation>Comprueba que la carpeta de modelos se pueda escribir y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="431"/>
        <source>Downloading {name} stopped on an unexpected error: {error}.</source>
        <translation>La descarga de {name} se detuvo por un error inesperado: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="438"/>
        <source>The part already downloaded is kept. Please report this if it happens again.</source>
        <translation>Se conserva la parte ya descargada. Avísanos si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="455"/>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>Otra ventana u orden de Hearth ya está descargando {name}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="462"/>
        <source>Wait for that download to finish, or stop it there.</source>
        <translation>Espera a que termine esa descarga o detenla allí.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="481"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded.</source>
        <translation>El modo sin conexión de Hugging Face está activado (HF_HUB_OFFLINE), así que no se puede descargar nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="487"/>
        <source>Unset HF_HUB_OFFLINE and try again.</source>
        <translation>Quita HF_HUB_OFFLINE y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="523"/>
        <source>The downloaded file for {name} changed on disk while it was downloading ({size:,} bytes instead of {expected:,}). It was deleted and not installed.</source>
        <translation>El archivo descargado de {name} cambió en el disco durante la descarga ({size:,} bytes en lugar de {expected:,}). Se ha eliminado y no se ha instalado.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="533"/>
        <source>Download it again.</source>
        <translation>Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="540"/>
        <source>The downloaded file for {name} does not match its pin (expected SHA-256 {expected}, got {digest}). It was deleted and not installed.</source>
        <translation>El archivo descargado de {name} no coincide con su fijación (SHA-256 esperado {expected}, recibido {digest}). Se ha eliminado y no se ha instalado.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="550"/>
        <source>Try again later; if it keeps happening, the file on the server has changed and the catalog entry needs updating.</source>
        <translation>Vuelve a intentarlo más tarde; si sigue ocurriendo, el archivo del servidor ha cambiado y hay que actualizar la entrada del catálogo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="587"/>
        <source>cannot reach {host}: {error}</source>
        <translation>no se puede contactar con {host}: {error}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="595"/>
        <source>The server resolved {repo} at {revision} to a different commit ({commit}).</source>
        <translation>El servidor resolvió {repo} en {revision} a otro commit ({commit}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="605"/>
        <source>The catalog pin cannot be honoured; nothing was downloaded.</source>
        <translation>No se puede respetar la fijación del catálogo; no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="614"/>
        <source>{file} in {repo} at {revision} is {size:,} bytes, but the catalog pins {expected:,}.</source>
        <translation>{file} en {repo} en {revision} ocupa {size:,} bytes, pero el catálogo fija {expected:,}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="632"/>
        <source>{file} in {repo} at {revision} has SHA-256 {digest}, but the catalog pins {expected}.</source>
        <translation>{file} en {repo} en {revision} tiene SHA-256 {digest}, pero el catálogo fija {expected}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="671"/>
        <source>no data arrived for {seconds:g} seconds</source>
        <translation>no llegaron datos durante {seconds:g} segundos</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="676"/>
        <source>the connection timed out ({error})</source>
        <translation>se agotó el tiempo de la conexión ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="688"/>
        <source>the connection failed ({error})</source>
        <translation>falló la conexión ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="695"/>
        <source>Hearth could not write {path}: {error}.</source>
        <translation>Hearth no pudo escribir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="700"/>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>Comprueba que el disco no esté lleno y que la carpeta se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="712"/>
        <source>the server sent more bytes than the pinned size; starting over</source>
        <translation>el servidor envió más bytes que el tamaño fijado; se empieza de nuevo</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="720"/>
        <source>the server closed the connection before the end of the file</source>
        <translation>el servidor cerró la conexión antes del final del archivo</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="753"/>
        <source>the server refused to continue the partial file; starting over</source>
        <translation>el servidor se negó a continuar el archivo parcial; se empieza de nuevo</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="770"/>
        <source>the server sent the wrong part of the file; starting over</source>
        <translation>el servidor envió la parte equivocada del archivo; se empieza de nuevo</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="781"/>
        <source>Unexpected answer {status} from {url}.</source>
        <translation>Respuesta inesperada {status} de {url}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="801"/>
        <source>Not enough disk space for {name}: it needs {needed} free in {folder} (the file plus {margin} to spare), and {free} is free.</source>
        <translation>No hay espacio suficiente para {name}: necesita {needed} libres en {folder} (el archivo más {margin} de margen) y hay {free} libres.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="813"/>
        <source>Free up at least {size} and try again.</source>
        <translation>Libera al menos {size} y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="835"/>
        <source>Hearth {why}.</source>
        <translation>Hearth {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="837"/>
        <source>Check the internet connection and that the address is right (HF_ENDPOINT, if you set it), and that no firewall or proxy blocks it; then try again. The part already downloaded is kept.</source>
        <translation>Comprueba la conexión a Internet, que la dirección sea correcta (HF_ENDPOINT, si lo has definido) y que ningún cortafuegos ni proxy la bloquee; después vuelve a intentarlo. Se conserva la parte ya descargada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="849"/>
        <source>Downloading {name} failed after {attempts} attempts: {why}.</source>
        <translation>La descarga de {name} falló tras {attempts} intentos: {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="858"/>
        <source>Check your internet connection and try again; the part already downloaded is kept.</source>
        <translation>Comprueba tu conexión a Internet y vuelve a intentarlo; se conserva la parte ya descargada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="881"/>
        <source>{why}; retrying in {seconds:.0f} s (attempt {n} of {total})</source>
        <translation>{why}; se reintenta en {seconds:.0f} s (intento {n} de {total})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="906"/>
        <source>could not connect to {host} because {why}</source>
        <translation>no pudo conectar con {host} porque {why}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="917"/>
        <source>Offline lock is on: downloads are off.</source>
        <translation>El bloqueo sin conexión está activado: las descargas están desactivadas.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="930"/>
        <source>The secure connection to {host} could not be verified ({error}), so nothing was downloaded.</source>
        <translation>No se pudo verificar la conexión segura con {host} ({error}), así que no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="939"/>
        <source>Hearth only downloads over verified HTTPS. Check the computer&apos;s date and any proxy or security software that intercepts connections.</source>
        <translation>Hearth solo descarga por HTTPS verificado. Comprueba la fecha del ordenador y cualquier proxy o software de seguridad que intercepte las conexiones.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="962"/>
        <source>You appear to be offline: Hearth could not reach {host} ({error}).</source>
        <translation>Parece que no tienes conexión: Hearth no pudo contactar con {host} ({error}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="969"/>
        <source>Check the internet connection (and HF_ENDPOINT, if you set it) and try again; the part already downloaded is kept.</source>
        <translation>Comprueba la conexión a Internet (y HF_ENDPOINT, si lo has definido) y vuelve a intentarlo; se conserva la parte ya descargada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="985"/>
        <source>Open {page} while signed in to Hugging Face, accept the model&apos;s terms, then add a Hugging Face access token in Hearth (it is kept in your system keychain).</source>
        <translation>Abre {page} con tu sesión de Hugging Face iniciada, acepta las condiciones del modelo y después añade un token de acceso de Hugging Face en Hearth (se guarda en el llavero del sistema).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="998"/>
        <source>Your Hugging Face token does not have access to {repo} yet.</source>
        <translation>Tu token de Hugging Face todavía no tiene acceso a {repo}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1004"/>
        <source>Open {page} with the account that owns the token, accept the model&apos;s terms and try again.</source>
        <translation>Abre {page} con la cuenta a la que pertenece el token, acepta las condiciones del modelo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1015"/>
        <source>{name} is in a gated repository: Hugging Face asks you to accept its terms first.</source>
        <translation>{name} está en un repositorio restringido: Hugging Face te pide que aceptes antes sus condiciones.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1028"/>
        <source>The pinned revision {revision} of {repo} does not exist on {host}.</source>
        <translation>La revisión fijada {revision} de {repo} no existe en {host}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1041"/>
        <source>{file} is not in {repo} at revision {revision}.</source>
        <translation>{file} no está en {repo} en la revisión {revision}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1052"/>
        <source>{host} did not find {repo}, or it needs you to sign in.</source>
        <translation>{host} no encontró {repo}, o necesita que inicies sesión.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1059"/>
        <source>If the repository is private or gated: {hint}</source>
        <translation>Si el repositorio es privado o restringido: {hint}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>{host} refused access to {repo} ({status}).</source>
        <translation>{host} denegó el acceso a {repo} ({status}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1078"/>
        <source>The file was not found at {url}.</source>
        <translation>No se encontró el archivo en {url}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1080"/>
        <source>Check HF_ENDPOINT (Hearth used {host}) or the catalog entry {entry}; nothing was downloaded.</source>
        <translation>Comprueba HF_ENDPOINT (Hearth usó {host}) o la entrada del catálogo {entry}; no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1092"/>
        <source>{host} answered {status} for {file}.</source>
        <translation>{host} respondió {status} para {file}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1097"/>
        <source>Try again later.</source>
        <translation>Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="97"/>
        <source>{path} is encrypted, and its key is not in your system keychain (the keychain may be locked, or this is another account or computer). Hearth left the file as it is. Unlock the keychain, then try again.</source>
        <translation>{path} está cifrado y su clave no está en el llavero del sistema (puede que el llavero esté bloqueado o que sea otra cuenta u otro equipo). Hearth ha dejado el archivo como estaba. Desbloquea el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="253"/>
        <source>Converting {path} did not produce a faithful copy ({found} for {expected}); the file was left as it was.</source>
        <translation>La conversión de {path} no produjo una copia fiel ({found} en lugar de {expected}); el archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="270"/>
        <source>{path} is in use by another program, so Hearth did not convert it. Close that program, then try again.</source>
        <translation>Otro programa está usando {path}, así que Hearth no lo ha convertido. Cierra ese programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="284"/>
        <source>Hearth could not convert {path} ({error}); the file was left as it was. Free some disk space, or switch encryption back in Settings › Privacy.</source>
        <translation>Hearth no pudo convertir {path} ({error}); el archivo se ha dejado como estaba. Libera espacio en disco o vuelve a cambiar el cifrado en Ajustes › Privacidad.</translation>
    </message>
    <message>
        <location filename="../core/engines/base.py" line="114"/>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="71"/>
        <source>the key stored in the keychain</source>
        <translation>clave guardada en el llavero</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="73"/>
        <source>the key from {variable}</source>
        <translation>clave de {variable}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="75"/>
        <source>the key entered in Settings</source>
        <translation>clave introducida en Ajustes</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="76"/>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="80"/>
        <source>Checking {url} with {key}.</source>
        <translation>Comprobando {url} ({key}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="94"/>
        <source>Ready: answers will come from {label}.</source>
        <translation>Listo: las respuestas vendrán de {label}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="115"/>
        <source>The server answered but does not list its models.</source>
        <translation>El servidor respondió, pero no lista sus modelos.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="122"/>
        <source>The key was accepted.</source>
        <translation>Se aceptó la clave.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="125"/>
        <source>The server offers {count} model(s).</source>
        <translation>El servidor ofrece {count} modelo(s).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="132"/>
        <source>The model &apos;{model}&apos; is available.</source>
        <translation>El modelo «{model}» está disponible.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="139"/>
        <source>The model &apos;{model}&apos; is not among them. Offered: {offered}</source>
        <translation>El modelo «{model}» no está entre ellos. Disponibles: {offered}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="166"/>
        <source>The model &apos;{model}&apos; answered a one-token request.</source>
        <translation>El modelo «{model}» respondió a una solicitud de un token.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="71"/>
        <source>No server address is set.</source>
        <translation>No hay ninguna dirección de servidor definida.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="73"/>
        <source>Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1.</source>
        <translation>Introduce su URL base en Ajustes…, por ejemplo http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="82"/>
        <source>&apos;{url}&apos; is not a server address Hearth can use.</source>
        <translation>«{url}» no es una dirección de servidor que Hearth pueda usar.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="86"/>
        <source>Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1.</source>
        <translation>Usa una URL como https://example.com/v1 o http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="93"/>
        <source>The server address contains a user name or password.</source>
        <translation>La dirección del servidor contiene un nombre de usuario o una contraseña.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="95"/>
        <source>Remove it from the URL and put the key in the API key field instead.</source>
        <translation>Quítalo de la URL y pon la clave en el campo «Clave de API».</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="103"/>
        <source>Hearth will not send your conversation to {host} over plain http: anyone on the way could read it.</source>
        <translation>Hearth no enviará tu conversación a {host} por http sin cifrar: cualquiera en el camino podría leerla.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="111"/>
        <source>Use an https:// address. Plain http is allowed only for servers on this machine.</source>
        <translation>Usa una dirección https://. El http sin cifrar solo se permite para servidores de este equipo.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="131"/>
        <source>No API key for {provider} was found.</source>
        <translation>No se encontró ninguna clave de API para {provider}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="134"/>
        <source>Enter one in Settings… (it is kept in the system keychain) or set the {variable} environment variable.</source>
        <translation>Introduce una en Ajustes… (se guarda en el llavero del sistema) o define la variable de entorno {variable}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="157"/>
        <source>&apos;{provider}&apos; is not a hosted provider Hearth knows.</source>
        <translation>«{provider}» no es un proveedor alojado que Hearth conozca.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="164"/>
        <source>No model is set for {provider}.</source>
        <translation>No hay ningún modelo definido para {provider}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="165"/>
        <source>Enter the exact model name in Settings….</source>
        <translation>Introduce el nombre exacto del modelo en Ajustes….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="160"/>
        <source>This hosted engine was closed.</source>
        <translation>Este motor alojado se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="207"/>
        <source>{why}, retrying in {seconds} s</source>
        <translation>{why}, se reintenta en {seconds} s</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="263"/>
        <source>Open Settings… and enter a valid API key.</source>
        <translation>Abre Ajustes… e introduce una clave de API válida.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="266"/>
        <source>The key came from {variable}; fix it there or store one in Settings….</source>
        <translation>La clave viene de {variable}; corrígela allí o guarda una en Ajustes….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="274"/>
        <source>{where} rejected the API key.</source>
        <translation>{where} rechazó la clave de API.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="282"/>
        <source>{where} refused access with this key ({message}).</source>
        <translation>{where} denegó el acceso con esta clave ({message}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="289"/>
        <source>Check the key&apos;s permissions, or open Settings… to use another key.</source>
        <translation>Comprueba los permisos de la clave o abre Ajustes… para usar otra.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="300"/>
        <source>{where} does not know the model &apos;{model}&apos;.</source>
        <translation>{where} no conoce el modelo «{model}».</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="305"/>
        <source>Check the exact model name in Settings… (List models shows what is offered).</source>
        <translation>Comprueba el nombre exacto del modelo en Ajustes… («Listar modelos» muestra lo que se ofrece).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="317"/>
        <source>{where} is rate limiting requests and did not answer after retrying.</source>
        <translation>{where} está limitando las solicitudes y no respondió tras reintentarlo.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="324"/>
        <source>Wait a minute and send again, or check your plan&apos;s limits.</source>
        <translation>Espera un minuto y vuelve a enviar, o comprueba los límites de tu plan.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="331"/>
        <source>rate limited</source>
        <translation>solicitudes limitadas</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="337"/>
        <source>{where} is unavailable right now (HTTP {status}).</source>
        <translation>{where} no está disponible ahora mismo (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="343"/>
        <source>Try again in a little while.</source>
        <translation>Vuelve a intentarlo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="348"/>
        <source>server busy (HTTP {status})</source>
        <translation>servidor ocupado (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="355"/>
        <source>{where} failed with a server error (HTTP {status}): {message}</source>
        <translation>{where} falló con un error del servidor (HTTP {status}): {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="367"/>
        <source>{where} refused the request (HTTP {status}): {message}</source>
        <translation>{where} rechazó la solicitud (HTTP {status}): {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="375"/>
        <source>The conversation may be too long for this model, or a setting is out of range.</source>
        <translation>Puede que la conversación sea demasiado larga para este modelo o que un ajuste esté fuera de rango.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="406"/>
        <source>Offline lock is on: the hosted route cannot reach {where}.</source>
        <translation>El bloqueo sin conexión está activado: la vía alojada no puede contactar con {where}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="412"/>
        <source>Turn it off in Settings › Privacy. Or switch to Local.</source>
        <translation>Desactívalo en Ajustes › Privacidad. O cambia a Local.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="424"/>
        <source>{where} sent nothing for {seconds:g} s, so the answer was cut off; the part already shown was kept.</source>
        <translation>{where} no envió nada durante {seconds:g} s, así que la respuesta se cortó; se conserva la parte ya mostrada.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="433"/>
        <source>Send again, or raise the chunk timeout in Settings….</source>
        <translation>Vuelve a enviar o aumenta el tiempo de espera por fragmento en Ajustes….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="442"/>
        <source>{where} did not answer within the time limits ({connect:g} s to connect, {chunk:g} s per chunk).</source>
        <translation>{where} no respondió dentro de los límites de tiempo ({connect:g} s para conectar, {chunk:g} s por fragmento).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="452"/>
        <source>Check the server, or raise the timeouts in Settings….</source>
        <translation>Comprueba el servidor o aumenta los tiempos de espera en Ajustes….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="463"/>
        <source>The connection to {where} was lost mid-answer; the part already shown was kept.</source>
        <translation>Se perdió la conexión con {where} a mitad de la respuesta; se conserva la parte ya mostrada.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="470"/>
        <source>Send again to get a full answer.</source>
        <translation>Vuelve a enviar para obtener una respuesta completa.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="476"/>
        <source>Hearth could not reach {where} ({url}).</source>
        <translation>Hearth no pudo contactar con {where} ({url}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="481"/>
        <source>Check your connection and the server address in Settings….</source>
        <translation>Comprueba tu conexión y la dirección del servidor en Ajustes….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="487"/>
        <source>could not connect</source>
        <translation>no se pudo conectar</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="500"/>
        <source>{where} reported an error mid-answer: {message}</source>
        <translation>{where} informó de un error a mitad de la respuesta: {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="512"/>
        <source>{where} sent a streamed answer Hearth could not read ({error}).</source>
        <translation>{where} envió una respuesta en streaming que Hearth no pudo leer ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="520"/>
        <source>The server may not be fully compatible with the API; check its version.</source>
        <translation>Puede que el servidor no sea del todo compatible con la API; comprueba su versión.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="528"/>
        <source>Try again; if it persists, the service may be having problems.</source>
        <translation>Vuelve a intentarlo; si persiste, puede que el servicio tenga problemas.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/errors.py" line="12"/>
        <source>Open Settings… to check the hosted route.</source>
        <translation>Abre Ajustes… para comprobar la vía alojada.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="184"/>
        <source>Loading {name} was cancelled.</source>
        <translation>Se canceló la carga de {name}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="191"/>
        <source>Loading {name} took longer than {seconds:.0f} s.</source>
        <translation>La carga de {name} tardó más de {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="198"/>
        <source>The file may be damaged, or too large for this machine.</source>
        <translation>Puede que el archivo esté dañado o sea demasiado grande para este equipo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="231"/>
        <source>{name} could not be loaded: llama.cpp crashed while loading it (signal {signal}).</source>
        <translation>No se pudo cargar {name}: llama.cpp falló al cargarlo (señal {signal}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="240"/>
        <source>{name} could not be loaded: the loader exited with status {status}.</source>
        <translation>No se pudo cargar {name}: el cargador terminó con el estado {status}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="247"/>
        <source>The file may be damaged or made for a newer llama.cpp; try downloading it again.</source>
        <translation>Puede que el archivo esté dañado o sea para un llama.cpp más reciente; prueba a descargarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="360"/>
        <source>{name} cannot be used: {reason}.</source>
        <translation>No se puede usar {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="399"/>
        <source>{name} is a “{architecture}” model, an architecture this version of llama.cpp does not know.</source>
        <translation>{name} es un modelo «{architecture}», una arquitectura que esta versión de llama.cpp no conoce.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="407"/>
        <source>Pick another model, or update Hearth.</source>
        <translation>Elige otro modelo o actualiza Hearth.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="411"/>
        <source>llama.cpp could not load {name} ({error}).</source>
        <translation>llama.cpp no pudo cargar {name} ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="416"/>
        <source>The file may be damaged, or this machine may lack the memory for it.</source>
        <translation>Puede que el archivo esté dañado o que a este equipo le falte memoria para él.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="449"/>
        <source>{name} (local)</source>
        <translation>{name} (local)</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="473"/>
        <source>{name} cannot be used. {reason}</source>
        <translation>No se puede usar {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="478"/>
        <source>The model file&apos;s chat template is broken or unsafe; try another model.</source>
        <translation>La plantilla de chat del archivo del modelo está rota o no es segura; prueba otro modelo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="602"/>
        <source>The model file&apos;s template is broken or unsafe; try another model.</source>
        <translation>La plantilla del archivo del modelo está rota o no es segura; prueba otro modelo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="627"/>
        <source>The message is too long for this model: it needs {tokens:,} tokens and the model&apos;s context holds {context:,} (with room for the answer).</source>
        <translation>El mensaje es demasiado largo para este modelo: necesita {tokens:,} tokens y el contexto del modelo admite {context:,} (dejando sitio para la respuesta).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="636"/>
        <source>Shorten the message, or pick a model with a longer context.</source>
        <translation>Acorta el mensaje o elige un modelo con un contexto más largo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="680"/>
        <source>llama.cpp failed while computing the answer ({error}).</source>
        <translation>llama.cpp falló al calcular la respuesta ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="686"/>
        <source>Try again; if it keeps failing, lower the context size in Settings.</source>
        <translation>Vuelve a intentarlo; si sigue fallando, reduce el tamaño del contexto en Ajustes.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="854"/>
        <source>The model was unloaded.</source>
        <translation>El modelo se ha descargado de la memoria.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="855"/>
        <source>Pick a model again.</source>
        <translation>Vuelve a elegir un modelo.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="870"/>
        <source>The oldest message of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and was left out of this answer.</source>
        <translation>El mensaje más antiguo de este chat (desde «{quote}») no cabía en el contexto de {context:,} tokens del modelo y se ha dejado fuera de esta respuesta.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="876"/>
        <source>The {count} oldest messages of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and were left out of this answer.</source>
        <translation>Los {count} mensajes más antiguos de este chat (desde «{quote}») no cabían en el contexto de {context:,} tokens del modelo y se han dejado fuera de esta respuesta.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="254"/>
        <source>{where} must be an object, not {kind}.</source>
        <translation>{where} debe ser un objeto, no {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="267"/>
        <source>{where} has no {key}.</source>
        <translation>{where} no tiene {key}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="281"/>
        <source>{where} must be text, not {kind}.</source>
        <translation>{where} debe ser texto, no {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="289"/>
        <source>{where} is {length:,} characters long; Hearth takes at most {limit:,}.</source>
        <translation>{where} tiene {length:,} caracteres; Hearth acepta como máximo {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="307"/>
        <source>{where} must be a number, not {kind}.</source>
        <translation>{where} debe ser un número, no {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="315"/>
        <source>{where} must be from 0 to {high}, not {value}.</source>
        <translation>{where} debe estar entre 0 y {high}, no ser {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="330"/>
        <source>{where} must be a whole number, not {value}.</source>
        <translation>{where} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="342"/>
        <source>{where} must be true or false, not {kind}.</source>
        <translation>{where} debe ser true o false, no {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="356"/>
        <source>{where} is {value}; Hearth knows only {choices}.</source>
        <translation>{where} es {value}; Hearth solo conoce {choices}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="369"/>
        <source>{where} must be a list, not {kind}.</source>
        <translation>{where} debe ser una lista, no {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="377"/>
        <source>{where} has {count:,} entries; at most {limit:,}.</source>
        <translation>{where} tiene {count:,} elementos; como máximo {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="386"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="391"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="392"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="393"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="394"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="416"/>
        <source>{where}: the parent of message {node} is not in the file.</source>
        <translation>{where}: el mensaje padre de {node} no está en el archivo.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="437"/>
        <source>{where}: the parent links go round in a cycle (message {node} is its own ancestor).</source>
        <translation>{where}: los enlaces a los padres forman un ciclo (el mensaje {node} es su propio antecesor).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="461"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="475"/>
        <source>The file was exported by a newer Hearth (format version {version}); this Hearth reads version {known}.</source>
        <translation>El archivo lo exportó un Hearth más reciente (versión de formato {version}); este Hearth lee la versión {known}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="503"/>
        <source>{where}: the id {id} is used twice.</source>
        <translation>{where}: el id {id} se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="533"/>
        <source>{where}.current_leaf {leaf} is not one of its messages.</source>
        <translation>{where}.current_leaf {leaf} no es uno de sus mensajes.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="581"/>
        <source>{where} is {length:,} characters long; at most {limit:,}.</source>
        <translation>{where} tiene {length:,} caracteres; como máximo {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="599"/>
        <source>{where}.mapping has more than {limit:,} nodes.</source>
        <translation>{where}.mapping tiene más de {limit:,} nodos.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="612"/>
        <source>{where}.mapping has a node id {length:,} characters long.</source>
        <translation>{where}.mapping tiene un id de nodo de {length:,} caracteres.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="686"/>
        <source>The file holds more than {limit:,} conversations.</source>
        <translation>El archivo contiene más de {limit:,} conversaciones.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="710"/>
        <source>{path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>{path} ocupa {size:,.0f} MB; Hearth importa archivos de {limit} MB como máximo.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="727"/>
        <source>{path} is a .zip without a conversations.json in it.</source>
        <translation>{path} es un .zip sin conversations.json dentro.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="737"/>
        <source>The conversations.json in {path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>El conversations.json de {path} ocupa {size:,.0f} MB; Hearth importa archivos de {limit} MB como máximo.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="752"/>
        <source>The conversations.json in {path} is too large.</source>
        <translation>El conversations.json de {path} es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="763"/>
        <source>Hearth cannot read {path}: {error}.</source>
        <translation>Hearth no puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="772"/>
        <source>The file holds more than {limit:,} messages.</source>
        <translation>El archivo contiene más de {limit:,} mensajes.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="785"/>
        <source>{path} is not UTF-8 text ({error}).</source>
        <translation>{path} no es texto UTF-8 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="793"/>
        <source>{path} is nested too deeply to be a conversations file.</source>
        <translation>{path} está anidado demasiado para ser un archivo de conversaciones.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="802"/>
        <source>{path} is not valid JSON: {error}.</source>
        <translation>{path} no es JSON válido: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="817"/>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} no se ha importado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="824"/>
        <source>{path} is neither a Hearth export (JSON) nor ChatGPT&apos;s conversations.json.</source>
        <translation>{path} no es ni una exportación de Hearth (JSON) ni el conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="104"/>
        <source>the file ends in the middle of its header (it is truncated)</source>
        <translation>el archivo termina en mitad de su cabecera (está truncado)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="107"/>
        <source>a text field in the header is longer than the file (truncated?)</source>
        <translation>un campo de texto de la cabecera es más largo que el archivo (¿truncado?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="129"/>
        <source>the header claims an impossible {what} ({n})</source>
        <translation>la cabecera indica un {what} imposible ({n})</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="180"/>
        <source>an array in the header runs past the end of the file</source>
        <translation>una matriz de la cabecera sobrepasa el final del archivo</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="194"/>
        <source>unknown metadata value type {type} (corrupt file?)</source>
        <translation>tipo de valor de metadatos desconocido {type} (¿archivo dañado?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="211"/>
        <source>the file {path} does not exist</source>
        <translation>el archivo {path} no existe</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="216"/>
        <source>the file {path} cannot be read: {error}</source>
        <translation>no se puede leer el archivo {path}: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="224"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="230"/>
        <location filename="../core/models.py" line="88"/>
        <source>the file cannot be read: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="273"/>
        <source>this is not a GGUF model file (it does not start with &apos;GGUF&apos;)</source>
        <translation>no es un archivo de modelo GGUF (no empieza por «GGUF»)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="282"/>
        <source>GGUF version {version} is not supported (expected 2 or 3)</source>
        <translation>la versión GGUF {version} no es compatible (se esperaba 2 o 3)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="288"/>
        <source>tensor count</source>
        <translation>número de tensores</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="289"/>
        <source>metadata count</source>
        <translation>número de metadatos</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="296"/>
        <source>the file holds no tensors (no model weights)</source>
        <translation>el archivo no contiene tensores (ningún peso del modelo)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="306"/>
        <source>a tensor in the file has an impossible shape (corrupt file?)</source>
        <translation>un tensor del archivo tiene una forma imposible (¿archivo dañado?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="319"/>
        <source>the file&apos;s alignment value is invalid</source>
        <translation>el valor de alineación del archivo no es válido</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="329"/>
        <source>the file is truncated: its weights need {missing:,} more bytes than it has (an incomplete download?)</source>
        <translation>el archivo está truncado: sus pesos necesitan {missing:,} bytes más de los que tiene (¿una descarga incompleta?)</translation>
    </message>
    <message>
        <location filename="../core/instance.py" line="27"/>
        <source>Hearth is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
        <translation>Hearth ya se está ejecutando con la carpeta de datos {folder}. Cambia a la ventana abierta o ciérrala antes.</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="37"/>
        <source>{file} (unusable)</source>
        <translation>{file} (inutilizable)</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="40"/>
        <source>{name} · {quantization} (tiny demo model)</source>
        <translation>{name} · {quantization} (pequeño modelo de demostración)</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="73"/>
        <source>Offline lock is on</source>
        <translation>El bloqueo sin conexión está activado</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="74"/>
        <source>Turn it off in Settings › Privacy.</source>
        <translation>Desactívalo en Ajustes › Privacidad.</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="77"/>
        <source>Offline lock is on. Turn it off in Settings › Privacy.</source>
        <translation>El bloqueo sin conexión está activado. Desactívalo en Ajustes › Privacidad.</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="163"/>
        <source>read-only</source>
        <translation>de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="165"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="170"/>
        <source>Hearth cannot write to its data folder {folder}: {reason}. Set {variable} to a writable folder.</source>
        <translation>Hearth no puede escribir en su carpeta de datos {folder}: {reason}. Define {variable} con una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/providers.py" line="84"/>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="49"/>
        <source>No system keychain was found, so Hearth cannot store secrets safely. Set the key in an environment variable instead, or install a keychain (for example GNOME Keyring or KWallet).</source>
        <translation>No se encontró ningún llavero del sistema, así que Hearth no puede guardar secretos de forma segura. Define la clave en una variable de entorno o instala un llavero (por ejemplo, GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="68"/>
        <source>The system keychain refused to store the secret: {error}</source>
        <translation>El llavero del sistema se negó a guardar el secreto: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="219"/>
        <source>{where}: expected a table, found {type}</source>
        <translation>{where}: se esperaba una tabla, se encontró {type}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="239"/>
        <source>{name}: {value} is not valid; using the default {default}</source>
        <translation>{name}: {value} no es válido; se usa el valor predeterminado {default}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="251"/>
        <source>{name}: {value} is outside {low} to {high}; using the default {default}</source>
        <translation>{name}: {value} está fuera del rango de {low} a {high}; se usa el valor predeterminado {default}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="278"/>
        <source>version: {value} is not valid; using {version}</source>
        <translation>version: {value} no es válido; se usa {version}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="293"/>
        <source>Some settings were not valid and were reset: {problems}.</source>
        <translation>Algunos ajustes no eran válidos y se han restablecido: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="302"/>
        <source>Some settings are unknown to this Hearth and were ignored: {names}.</source>
        <translation>Este Hearth no conoce algunos ajustes y se han ignorado: {names}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="315"/>
        <source>It was set aside as {name}.</source>
        <translation>Se ha apartado como {name}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>It could not be moved aside.</source>
        <translation>No se ha podido apartar.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="319"/>
        <source>Your settings file could not be read ({why}). Hearth is using default settings. {where}</source>
        <translation>No se pudo leer tu archivo de ajustes ({why}). Hearth usa los ajustes predeterminados. {where}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>it is nested too deeply</source>
        <translation>está anidado demasiado</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="345"/>
        <source>the file does not hold a JSON object</source>
        <translation>el archivo no contiene un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="354"/>
        <source>the newer file is kept as {name}</source>
        <translation>el archivo más reciente se conserva como {name}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="358"/>
        <source>the newer file could not be copied ({error}), so save with care</source>
        <translation>no se pudo copiar el archivo más reciente ({error}), así que guarda con cuidado</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="366"/>
        <source>Your settings file was made by a newer Hearth (version {version}). This Hearth uses the settings it knows and saves them as version {known}; {kept}.</source>
        <translation>Tu archivo de ajustes lo creó un Hearth más reciente (versión {version}). Este Hearth usa los ajustes que conoce y los guarda como versión {known}; {kept}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="372"/>
        <source>Your conversations database {path} is encrypted, and this Hearth was installed without SQLCipher (the sqlcipher3 package), so it cannot open it.</source>
        <translation>Tu base de datos de conversaciones {path} está cifrada y este Hearth se instaló sin SQLCipher (el paquete sqlcipher3), así que no puede abrirla.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="415"/>
        <source>Hearth could not save: the disk is full. Free some space, then try again.</source>
        <translation>Hearth no pudo guardar: el disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="419"/>
        <source>Hearth could not save: its data folder cannot be written ({error}).</source>
        <translation>Hearth no pudo guardar: no se puede escribir en su carpeta de datos ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="423"/>
        <source>Hearth could not save: another program is using the conversations database. Close it, then try again.</source>
        <translation>Hearth no pudo guardar: otro programa está usando la base de datos de conversaciones. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="429"/>
        <source>Hearth could not save: the conversations database is damaged. Restart Hearth to set it aside.</source>
        <translation>Hearth no pudo guardar: la base de datos de conversaciones está dañada. Reinicia Hearth para apartarla.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="435"/>
        <source>Hearth could not save: the disk reported an error ({error}).</source>
        <translation>Hearth no pudo guardar: el disco informó de un error ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="439"/>
        <source>Hearth could not save: {error}.</source>
        <translation>Hearth no pudo guardar: {error}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="448"/>
        <source>Your conversations database {path} is encrypted, and the key in your system keychain does not open it (the key was replaced, or the file is damaged). Hearth left the file as it is: restore the keychain entry &apos;Hearth / store_key&apos;, or let Hearth set the file aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Tu base de datos de conversaciones {path} está cifrada y la clave del llavero del sistema no la abre (la clave se sustituyó o el archivo está dañado). Hearth ha dejado el archivo como estaba: restaura la entrada del llavero «Hearth / store_key» o deja que Hearth aparte el archivo, guardado para recuperarlo, y empiece con un historial vacío.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="463"/>
        <source>Your conversations database {path} is damaged ({error}). Hearth can set it aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Tu base de datos de conversaciones {path} está dañada ({error}). Hearth puede apartarla, guardándola para recuperarla, y empezar con un historial vacío.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="476"/>
        <source>Your conversations database {path} is locked by another program. Close that program (or wait for it to finish), then try again.</source>
        <translation>Otro programa tiene bloqueada tu base de datos de conversaciones {path}. Cierra ese programa (o espera a que termine) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="486"/>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="490"/>
        <source>Hearth cannot open its conversations database {path}: {reason}. Move it out of the way, or set {variable} to another folder.</source>
        <translation>Hearth no puede abrir su base de datos de conversaciones {path}: {reason}. Muévela a otro sitio o define {variable} con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="598"/>
        <source>{field} must be text</source>
        <translation>{field} debe ser texto</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="607"/>
        <source>{field} must be a whole number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} debe ser un número entero de {low:g} a {high:g}, no {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="612"/>
        <source>{field} must be a number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} debe ser un número de {low:g} a {high:g}, no {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="759"/>
        <source>Hearth cannot create its conversations database {path}: {error}. Set {variable} to a writable folder.</source>
        <translation>Hearth no puede crear su base de datos de conversaciones {path}: {error}. Define {variable} con una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="789"/>
        <source>Your conversations database {path} was made by a newer Hearth (version {version}); this Hearth reads version {known}. Open it with the newer Hearth; the file was left as it was.</source>
        <translation>Tu base de datos de conversaciones {path} la creó un Hearth más reciente (versión {version}); este Hearth lee la versión {known}. Ábrela con el Hearth más reciente; el archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="834"/>
        <source>{path} is not a Hearth conversations database ({what}). Hearth can set it aside, keeping it, and start with an empty history.</source>
        <translation>{path} no es una base de datos de conversaciones de Hearth ({what}). Hearth puede apartarla, guardándola, y empezar con un historial vacío.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="854"/>
        <source>it holds other tables: {tables}</source>
        <translation>contiene otras tablas: {tables}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="865"/>
        <source>its {table} table has other columns</source>
        <translation>su tabla {table} tiene otras columnas</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="982"/>
        <source>a preset needs a name of 1 to 64 characters</source>
        <translation>un preajuste necesita un nombre de 1 a 64 caracteres</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="990"/>
        <source>“{name}” is one of Hearth&apos;s presets; save yours by another name</source>
        <translation>«{name}» es un preajuste de Hearth; guarda el tuyo con otro nombre</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="1008"/>
        <source>“{name}” is one of Hearth&apos;s presets and cannot be deleted</source>
        <translation>«{name}» es un preajuste de Hearth y no se puede eliminar</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="20"/>
        <source>{value:.0f} B</source>
        <translation>{value:.0f} B</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="21"/>
        <source>{value:.1f} KB</source>
        <translation>{value:.1f} KB</translation>
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
        <translation>{file}, página {page}, «{heading}»</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="250"/>
        <source>{file}, page {page}</source>
        <translation>{file}, página {page}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="252"/>
        <source>{file}, &quot;{heading}&quot;</source>
        <translation>{file}, «{heading}»</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="316"/>
        <source>Hearth cannot open its documents database {path}: {error}</source>
        <translation>Hearth no puede abrir su base de datos de documentos {path}: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="353"/>
        <source>There is no collection named {name}.</source>
        <translation>No hay ninguna colección llamada {name}.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="363"/>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="705"/>
        <source>could not be read ({error})</source>
        <translation>no se pudo leer ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="770"/>
        <source>a broken link</source>
        <translation>un enlace roto</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="782"/>
        <location filename="../core/documents/parsing.py" line="118"/>
        <source>unreadable: {error}</source>
        <translation>ilegible: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="132"/>
        <source>not a {kind} file (its content is something else)</source>
        <translation>no es un archivo {kind} (su contenido es otra cosa)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="150"/>
        <source>no text in it</source>
        <translation>no contiene texto</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="158"/>
        <source>too large ({size}; the limit is {limit})</source>
        <translation>demasiado grande ({size}; el límite es {limit})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="168"/>
        <location filename="../core/documents/parsing.py" line="180"/>
        <source>binary content, not text</source>
        <translation>contenido binario, no texto</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="354"/>
        <location filename="../core/documents/parsing.py" line="368"/>
        <source>encrypted PDF (it needs a password)</source>
        <translation>PDF cifrado (necesita una contraseña)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="363"/>
        <location filename="../core/documents/parsing.py" line="372"/>
        <source>damaged PDF ({error})</source>
        <translation>PDF dañado ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="378"/>
        <source>no text layer (a scanned or image-only PDF)</source>
        <translation>sin capa de texto (un PDF escaneado o solo de imágenes)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="397"/>
        <source>refused: {file} would unpack to {size} (a zip bomb?)</source>
        <translation>rechazado: {file} ocuparía {size} al descomprimirlo (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="407"/>
        <source>refused: the archive would unpack to too much (a zip bomb?)</source>
        <translation>rechazado: el archivo comprimido ocuparía demasiado al descomprimirlo (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="421"/>
        <source>damaged zip archive ({error})</source>
        <translation>archivo zip dañado ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="426"/>
        <source>damaged XML inside the archive ({error})</source>
        <translation>XML dañado dentro del archivo comprimido ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="431"/>
        <source>a zip archive that is not a DOCX, ODT or EPUB document</source>
        <translation>un archivo zip que no es un documento DOCX, ODT ni EPUB</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="451"/>
        <source>damaged DOCX ({error})</source>
        <translation>DOCX dañado ({error})</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="23"/>
        <source>the offline lock is on, and it refuses servers on this computer too. To serve other programs on this computer while offline, turn on &apos;Allow the local server (this computer only) while offline&apos; in Settings › Privacy.</source>
        <translation>el bloqueo sin conexión está activado y también rechaza servidores en este equipo. Para dar servicio a otros programas de este equipo sin conexión, activa «Permitir el servidor local (solo este equipo) sin conexión» en Ajustes › Privacidad.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="52"/>
        <source>{port} is not a port number; use one from 1024 to 65535.</source>
        <translation>{port} no es un número de puerto; usa uno de 1024 a 65535.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="63"/>
        <source>{host} is not an address of this machine ({error}).</source>
        <translation>{host} no es una dirección de este equipo ({error}).</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="80"/>
        <source>Cannot listen on {host}:{port}: {error}. Pick another port.</source>
        <translation>No se puede escuchar en {host}:{port}: {error}. Elige otro puerto.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="84"/>
        <source>Cannot listen on {host}:{port}: {error}.</source>
        <translation>No se puede escuchar en {host}:{port}: {error}.</translation>
    </message>
    <message>
        <location filename="../server/api.py" line="288"/>
        <source>client disconnected</source>
        <translation>cliente desconectado</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="157"/>
        <source>Hearth&apos;s server failed to answer; see Hearth&apos;s log.</source>
        <translation>El servidor de Hearth no pudo responder; consulta el registro de Hearth.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="173"/>
        <source>No model is loaded in Hearth. Pick a model, then try again.</source>
        <translation>No hay ningún modelo cargado en Hearth. Elige un modelo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="185"/>
        <source>Hearth&apos;s server answers with local models only, and Hearth is using the hosted route. Switch Hearth to a local model to serve requests.</source>
        <translation>El servidor de Hearth solo responde con modelos locales, y Hearth está usando la vía alojada. Cambia Hearth a un modelo local para atender solicitudes.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="204"/>
        <source>This engine cannot continue raw text; use chat.</source>
        <translation>Este motor no puede continuar texto sin formato; usa el chat.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="102"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Colecciones de tus archivos, buscadas solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="105"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="109"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="111"/>
        <source>Re-index</source>
        <translation>Volver a indexar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="113"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="115"/>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attach to this chat</source>
        <translation>Adjuntar a este chat</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="137"/>
        <source>Files that could not be read:</source>
        <translation>Archivos que no se pudieron leer:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="139"/>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="153"/>
        <source>Not there any more: {folders}</source>
        <translation>Ya no existe: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attached to this chat</source>
        <translation>Adjunta a este chat</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="194"/>
        <source>Add a folder of documents</source>
        <translation>Añadir una carpeta de documentos</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="226"/>
        <source>Looking for files in {name}…</source>
        <translation>Buscando archivos en {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="234"/>
        <source>Stopping after this file…</source>
        <translation>Se detendrá después de este archivo…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="239"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>¿Olvidar la colección {name}? Tus archivos no se tocan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="263"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="265"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n con vectores)</numerusform>
            <numerusform>(%n con vectores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="267"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="269"/>
        <source>a folder is not there any more</source>
        <translation>una carpeta ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="273"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="283"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Leyendo {file} ({number} de {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="291"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Detenido: {added} añadidos, {updated} actualizados, {removed} quitados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="296"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Listo: {added} añadidos, {updated} actualizados, {removed} quitados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="305"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>Ya no existe (se conservan los fragmentos): {folders}</translation>
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
        <translation>Descargando %1: %2 % completado. Haz clic para abrir el gestor de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/download_indicator.py" line="37"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <location filename="../ui/first_run.py" line="69"/>
        <source>Use the tiny starter model</source>
        <translation>Usar el pequeño modelo inicial</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="70"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="109"/>
        <source>No model is installed yet. Open a GGUF file from the Models menu.</source>
        <translation>Todavía no hay ningún modelo instalado. Abre un archivo GGUF desde el menú Modelos.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="113"/>
        <source>For this machine ({memory} GB of memory) Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Para este equipo ({memory} GB de memoria), Hearth sugiere &lt;b&gt;{model}&lt;/b&gt; ({parameters} parámetros, {size}, {license}): se descarga una vez y se comprueba con su SHA-256 fijado.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="119"/>
        <source>For you Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Hearth te sugiere &lt;b&gt;{model}&lt;/b&gt; ({parameters} parámetros, {size}, {license}): se descarga una vez y se comprueba con su SHA-256 fijado.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="132"/>
        <source>Until then you can chat with the tiny starter model, which answers quickly but simply.</source>
        <translation>Mientras tanto puedes chatear con el pequeño modelo inicial, que responde rápido pero de forma sencilla.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="138"/>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message>
        <location filename="../ui/hosted_route.py" line="92"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>¿Enviar este chat a un proveedor alojado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="94"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>Se enviará %n mensaje anterior a {destination}.</numerusform>
            <numerusform>Se enviarán %n mensajes anteriores a {destination}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Hasta ahora este chat solo se ha respondido en este equipo. Si lo envías ahora, el proveedor alojado recibirá todo su historial. Empieza un chat nuevo para enviar solo mensajes nuevos.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="104"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>HostedRoute</name>
    <message>
        <location filename="../ui/hosted_route.py" line="43"/>
        <source>{provider} (address not set)</source>
        <translation>{provider} (dirección sin definir)</translation>
    </message>
</context>
<context>
    <name>KVCachePanel</name>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="30"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="34"/>
        <source>Delete the saved states; long conversations are then re-read when you return to them</source>
        <translation>Eliminar los estados guardados; las conversaciones largas se vuelven a leer al regresar a ellas</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="49"/>
        <source>Off (Hearth re-reads a conversation when you return to it)</source>
        <translation>Desactivado (Hearth vuelve a leer una conversación al regresar a ella)</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="51"/>
        <source>{used} MB of {limit} MB</source>
        <translation>{used} MB de {limit} MB</translation>
    </message>
</context>
<context>
    <name>LocalServerController</name>
    <message>
        <location filename="../ui/local_server.py" line="138"/>
        <source>The local server could not start: {message}</source>
        <translation>El servidor local no pudo iniciarse: {message}</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="147"/>
        <source>Local server on {address} · busy: serving a request</source>
        <translation>Servidor local en {address} · ocupado: atendiendo una solicitud</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="149"/>
        <source>Local server on {address}</source>
        <translation>Servidor local en {address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="189"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n respuesta se cortó la última vez que se cerró Hearth; se conservó su texto y se marcó como interrumpida.</numerusform>
            <numerusform>%n respuestas se cortaron la última vez que se cerró Hearth; se conservó su texto y se marcaron como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Los mensajes de este chat. Alt+Arriba y Alt+Abajo los leen uno a uno.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="336"/>
        <source>Chat settings…</source>
        <translation>Ajustes del chat…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Conversation &amp;info…</source>
        <translation>In&amp;formación de la conversación…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="409"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>&amp;Chat settings…</source>
        <translation>Ajustes del &amp;chat…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="428"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="434"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="445"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Manage models…</source>
        <translation>&amp;Gestionar modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="453"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>&amp;Descargar el modelo (liberar su memoria)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Solicitudes del servidor local…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="512"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} cargado en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="565"/>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="566"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="783"/>
        <source>Open a chat first.</source>
        <translation>Abre antes un chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="712"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Detén la respuesta que se está escribiendo antes de eliminar su chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="742"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>No se envió. Empieza un chat nuevo o cambia a Local en Ajustes….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="746"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="802"/>
        <source>Type a message first.</source>
        <translation>Escribe antes un mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="808"/>
        <location filename="../ui/main_window.py" line="846"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Espera la respuesta o pulsa Detener.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="830"/>
        <source>Your text is still in the box below.</source>
        <translation>Tu texto sigue en el cuadro de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="857"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Ese mensaje tendría {length} caracteres; Hearth envía como máximo {limit}. Acórtalo o adjunta el texto como documento.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="869"/>
        <source>Edit cancelled.</source>
        <translation>Edición cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="901"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../ui/message_actions.py" line="51"/>
        <source>&amp;Stop the answer</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="57"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="62"/>
        <source>Copy &amp;last answer</source>
        <translation>Copiar la últi&amp;ma respuesta</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="68"/>
        <source>&amp;Regenerate answer</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="74"/>
        <source>&amp;Edit message</source>
        <translation>&amp;Editar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="79"/>
        <source>C&amp;ontinue answer</source>
        <translation>C&amp;ontinuar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="84"/>
        <source>&amp;Delete message…</source>
        <translation>E&amp;liminar mensaje…</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="89"/>
        <source>&amp;Previous branch</source>
        <translation>Rama &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="95"/>
        <source>&amp;Next branch</source>
        <translation>Rama &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="101"/>
        <source>Read the p&amp;revious message</source>
        <translation>Leer el mensaje a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="107"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Leer el mensaje si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="123"/>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="200"/>
        <source>Message copied.</source>
        <translation>Mensaje copiado.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="211"/>
        <source>Answer copied.</source>
        <translation>Respuesta copiada.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="238"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Editando un mensaje: Intro envía la nueva versión como rama, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="249"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Solo se puede continuar una respuesta cortada en el límite de longitud.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="268"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>¿Eliminar este mensaje y sus respuestas? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="270"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>¿Eliminar esta respuesta? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="272"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="290"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Espera la respuesta o pulsa Detener.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="302"/>
        <source>This chat has no other branch.</source>
        <translation>Este chat no tiene otra rama.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="307"/>
        <source>No more branches that way.</source>
        <translation>No hay más ramas en esa dirección.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="74"/>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="75"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>This machine</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="85"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="86"/>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="87"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="96"/>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="97"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="98"/>
        <source>Starter (built in)</source>
        <translation>Inicial (incluido)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <location filename="../ui/model_manager.py" line="614"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="419"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="255"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="256"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="257"/>
        <source>Reveal in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="258"/>
        <source>Import GGUF file…</source>
        <translation>Importar archivo GGUF…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="244"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Catálogo&lt;/b&gt;: archivos fijados, comprobados con su SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="90"/>
        <source>Fits (needs about {size})</source>
        <translation>Cabe (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="91"/>
        <source>Tight (needs about {size})</source>
        <translation>Justo (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="92"/>
        <source>Too big (needs about {size})</source>
        <translation>Demasiado grande (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="93"/>
        <source>Unknown (needs about {size})</source>
        <translation>Desconocido (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="246"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instalados&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="250"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="252"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modelos que puedes descargar, cada uno fijado y comprobado con su SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="254"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="316"/>
        <source>Embedding models — for searching your documents</source>
        <translation>Modelos de embeddings — para buscar en tus documentos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="321"/>
        <source>recommended for {memory} machines</source>
        <translation>recomendado para equipos de {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="381"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="383"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="386"/>
        <source>Paused at {percent}</source>
        <translation>En pausa al {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="387"/>
        <source>Needs a token</source>
        <translation>Necesita un token</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="417"/>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="457"/>
        <source>Starting {model}…</source>
        <translation>Iniciando {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="473"/>
        <source>Cancelled {model}.</source>
        <translation>{model} cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="483"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="491"/>
        <source>{duration} left</source>
        <translation>quedan {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="495"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Comprobando la parte ya descargada ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="500"/>
        <source>Checking the SHA-256…</source>
        <translation>Comprobando el SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="502"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="504"/>
        <source>Installed.</source>
        <translation>Instalado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="512"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} está instalado y verificado; elígelo en la lista de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="526"/>
        <source>Paused at {done} of {total}.</source>
        <translation>En pausa en {done} de {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="532"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Descarga cancelada; no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="556"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>¿Eliminar {file} ({size}) de la carpeta de modelos?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="568"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>No se pudo eliminar {file}: {reason}. Si el modelo está cargado, elige antes otro.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="573"/>
        <source>Deleted {file}.</source>
        <translation>{file} eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="585"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="587"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="598"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} no se puede usar: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="603"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} no se puede leer: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="608"/>
        <source>Imported {file}.</source>
        <translation>{file} importado.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="67"/>
        <source>No model installed: open a GGUF file</source>
        <translation>No hay ningún modelo instalado: abre un archivo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Open model file…</source>
        <translation>Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="104"/>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="106"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="133"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>No se puede usar {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Where</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="148"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="149"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="150"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="183"/>
        <source>Network activity</source>
        <translation>Actividad de red</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="194"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>El bloqueo sin conexión está activado: se rechazan las conexiones que saldrían de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="226"/>
        <source>The offline lock is off.</source>
        <translation>El bloqueo sin conexión está desactivado.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Esta sesión: {session}. Los últimos {days} días: {recorded} registradas, {outside} fuera de este equipo. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>allowed</source>
        <translation>permitida</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="244"/>
        <source>(this computer)</source>
        <translation>(este equipo)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>name lookup</source>
        <translation>resolución de nombre</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>listening</source>
        <translation>en escucha</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="263"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} enviados, {received} recibidos</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="270"/>
        <source>Export network activity</source>
        <translation>Exportar la actividad de red</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="271"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-actividad-de-red.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="119"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Lo que Hearth ha hecho en la red desde que se inició; %n en este equipo. Haz clic para verlo todo.</numerusform>
            <numerusform>Lo que Hearth ha hecho en la red desde que se inició; %n en este equipo. Haz clic para verlo todo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="125"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Lo que Hearth ha hecho en la red desde que se inició. Haz clic para verlo todo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="115"/>
        <source>offline lock on</source>
        <translation>bloqueo sin conexión activado</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="56"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Bloqueo sin conexión: rechaza toda conexión que saldría de este equipo. Las descargas, la vía alojada y las pruebas de conexión se rechazan al instante y el rechazo queda registrado. Los servidores de este equipo (127.0.0.1), incluido el servidor local de Hearth, solo siguen accesibles mientras lo permitas abajo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="63"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Cifrar las conversaciones y el índice de tus documentos en este equipo (SQLCipher, AES-256; la clave se guarda en el llavero del sistema). Esto protege un disco copiado, la unidad de un portátil robado o una copia de seguridad de la carpeta de datos. No protege frente a alguien, o algún programa, que use tu sesión desbloqueada: mientras tengas la sesión iniciada, Hearth puede leer la clave, y ellos también. La base de datos se convierte la próxima vez que se inicie Hearth; al desactivarlo se vuelve a convertir.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="72"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>El cifrado no está disponible: no se encontró ningún llavero del sistema (o esta instalación no tiene SQLCipher), y Hearth no guardará la clave en un archivo junto a los datos que protege.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="310"/>
        <source>Offline lock</source>
        <translation>Bloqueo sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="322"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Permitir el servidor local (solo este equipo) sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 está definido donde se inició Hearth, así que el bloqueo está activado diga lo que diga este interruptor.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="325"/>
        <source>Encrypt conversations at rest</source>
        <translation>Cifrar las conversaciones almacenadas</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="330"/>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="386"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Los cambios se aplican la próxima vez que se inicie Hearth.</translation>
    </message>
</context>
<context>
    <name>RefreshWorker</name>
    <message>
        <location filename="../ui/documents_watch.py" line="89"/>
        <source>The embedding model could not be used: {error}</source>
        <translation>No se pudo usar el modelo de embeddings: {error}</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="200"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="241"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>Atendiendo %n solicitud</numerusform>
            <numerusform>Atendiendo %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="243"/>
        <source>No request is being served.</source>
        <translation>No se está atendiendo ninguna solicitud.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="63"/>
        <source>no model set</source>
        <translation>ningún modelo definido</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="65"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Alojado: {destination} · {model}: los mensajes salen de este equipo</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="55"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Permitir que otros programas de este equipo usen el modelo de Hearth</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="63"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Los programas de otros equipos que lleguen a esta dirección pueden conectarse (aun así necesitan el token). Usa 127.0.0.1 para limitar el servidor a este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="72"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="74"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Los programas deben enviar este token para usar el servidor local.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Copy the access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="79"/>
        <source>Make a new access token</source>
        <translation>Crear un token de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="82"/>
        <source>Keep prompt text in the request log</source>
        <translation>Guardar el texto del prompt en el registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="91"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="94"/>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="149"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Los programas lo envían como «Authorization: Bearer &lt;token&gt;» (la clave de API en la mayoría de las herramientas).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="161"/>
        <source>The token was copied.</source>
        <translation>Se copió el token.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="170"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Se creó un token nuevo. Los programas que usan el anterior deben recibir este.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Who answers</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Local: un modelo en este equipo (nada sale de él)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Alojado: el servidor de un proveedor (tus mensajes se envían allí)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Hosted route</source>
        <translation>Vía alojada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 o http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>Model (exact version)</source>
        <translation>Modelo (versión exacta)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>List models</source>
        <translation>Listar modelos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Model (exact version):</source>
        <translation>Modelo (versión exacta):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="150"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Forget stored key</source>
        <translation>Olvidar la clave guardada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Connect timeout:</source>
        <translation>Tiempo de espera de conexión:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest pause between chunks:</source>
        <translation>Pausa más larga entre fragmentos:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Longest answer:</source>
        <translation>Respuesta más larga:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Retries before the answer starts:</source>
        <translation>Reintentos antes de que empiece la respuesta:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Prompt price per million tokens</source>
        <translation>Precio del prompt por millón de tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Completion price per million tokens</source>
        <translation>Precio de la respuesta por millón de tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>completion</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Price per million tokens:</source>
        <translation>Precio por millón de tokens:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="187"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="194"/>
        <source>Connection report</source>
        <translation>Informe de conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Local models</source>
        <translation>Modelos locales</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="223"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>System prompt:</source>
        <translation>Prompt del sistema:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Temperatura (0 = siempre la palabra más probable):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="251"/>
        <source>Longest answer (tokens):</source>
        <translation>Respuesta más larga (tokens):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (menor = menos palabras improbables):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="263"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Semilla (misma semilla y mensaje, misma respuesta):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automático ({count} en este equipo)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="276"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Contexto más largo (tokens, hasta el del modelo):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>todas (si llama.cpp se compiló para una GPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>Layers on the GPU:</source>
        <translation>Capas en la GPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Saved conversations (instant return):</source>
        <translation>Conversaciones guardadas (regreso inmediato):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="294"/>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="295"/>
        <location filename="../ui/settings_dialog.py" line="426"/>
        <source>reading the keychain…</source>
        <translation>leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="296"/>
        <source>Forget token</source>
        <translation>Olvidar el token</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="303"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Token de Hugging Face (solo modelos restringidos):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Algunos modelos (Llama, Gemma) requieren que aceptes sus condiciones en huggingface.co y un token de lectura. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="318"/>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>Language of the window:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>La ventana cambia de idioma al guardar; no hace falta reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} está definido donde se inició Hearth y tiene prioridad sobre esto.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="340"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="350"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="408"/>
        <location filename="../ui/settings_dialog.py" line="448"/>
        <source>stored in the keychain ({masked})</source>
        <translation>guardado en el llavero ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="423"/>
        <source>(optional for a server of your own)</source>
        <translation>(opcional para un servidor propio)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>Reading the system keychain…</source>
        <translation>Leyendo el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="432"/>
        <source>no system keychain</source>
        <translation>no hay llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="436"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>No se encontró ningún llavero del sistema, así que Hearth no puede guardar claves de forma segura y no las escribirá en un archivo. Define en su lugar la variable de entorno {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="440"/>
        <source>It is set and will be used.</source>
        <translation>Está definida y se usará.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Escribe otra para reemplazarla.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="454"/>
        <source>from {variable}</source>
        <translation>desde {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>Se usa la clave de {variable}. Una clave escrita aquí la sustituye.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="461"/>
        <source>paste your key</source>
        <translation>pega tu clave</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="464"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Todavía no hay clave{optional}. Se guardará en el llavero del sistema, nunca en un archivo; o define {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection problem.</source>
        <translation>Problema de conexión.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>Asking the server for its models…</source>
        <translation>Preguntando al servidor por sus modelos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="548"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="552"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>El servidor no listó ningún modelo; escribe el nombre.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="610"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Escribe el nombre del modelo que usarás con {provider}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="635"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>La clave no se guardó; define {variable} en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="650"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>El token no se guardó; define HF_TOKEN en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="708"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>La comprobación falló de forma inesperada: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="43"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="60"/>
        <source>Model loading progress</source>
        <translation>Progreso de carga del modelo</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="83"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="86"/>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="130"/>
        <source>Checking {destination}…</source>
        <translation>Comprobando {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="132"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="134"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Conectado: {model} (alojado)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="136"/>
        <source>Ready: {model}</source>
        <translation>Listo: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="140"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="49"/>
        <source>Reading the conversation…</source>
        <translation>Leyendo la conversación…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="53"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="76"/>
        <source>HOSTED</source>
        <translation>ALOJADO</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="87"/>
        <source>Sent {when}</source>
        <translation>Enviado el {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="88"/>
        <source>Answered {when}</source>
        <translation>Respondido el {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="91"/>
        <source>hosted by {provider}</source>
        <translation>alojado por {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="95"/>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="98"/>
        <source>by {model}, {where}</source>
        <translation>por {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="105"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="111"/>
        <source>first token after {seconds} s</source>
        <translation>primer token tras {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="117"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="379"/>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="393"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Respuesta interrumpida: el texto de arriba es lo que llegó.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="403"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>Detenido en el límite de {count} tokens. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="455"/>
        <source>{count} more characters.</source>
        <translation>{count} caracteres más.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="458"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="512"/>
        <source>Reading {count} tokens…</source>
        <translation>Leyendo {count} tokens…</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="106"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="107"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="35"/>
        <source>What can I help with?</source>
        <translation>¿En qué puedo ayudarte?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="56"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Explica con palabras sencillas cómo funciona una bomba de calor.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="57"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Escribe un correo breve y amable para rechazar una reunión.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="58"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Dame tres ideas para una cena vegetariana rápida.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="82"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 responde, alojado: los mensajes salen de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="86"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 responde, en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="88"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="89"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>No hay ningún modelo cargado: elige uno arriba o abre el menú Modelos.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <location filename="../ui/window_documents.py" line="57"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>WindowLook</name>
    <message>
        <location filename="../ui/window_look.py" line="61"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Mostrar u ocultar la lista de conversaciones (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="65"/>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="74"/>
        <source>&amp;Conversation list</source>
        <translation>&amp;Lista de conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="82"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="89"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="96"/>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="104"/>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="111"/>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="117"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
</context>
<context>
    <name>WindowServer</name>
    <message>
        <location filename="../ui/window_server.py" line="64"/>
        <source>Local server requests</source>
        <translation>Solicitudes del servidor local</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../ui/workers.py" line="180"/>
        <source>It failed unexpectedly: {error}</source>
        <translation>Falló de forma inesperada: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="299"/>
        <source>The model could not be loaded: {error}</source>
        <translation>No se pudo cargar el modelo: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="501"/>
        <source>The answer failed: {error}</source>
        <translation>La respuesta falló: {error}</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="165"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n resolución de nombre</numerusform>
            <numerusform>%n resoluciones de nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="170"/>
        <source>No network use this session</source>
        <translation>Sin uso de red en esta sesión</translation>
    </message>
</context>
</TS>
