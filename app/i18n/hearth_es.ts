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
        <location filename="../ui/answer_sources.py" line="39"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Ningún fragmento de los documentos adjuntos coincidía con esta pregunta; se respondió sin ellos.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="46"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Fuentes (de tus documentos, enviadas a {destination}): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="50"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Fuentes (de tus documentos, en este equipo): </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="94"/>
        <source>Send passages of your documents?</source>
        <translation>¿Enviar fragmentos de tus documentos?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="98"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Se enviarán fragmentos de {collections} a {destination}.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="103"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>Este chat tiene documentos adjuntos. Con cada pregunta, los fragmentos que coinciden se envían al proveedor alojado junto con el chat. Tu elección se guarda para este chat.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="110"/>
        <source>Send passages</source>
        <translation>Enviar fragmentos</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="114"/>
        <source>Answer without them</source>
        <translation>Responder sin ellos</translation>
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
        <location filename="../ui/application.py" line="126"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}: el archivo se renombra como {name}.damaged-&lt;date&gt;-&lt;time&gt; en {folder}, donde se queda para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="141"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth no pudo apartar {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="181"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Deteniendo la respuesta para cambiar de modelo…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="195"/>
        <source>Loading {file}…</source>
        <translation>Cargando {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="203"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>La vía alojada no guarda ningún modelo en este equipo; no hay nada que descargar de la memoria.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="211"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modelo descargado de la memoria. Elige un modelo para volver a chatear.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="223"/>
        <source>Connecting to {destination}…</source>
        <translation>Conectando con {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="246"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>El último modelo que usaste ya no está en {path}. Elige otro modelo o abre el archivo desde su nueva ubicación.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="340"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Abre Ajustes… para corregir la vía alojada.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="343"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>La vía alojada no está conectada. Abre Ajustes… para comprobarla.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>No hay ningún modelo cargado. Elige antes un modelo en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="430"/>
        <location filename="../ui/session.py" line="438"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Detén antes la respuesta que se está escribiendo.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="58"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="67"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="77"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="88"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="90"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="92"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="94"/>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="96"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="105"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Los valores sin marcar siguen Ajustes › Respuestas (en gris); los marcados son</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="107"/>
        <source>this chat&apos;s own.</source>
        <translation>propios de este chat.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="615"/>
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
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="119"/>
        <source>About “{title}”</source>
        <translation>Acerca de «{title}»</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="121"/>
        <source>About this chat</source>
        <translation>Acerca de este chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="124"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Coste alojado estimado: {cost} (según tus precios en Ajustes…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="133"/>
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
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="101"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Colecciones de tus archivos, buscadas solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="104"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="108"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="110"/>
        <source>Re-index</source>
        <translation>Volver a indexar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="112"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="114"/>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attach to this chat</source>
        <translation>Adjuntar a este chat</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="136"/>
        <source>Files that could not be read:</source>
        <translation>Archivos que no se pudieron leer:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="138"/>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="152"/>
        <source>Not there any more: {folders}</source>
        <translation>Ya no existe: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attached to this chat</source>
        <translation>Adjunta a este chat</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="193"/>
        <source>Add a folder of documents</source>
        <translation>Añadir una carpeta de documentos</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="225"/>
        <source>Looking for files in {name}…</source>
        <translation>Buscando archivos en {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="233"/>
        <source>Stopping after this file…</source>
        <translation>Se detendrá después de este archivo…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="238"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>¿Olvidar la colección {name}? Tus archivos no se tocan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="261"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="264"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n con vectores)</numerusform>
            <numerusform>(%n con vectores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="266"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="268"/>
        <source>a folder is not there any more</source>
        <translation>una carpeta ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="272"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="282"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Leyendo {file} ({number} de {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="290"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Detenido: {added} añadidos, {updated} actualizados, {removed} quitados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="295"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Listo: {added} añadidos, {updated} actualizados, {removed} quitados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="304"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>Ya no existe (se conservan los fragmentos): {folders}</translation>
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
        <location filename="../ui/hosted_route.py" line="88"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>¿Enviar este chat a un proveedor alojado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="90"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>Se enviará %n mensaje anterior a {destination}.</numerusform>
            <numerusform>Se enviarán %n mensajes anteriores a {destination}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="96"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Hasta ahora este chat solo se ha respondido en este equipo. Si lo envías ahora, el proveedor alojado recibirá todo su historial. Empieza un chat nuevo para enviar solo mensajes nuevos.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>Send</source>
        <translation>Enviar</translation>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="180"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n respuesta se cortó la última vez que se cerró Hearth; se conservó su texto y se marcó como interrumpida.</numerusform>
            <numerusform>%n respuestas se cortaron la última vez que se cerró Hearth; se conservó su texto y se marcaron como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="261"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Los mensajes de este chat. Alt+Arriba y Alt+Abajo los leen uno a uno.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
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
        <location filename="../ui/main_window.py" line="337"/>
        <source>Chat settings…</source>
        <translation>Ajustes del chat…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="387"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="393"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Conversation &amp;info…</source>
        <translation>In&amp;formación de la conversación…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="414"/>
        <source>&amp;Chat settings…</source>
        <translation>Ajustes del &amp;chat…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>&amp;Export conversation…</source>
        <translation>E&amp;xportar conversación…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="430"/>
        <source>Export &amp;all…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="456"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <source>&amp;Manage models…</source>
        <translation>&amp;Gestionar modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="464"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>&amp;Descargar el modelo (liberar su memoria)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Solicitudes del servidor local…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="482"/>
        <source>&amp;Stop the answer</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="486"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="489"/>
        <source>Copy &amp;last answer</source>
        <translation>Copiar la últi&amp;ma respuesta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="495"/>
        <source>&amp;Regenerate answer</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="501"/>
        <source>&amp;Edit message</source>
        <translation>&amp;Editar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="504"/>
        <source>C&amp;ontinue answer</source>
        <translation>C&amp;ontinuar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="509"/>
        <source>&amp;Delete message…</source>
        <translation>E&amp;liminar mensaje…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="514"/>
        <source>&amp;Previous branch</source>
        <translation>Rama &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="520"/>
        <source>&amp;Next branch</source>
        <translation>Rama &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>Read the p&amp;revious message</source>
        <translation>Leer el mensaje a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="532"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Leer el mensaje si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="547"/>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="597"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} cargado en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>Local server requests</source>
        <translation>Solicitudes del servidor local</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="682"/>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="683"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="715"/>
        <source>No model installed: open a GGUF file</source>
        <translation>No hay ningún modelo instalado: abre un archivo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="743"/>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="745"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="828"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="893"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 responde, alojado: los mensajes salen de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="897"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 responde, en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="899"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="900"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>No hay ningún modelo cargado: elige uno arriba o abre el menú Modelos.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="958"/>
        <location filename="../ui/main_window.py" line="1108"/>
        <source>Open a chat first.</source>
        <translation>Abre antes un chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="972"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="973"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON de Hearth (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="981"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exporta a .md, .html o .json, no a {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="989"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n chat a {path}.</numerusform>
            <numerusform>Se exportaron %n chats a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Conversations (*.json)</source>
        <translation>Conversaciones (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1008"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>Se importó %n chat de {file}.</numerusform>
            <numerusform>Se importaron %n chats de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1033"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Detén la respuesta que se está escribiendo antes de eliminar su chat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1067"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>No se envió. Empieza un chat nuevo o cambia a Local en Ajustes….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1071"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1127"/>
        <source>Type a message first.</source>
        <translation>Escribe antes un mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1133"/>
        <location filename="../ui/main_window.py" line="1167"/>
        <location filename="../ui/main_window.py" line="1298"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Espera la respuesta o pulsa Detener.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1214"/>
        <source>Message copied.</source>
        <translation>Mensaje copiado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1223"/>
        <source>Answer copied.</source>
        <translation>Respuesta copiada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1248"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Editando un mensaje: Intro envía la nueva versión como rama, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1259"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Solo se puede continuar una respuesta cortada en el límite de longitud.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1278"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>¿Eliminar este mensaje y sus respuestas? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1280"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>¿Eliminar esta respuesta? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1282"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1310"/>
        <source>This chat has no other branch.</source>
        <translation>Este chat no tiene otra rama.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1315"/>
        <source>No more branches that way.</source>
        <translation>No hay más ramas en esa dirección.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1328"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Ese mensaje tendría {length} caracteres; Hearth envía como máximo {limit}. Acórtalo o adjunta el texto como documento.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1340"/>
        <source>Edit cancelled.</source>
        <translation>Edición cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1372"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1400"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1403"/>
        <source>first token {seconds} s</source>
        <translation>primer token {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1407"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1409"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1412"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Hilos: {count} ({reason})</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="61"/>
        <location filename="../ui/model_manager.py" line="70"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="62"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="63"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="64"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="65"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="66"/>
        <source>This machine</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="71"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="72"/>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="73"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="82"/>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="83"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Starter (built in)</source>
        <translation>Inicial (incluido)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="227"/>
        <location filename="../ui/model_manager.py" line="576"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="382"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="240"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="241"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <source>Reveal in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="243"/>
        <source>Import GGUF file…</source>
        <translation>Importar archivo GGUF…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="229"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Catálogo&lt;/b&gt;: archivos fijados, comprobados con su SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Fits (needs about {size})</source>
        <translation>Cabe (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>Tight (needs about {size})</source>
        <translation>Justo (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Too big (needs about {size})</source>
        <translation>Demasiado grande (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>Unknown (needs about {size})</source>
        <translation>Desconocido (necesita unos {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="231"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instalados&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="235"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="237"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modelos que puedes descargar, cada uno fijado y comprobado con su SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="239"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="285"/>
        <source>recommended for {memory} machines</source>
        <translation>recomendado para equipos de {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="344"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="346"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="349"/>
        <source>Paused at {percent}</source>
        <translation>En pausa al {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="350"/>
        <source>Needs a token</source>
        <translation>Necesita un token</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="380"/>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="420"/>
        <source>Starting {model}…</source>
        <translation>Iniciando {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="436"/>
        <source>Cancelled {model}.</source>
        <translation>{model} cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="446"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="454"/>
        <source>{duration} left</source>
        <translation>quedan {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="458"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Comprobando la parte ya descargada ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="462"/>
        <source>Checking the SHA-256…</source>
        <translation>Comprobando el SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="464"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="466"/>
        <source>Installed.</source>
        <translation>Instalado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="474"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} está instalado y verificado; elígelo en la lista de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="488"/>
        <source>Paused at {done} of {total}.</source>
        <translation>En pausa en {done} de {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="494"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Descarga cancelada; no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="518"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>¿Eliminar {file} ({size}) de la carpeta de modelos?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="530"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>No se pudo eliminar {file}: {reason}. Si el modelo está cargado, elige antes otro.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="535"/>
        <source>Deleted {file}.</source>
        <translation>{file} eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="547"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="549"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="560"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} no se puede usar: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="565"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} no se puede leer: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="570"/>
        <source>Imported {file}.</source>
        <translation>{file} importado.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="143"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="144"/>
        <source>Where</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="145"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="180"/>
        <source>Network activity</source>
        <translation>Actividad de red</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="192"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="220"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>El bloqueo sin conexión está activado: se rechazan las conexiones que saldrían de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is off.</source>
        <translation>El bloqueo sin conexión está desactivado.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Esta sesión: {session}. Los últimos {days} días: {recorded} registradas, {outside} fuera de este equipo. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>allowed</source>
        <translation>permitida</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="241"/>
        <source>(this computer)</source>
        <translation>(este equipo)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>name lookup</source>
        <translation>resolución de nombre</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>listening</source>
        <translation>en escucha</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="260"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} enviados, {received} recibidos</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="267"/>
        <source>Export network activity</source>
        <translation>Exportar la actividad de red</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="268"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-actividad-de-red.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="116"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Lo que Hearth ha hecho en la red desde que se inició; %n en este equipo. Haz clic para verlo todo.</numerusform>
            <numerusform>Lo que Hearth ha hecho en la red desde que se inició; %n en este equipo. Haz clic para verlo todo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="122"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Lo que Hearth ha hecho en la red desde que se inició. Haz clic para verlo todo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="112"/>
        <source>offline lock on</source>
        <translation>bloqueo sin conexión activado</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="55"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Bloqueo sin conexión: rechaza toda conexión que saldría de este equipo. Las descargas, la vía alojada y las pruebas de conexión se rechazan al instante y el rechazo queda registrado. Los servidores de este equipo (127.0.0.1), incluido el servidor local de Hearth, solo siguen accesibles mientras lo permitas abajo.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="61"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Cifrar las conversaciones y el índice de tus documentos en este equipo (SQLCipher, AES-256; la clave se guarda en el llavero del sistema). Esto protege un disco copiado, la unidad de un portátil robado o una copia de seguridad de la carpeta de datos. No protege frente a alguien, o algún programa, que use tu sesión desbloqueada: mientras tengas la sesión iniciada, Hearth puede leer la clave, y ellos también. La base de datos se convierte la próxima vez que se inicie Hearth; al desactivarlo se vuelve a convertir.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="69"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>El cifrado no está disponible: no se encontró ningún llavero del sistema (o esta instalación no tiene SQLCipher), y Hearth no guardará la clave en un archivo junto a los datos que protege.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="305"/>
        <source>Offline lock</source>
        <translation>Bloqueo sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="320"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Permitir el servidor local (solo este equipo) sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="311"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 está definido donde se inició Hearth, así que el bloqueo está activado diga lo que diga este interruptor.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>Encrypt conversations at rest</source>
        <translation>Cifrar las conversaciones almacenadas</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="321"/>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="371"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Los cambios se aplican la próxima vez que se inicie Hearth.</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="193"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="240"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>Atendiendo %n solicitud</numerusform>
            <numerusform>Atendiendo %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="242"/>
        <source>No request is being served.</source>
        <translation>No se está atendiendo ninguna solicitud.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="59"/>
        <source>no model set</source>
        <translation>ningún modelo definido</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="61"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Alojado: {destination} · {model}: los mensajes salen de este equipo</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="54"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Permitir que otros programas de este equipo usen el modelo de Hearth</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="62"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Los programas de otros equipos que lleguen a esta dirección pueden conectarse (aun así necesitan el token). Usa 127.0.0.1 para limitar el servidor a este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="71"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="73"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Los programas deben enviar este token para usar el servidor local.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="75"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy the access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Make a new access token</source>
        <translation>Crear un token de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="81"/>
        <source>Keep prompt text in the request log</source>
        <translation>Guardar el texto del prompt en el registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="89"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="92"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="148"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Los programas lo envían como «Authorization: Bearer &lt;token&gt;» (la clave de API en la mayoría de las herramientas).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="160"/>
        <source>The token was copied.</source>
        <translation>Se copió el token.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="169"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Se creó un token nuevo. Los programas que usan el anterior deben recibir este.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Who answers</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Local: un modelo en este equipo (nada sale de él)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Alojado: el servidor de un proveedor (tus mensajes se envían allí)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="114"/>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Hosted route</source>
        <translation>Vía alojada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 o http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Model (exact version)</source>
        <translation>Modelo (versión exacta)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>List models</source>
        <translation>Listar modelos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Model (exact version):</source>
        <translation>Modelo (versión exacta):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Forget stored key</source>
        <translation>Olvidar la clave guardada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Connect timeout:</source>
        <translation>Tiempo de espera de conexión:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Longest pause between chunks:</source>
        <translation>Pausa más larga entre fragmentos:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Longest answer:</source>
        <translation>Respuesta más larga:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Retries before the answer starts:</source>
        <translation>Reintentos antes de que empiece la respuesta:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Prompt price per million tokens</source>
        <translation>Precio del prompt por millón de tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Completion price per million tokens</source>
        <translation>Precio de la respuesta por millón de tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>completion</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>Price per million tokens:</source>
        <translation>Precio por millón de tokens:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>Connection report</source>
        <translation>Informe de conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Local models</source>
        <translation>Modelos locales</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="221"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="236"/>
        <source>System prompt:</source>
        <translation>Prompt del sistema:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="242"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Temperatura (0 = siempre la palabra más probable):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="247"/>
        <source>Longest answer (tokens):</source>
        <translation>Respuesta más larga (tokens):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="253"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (menor = menos palabras improbables):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="259"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Semilla (misma semilla y mensaje, misma respuesta):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="269"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automático ({count} en este equipo)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="272"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="278"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Contexto más largo (tokens, hasta el del modelo):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>todas (si llama.cpp se compiló para una GPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="284"/>
        <source>Layers on the GPU:</source>
        <translation>Capas en la GPU:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Saved conversations (instant return):</source>
        <translation>Conversaciones guardadas (regreso inmediato):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="291"/>
        <location filename="../ui/settings_dialog.py" line="421"/>
        <source>reading the keychain…</source>
        <translation>leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="292"/>
        <source>Forget token</source>
        <translation>Olvidar el token</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="299"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Token de Hugging Face (solo modelos restringidos):</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="302"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Algunos modelos (Llama, Gemma) requieren que aceptes sus condiciones en huggingface.co y un token de lectura. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="314"/>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="319"/>
        <source>Language of the window:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="321"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>La ventana cambia de idioma al guardar; no hace falta reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} está definido donde se inició Hearth y tiene prioridad sobre esto.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="336"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="346"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="404"/>
        <location filename="../ui/settings_dialog.py" line="443"/>
        <source>stored in the keychain ({masked})</source>
        <translation>guardado en el llavero ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="418"/>
        <source>(optional for a server of your own)</source>
        <translation>(opcional para un servidor propio)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="422"/>
        <source>Reading the system keychain…</source>
        <translation>Leyendo el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>no system keychain</source>
        <translation>no hay llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="431"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>No se encontró ningún llavero del sistema, así que Hearth no puede guardar claves de forma segura y no las escribirá en un archivo. Define en su lugar la variable de entorno {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="435"/>
        <source>It is set and will be used.</source>
        <translation>Está definida y se usará.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="446"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Escribe otra para reemplazarla.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="449"/>
        <source>from {variable}</source>
        <translation>desde {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>Se usa la clave de {variable}. Una clave escrita aquí la sustituye.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>paste your key</source>
        <translation>pega tu clave</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="459"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Todavía no hay clave{optional}. Se guardará en el llavero del sistema, nunca en un archivo; o define {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection problem.</source>
        <translation>Problema de conexión.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="534"/>
        <source>Asking the server for its models…</source>
        <translation>Preguntando al servidor por sus modelos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="545"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>El servidor no listó ningún modelo; escribe el nombre.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="603"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Escribe el nombre del modelo que usarás con {provider}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="627"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>La clave no se guardó; define {variable} en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="637"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>El token no se guardó; define HF_TOKEN en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="694"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>La comprobación falló de forma inesperada: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="58"/>
        <source>Model loading progress</source>
        <translation>Progreso de carga del modelo</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="82"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="85"/>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="129"/>
        <source>Checking {destination}…</source>
        <translation>Comprobando {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="131"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="133"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Conectado: {model} (alojado)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="135"/>
        <source>Ready: {model}</source>
        <translation>Listo: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="139"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="48"/>
        <source>Reading the conversation…</source>
        <translation>Leyendo la conversación…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="50"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="67"/>
        <source>HOSTED</source>
        <translation>ALOJADO</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="69"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>Sent {when}</source>
        <translation>Enviado el {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="79"/>
        <source>Answered {when}</source>
        <translation>Respondido el {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="82"/>
        <source>hosted by {provider}</source>
        <translation>alojado por {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="86"/>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="89"/>
        <source>by {model}, {where}</source>
        <translation>por {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="96"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="102"/>
        <source>first token after {seconds} s</source>
        <translation>primer token tras {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="108"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="356"/>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="370"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Respuesta interrumpida: el texto de arriba es lo que llegó.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="380"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>Detenido en el límite de {count} tokens. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="432"/>
        <source>{count} more characters.</source>
        <translation>{count} caracteres más.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="435"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="489"/>
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
        <location filename="../ui/welcome.py" line="29"/>
        <source>What can I help with?</source>
        <translation>¿En qué puedo ayudarte?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="50"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Explica con palabras sencillas cómo funciona una bomba de calor.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="51"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Escribe un correo breve y amable para rechazar una reunión.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="52"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Dame tres ideas para una cena vegetariana rápida.</translation>
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
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="162"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="164"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n resolución de nombre</numerusform>
            <numerusform>%n resoluciones de nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="166"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>No network use this session</source>
        <translation>Sin uso de red en esta sesión</translation>
    </message>
</context>
</TS>
