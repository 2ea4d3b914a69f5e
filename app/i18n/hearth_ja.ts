<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../ui/announcer.py" line="65"/>
        <source>Answer started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="121"/>
        <source>About “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="123"/>
        <source>About this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="126"/>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="130"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="135"/>
        <source>This chat&apos;s route: {route}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/conversation_list.py" line="45"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="47"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="49"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="50"/>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="124"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="126"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="154"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="155"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="127"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="128"/>
        <source>Show archived chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="130"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="131"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="132"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="133"/>
        <source>Search chats (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="134"/>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="125"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="154"/>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="155"/>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="205"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="221"/>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="222"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="253"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="282"/>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="282"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="292"/>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="293"/>
        <source>Delete this chat and all its messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="101"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="104"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="108"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="110"/>
        <source>Re-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="112"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="114"/>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attach to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="136"/>
        <source>Files that could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="138"/>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="152"/>
        <source>Not there any more: {folders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attached to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="193"/>
        <source>Add a folder of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="225"/>
        <source>Looking for files in {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="233"/>
        <source>Stopping after this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="238"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="261"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="264"/>
        <source>%n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="266"/>
        <source>a folder is not there any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="270"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="280"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="288"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="293"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="302"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <location filename="../ui/first_run.py" line="44"/>
        <source>Use the tiny starter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="47"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="65"/>
        <source>No model is installed yet. Open a GGUF file from the Models menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="69"/>
        <source>For this machine ({memory} GB of memory) Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="75"/>
        <source>For you Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="88"/>
        <source>Until then you can chat with the tiny starter model, which answers quickly but simply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="94"/>
        <source>Download {model}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message>
        <location filename="../ui/hosted_route.py" line="90"/>
        <source>Send this chat to a hosted provider?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="92"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="98"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="102"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KVCachePanel</name>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="30"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="34"/>
        <source>Delete the saved states; long conversations are then re-read when you return to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="49"/>
        <source>Off (Hearth re-reads a conversation when you return to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="51"/>
        <source>{used} MB of {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="59"/>
        <location filename="../ui/model_manager.py" line="68"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="60"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="61"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="62"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="63"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="64"/>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="69"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="70"/>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="71"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="74"/>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="75"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Starter (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="208"/>
        <location filename="../ui/model_manager.py" line="531"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="340"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="343"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="221"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="222"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="223"/>
        <source>Reveal in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="224"/>
        <source>Import GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="210"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="212"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="216"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="218"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="220"/>
        <source>Installed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="260"/>
        <source>recommended for {memory} machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="301"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="303"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="306"/>
        <source>Paused at {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="307"/>
        <source>Needs a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="338"/>
        <location filename="../ui/model_manager.py" line="343"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="378"/>
        <source>Starting {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="394"/>
        <source>Cancelled {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="402"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="410"/>
        <source>{duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="414"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="418"/>
        <source>Checking the SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="420"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="430"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="444"/>
        <source>Paused at {done} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="450"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="473"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="485"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="490"/>
        <source>Deleted {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="502"/>
        <source>Import a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="504"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="515"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="520"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="525"/>
        <source>Imported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="133"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="134"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="135"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="136"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>Network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="181"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="208"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="211"/>
        <source>The offline lock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="215"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="229"/>
        <source>(this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="246"/>
        <source>Export network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="247"/>
        <source>hearth-network-activity.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="110"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="116"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="106"/>
        <source>offline lock on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="53"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded; servers on this computer (127.0.0.1) stay reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="59"/>
        <source>Encrypt conversations on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="67"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="284"/>
        <source>Offline lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="290"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="295"/>
        <source>Encrypt conversations at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="300"/>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="350"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="193"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="240"/>
        <source>Serving %n request(s) now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="242"/>
        <source>No request is being served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="61"/>
        <source>no model set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="63"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="54"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="62"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="71"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="73"/>
        <source>Programs must send this token to use the local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="75"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Make a new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="81"/>
        <source>Keep prompt text in the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="89"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="92"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="148"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="160"/>
        <source>The token was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="169"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="93"/>
        <source>Who answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="113"/>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Hosted route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="121"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>Model (exact version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>List models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="142"/>
        <source>Model (exact version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="147"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>Forget stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168"/>
        <source>Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Longest pause between chunks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Longest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Retries before the answer starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Prompt price per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Completion price per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="180"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="182"/>
        <source>Price per million tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="184"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="191"/>
        <source>Connection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="211"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Local models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217"/>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="233"/>
        <source>System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="239"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="250"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="254"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="256"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="266"/>
        <source>automatic ({count} on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="269"/>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="275"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="279"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="281"/>
        <source>Layers on the GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="283"/>
        <source>Saved conversations (instant return):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="287"/>
        <source>Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <location filename="../ui/settings_dialog.py" line="418"/>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="289"/>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="296"/>
        <source>Hugging Face token (gated models only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="299"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="311"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="316"/>
        <source>Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="318"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="320"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="333"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="343"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="401"/>
        <location filename="../ui/settings_dialog.py" line="440"/>
        <source>stored in the keychain ({masked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="415"/>
        <source>(optional for a server of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="419"/>
        <source>Reading the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="424"/>
        <source>no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="428"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="432"/>
        <source>It is set and will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="443"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="446"/>
        <source>from {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="448"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="453"/>
        <source>paste your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="517"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="522"/>
        <source>Connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="522"/>
        <source>Connection problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="531"/>
        <source>Asking the server for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="538"/>
        <source>The server offers %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="542"/>
        <source>The server listed no models; type the name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="582"/>
        <source>hf_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="600"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="624"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="634"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="691"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="151"/>
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="153"/>
        <source>%n name lookup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="155"/>
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="156"/>
        <source>No network use this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
