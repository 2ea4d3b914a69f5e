<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../ui/announcer.py" line="65"/>
        <source>Answer started</source>
        <translation>Réponse commencée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation>
            <numerusform>Réponse arrêtée, %n mot</numerusform>
            <numerusform>Réponse arrêtée, %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation>
            <numerusform>Réponse terminée, %n mot</numerusform>
            <numerusform>Réponse terminée, %n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <location filename="../ui/answer_sources.py" line="39"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Aucun passage des documents joints ne correspondait à cette question&#xa0;; réponse donnée sans eux.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="46"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Sources (tirées de vos documents, envoyées à {destination})&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="50"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Sources (tirées de vos documents, sur cette machine)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="94"/>
        <source>Send passages of your documents?</source>
        <translation>Envoyer des passages de vos documents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="98"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Des passages de {collections} seront envoyés à {destination}.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="103"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>Des documents sont joints à cette discussion. À chaque question, les passages correspondants partent avec la discussion chez le fournisseur hébergé. Votre choix est conservé pour cette discussion.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="110"/>
        <source>Send passages</source>
        <translation>Envoyer les passages</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="114"/>
        <source>Answer without them</source>
        <translation>Répondre sans eux</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/appearance_page.py" line="24"/>
        <source>System (follow the computer&apos;s light or dark mode)</source>
        <translation>Système (suivre le mode clair ou sombre de l&apos;ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="25"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="26"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="33"/>
        <source>Text size: View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Ctrl+0 resets.</source>
        <translation>Taille du texte&#xa0;: Affichage › Texte plus grand (Ctrl+=), Texte plus petit (Ctrl+-), Ctrl+0 rétablit.</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="38"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.py" line="37"/>
        <source>Set it aside and start fresh</source>
        <translation>La mettre de côté et repartir de zéro</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="38"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="39"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="126"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}&#xa0;: le fichier est renommé {name}.damaged-&lt;date&gt;-&lt;time&gt; dans {folder}, où il reste pour une récupération.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="141"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth n&apos;a pas pu mettre {path} de côté&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="181"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Arrêt de la réponse pour changer de modèle…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="195"/>
        <source>Loading {file}…</source>
        <translation>Chargement de {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="203"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>La voie hébergée ne garde aucun modèle sur cette machine&#xa0;: rien à décharger.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="211"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modèle déchargé. Choisissez un modèle pour discuter à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="223"/>
        <source>Connecting to {destination}…</source>
        <translation>Connexion à {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="246"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>Le dernier modèle utilisé n&apos;est plus à l&apos;emplacement {path}. Choisissez un autre modèle ou ouvrez le fichier depuis son nouvel emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="340"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Ouvrez les Paramètres… pour corriger la voie hébergée.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="343"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>La voie hébergée n&apos;est pas connectée. Ouvrez les Paramètres… pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>Aucun modèle n&apos;est chargé. Choisissez d&apos;abord un modèle dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="430"/>
        <location filename="../ui/session.py" line="438"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Arrêtez d&apos;abord la réponse en cours d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="58"/>
        <source>Chat settings</source>
        <translation>Paramètres de la discussion</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="67"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="77"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="88"/>
        <source>System prompt</source>
        <translation>Invite système</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="90"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="92"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="94"/>
        <source>Max tokens</source>
        <translation>Jetons maximum</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="96"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="105"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Les valeurs non cochées suivent Paramètres › Réponses (en grisé)&#xa0;; les valeurs cochées sont</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="107"/>
        <source>this chat&apos;s own.</source>
        <translation>propres à cette discussion.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Preset name:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="615"/>
        <source>Message  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/context_meter.py" line="49"/>
        <source>{used} / {size} tokens</source>
        <translation>{used} / {size} jetons</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="51"/>
        <source>This chat uses {used} of the model&apos;s {size}-token context.</source>
        <translation>Cette discussion utilise {used} des {size} jetons de contexte du modèle.</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="55"/>
        <source>Older messages will be left out of what the model reads.</source>
        <translation>Les messages plus anciens ne seront plus lus par le modèle.</translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="119"/>
        <source>About “{title}”</source>
        <translation>À propos de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="121"/>
        <source>About this chat</source>
        <translation>À propos de ce chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="124"/>
        <source>No answers yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Coût hébergé estimé&#xa0;: {cost} (d&apos;après vos prix dans les Paramètres…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="133"/>
        <source>This chat&apos;s route: {route}.</source>
        <translation>Voie de ce chat&#xa0;: {route}.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/conversation_list.py" line="45"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="47"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="49"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="50"/>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="129"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="131"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="134"/>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="135"/>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="132"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="133"/>
        <source>Show archived chats</source>
        <translation>Afficher les discussions archivées</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="136"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="137"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="138"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="139"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>Rechercher dans les discussions (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="140"/>
        <source>Search chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="130"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>Un&amp;pin</source>
        <translation>Dés&amp;épingler</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>Un&amp;archive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="210"/>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="226"/>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="227"/>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="258"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="297"/>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="298"/>
        <source>Delete this chat and all its messages? This cannot be undone.</source>
        <translation>Supprimer cette discussion et tous ses messages&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="101"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Collections de vos fichiers, parcourues uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="104"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="108"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="110"/>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="112"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="114"/>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attach to this chat</source>
        <translation>Joindre à cette discussion</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="136"/>
        <source>Files that could not be read:</source>
        <translation>Fichiers illisibles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="138"/>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="152"/>
        <source>Not there any more: {folders}</source>
        <translation>N&apos;existe plus&#xa0;: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attached to this chat</source>
        <translation>Jointe à cette discussion</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="193"/>
        <source>Add a folder of documents</source>
        <translation>Ajouter un dossier de documents</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="225"/>
        <source>Looking for files in {name}…</source>
        <translation>Recherche de fichiers dans {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="233"/>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="238"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>Oublier la collection {name}&#xa0;? Vos fichiers ne sont pas modifiés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="261"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="264"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>(%n avec vecteurs)</numerusform>
            <numerusform>(%n avec vecteurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="266"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="268"/>
        <source>a folder is not there any more</source>
        <translation>un dossier n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="272"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="282"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Lecture de {file} ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="290"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Arrêté&#xa0;: {added} ajoutés, {updated} mis à jour, {removed} retirés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="295"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Terminé&#xa0;: {added} ajoutés, {updated} mis à jour, {removed} retirés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="304"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>N&apos;existe plus (passages conservés)&#xa0;: {folders}</translation>
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
        <translation>Téléchargement de %1&#xa0;: %2 % effectués. Cliquez pour ouvrir le gestionnaire de modèles.</translation>
    </message>
    <message>
        <location filename="../ui/download_indicator.py" line="37"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <location filename="../ui/first_run.py" line="69"/>
        <source>Use the tiny starter model</source>
        <translation>Utiliser le petit modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="70"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="109"/>
        <source>No model is installed yet. Open a GGUF file from the Models menu.</source>
        <translation>Aucun modèle n&apos;est encore installé. Ouvrez un fichier GGUF depuis le menu Modèles.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="113"/>
        <source>For this machine ({memory} GB of memory) Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Pour cette machine ({memory} Go de mémoire), Hearth suggère &lt;b&gt;{model}&lt;/b&gt; ({parameters} paramètres, {size}, {license})&#xa0;: il est téléchargé une seule fois et vérifié avec son SHA-256 épinglé.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="119"/>
        <source>For you Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>Hearth vous suggère &lt;b&gt;{model}&lt;/b&gt; ({parameters} paramètres, {size}, {license})&#xa0;: il est téléchargé une seule fois et vérifié avec son SHA-256 épinglé.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="132"/>
        <source>Until then you can chat with the tiny starter model, which answers quickly but simply.</source>
        <translation>En attendant, vous pouvez discuter avec le petit modèle de départ, qui répond vite mais simplement.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="138"/>
        <source>Download {model}</source>
        <translation>Télécharger {model}</translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message>
        <location filename="../ui/hosted_route.py" line="88"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>Envoyer cette discussion à un fournisseur hébergé&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="90"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>%n message précédent sera envoyé à {destination}.</numerusform>
            <numerusform>%n messages précédents seront envoyés à {destination}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="96"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Jusqu&apos;ici, cette discussion n&apos;a reçu de réponses que sur cette machine. Envoyer maintenant transmet tout son historique au fournisseur hébergé. Commencez une nouvelle discussion pour n&apos;envoyer que les nouveaux messages.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>KVCachePanel</name>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="30"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="34"/>
        <source>Delete the saved states; long conversations are then re-read when you return to them</source>
        <translation>Supprimer les états enregistrés&#xa0;; les longues discussions sont alors relues quand vous y revenez</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="49"/>
        <source>Off (Hearth re-reads a conversation when you return to it)</source>
        <translation>Désactivé (Hearth relit une discussion quand vous y revenez)</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="51"/>
        <source>{used} MB of {limit} MB</source>
        <translation>{used} Mo sur {limit} Mo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="180"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n réponse a été coupée à la dernière fermeture de Hearth&#xa0;; son texte a été conservé et marqué comme interrompu.</numerusform>
            <numerusform>%n réponses ont été coupées à la dernière fermeture de Hearth&#xa0;; leur texte a été conservé et marqué comme interrompu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="261"/>
        <source>Conversation</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Les messages de cette discussion. Alt+Haut et Alt+Bas les lisent un par un.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>Chat settings…</source>
        <translation>Paramètres de la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="387"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="393"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Conversation &amp;info…</source>
        <translation>In&amp;fos sur la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="414"/>
        <source>&amp;Chat settings…</source>
        <translation>Paramètres de la &amp;discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>&amp;Export conversation…</source>
        <translation>E&amp;xporter la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="430"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les discussions</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="456"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <source>&amp;Manage models…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="464"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>&amp;Décharger le modèle (libérer sa mémoire)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Requêtes du serveur local…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="482"/>
        <source>&amp;Stop the answer</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="486"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="489"/>
        <source>Copy &amp;last answer</source>
        <translation>Copier la &amp;dernière réponse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="495"/>
        <source>&amp;Regenerate answer</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="501"/>
        <source>&amp;Edit message</source>
        <translation>&amp;Modifier le message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="504"/>
        <source>C&amp;ontinue answer</source>
        <translation>C&amp;ontinuer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="509"/>
        <source>&amp;Delete message…</source>
        <translation>&amp;Supprimer le message…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="514"/>
        <source>&amp;Previous branch</source>
        <translation>Branche &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="520"/>
        <source>&amp;Next branch</source>
        <translation>Branche s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>Read the p&amp;revious message</source>
        <translation>&amp;Lire le message précédent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="532"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Lire le message suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="547"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="597"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} chargé en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>Local server requests</source>
        <translation>Requêtes du serveur local</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="682"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="683"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="715"/>
        <source>No model installed: open a GGUF file</source>
        <translation>Aucun modèle installé&#xa0;: ouvrez un fichier GGUF</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="743"/>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="745"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="828"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="893"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 répond, hébergé&#xa0;: les messages quittent cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="897"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 répond, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="899"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="900"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>Aucun modèle chargé&#xa0;: choisissez-en un ci-dessus ou ouvrez le menu Modèles.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="958"/>
        <location filename="../ui/main_window.py" line="1108"/>
        <source>Open a chat first.</source>
        <translation>Ouvrez d&apos;abord une discussion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="972"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="973"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON Hearth (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="981"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exportez en .md, .html ou .json, pas en {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="989"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n discussion exportée vers {path}.</numerusform>
            <numerusform>%n discussions exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Import chats</source>
        <translation>Importer des discussions</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Conversations (*.json)</source>
        <translation>Discussions (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1008"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>%n discussion importée depuis {file}.</numerusform>
            <numerusform>%n discussions importées depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1033"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Arrêtez la réponse en cours d&apos;écriture avant de supprimer sa discussion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1067"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>Non envoyé. Commencez une nouvelle discussion ou passez en Local dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1071"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1127"/>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1133"/>
        <location filename="../ui/main_window.py" line="1167"/>
        <location filename="../ui/main_window.py" line="1298"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Attendez la réponse ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1214"/>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1223"/>
        <source>Answer copied.</source>
        <translation>Réponse copiée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1248"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Modification d&apos;un message&#xa0;: Entrée envoie la nouvelle version comme branche, Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1259"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Seule une réponse coupée à la limite de longueur peut continuer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1278"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>Supprimer ce message et ses réponses&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1280"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>Supprimer cette réponse&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1282"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1310"/>
        <source>This chat has no other branch.</source>
        <translation>Cette discussion n&apos;a pas d&apos;autre branche.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1315"/>
        <source>No more branches that way.</source>
        <translation>Plus de branche dans cette direction.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1328"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Ce message ferait {length} caractères&#xa0;; Hearth en envoie au plus {limit}. Raccourcissez-le ou joignez le texte comme document.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1340"/>
        <source>Edit cancelled.</source>
        <translation>Modification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1372"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1400"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1403"/>
        <source>first token {seconds} s</source>
        <translation>premier jeton {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1407"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1409"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1412"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Threads&#xa0;: {count} ({reason})</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="61"/>
        <location filename="../ui/model_manager.py" line="70"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="62"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="63"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="64"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="65"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="66"/>
        <source>This machine</source>
        <translation>Cette machine</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="67"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="71"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="72"/>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="73"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="82"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="83"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Starter (built in)</source>
        <translation>De départ (intégré)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="227"/>
        <location filename="../ui/model_manager.py" line="576"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="382"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="240"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="241"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <source>Reveal in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="243"/>
        <source>Import GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="229"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Catalogue&lt;/b&gt; — fichiers épinglés, vérifiés avec leur SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Fits (needs about {size})</source>
        <translation>Tient (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>Tight (needs about {size})</source>
        <translation>Juste (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Too big (needs about {size})</source>
        <translation>Trop gros (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>Unknown (needs about {size})</source>
        <translation>Inconnu (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="231"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Installés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="235"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="237"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modèles à télécharger, chacun épinglé et vérifié avec son SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="239"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="285"/>
        <source>recommended for {memory} machines</source>
        <translation>recommandé pour les machines de {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="344"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="346"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="349"/>
        <source>Paused at {percent}</source>
        <translation>Suspendu à {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="350"/>
        <source>Needs a token</source>
        <translation>Jeton requis</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="380"/>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="420"/>
        <source>Starting {model}…</source>
        <translation>Démarrage de {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="436"/>
        <source>Cancelled {model}.</source>
        <translation>{model} annulé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="446"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="454"/>
        <source>{duration} left</source>
        <translation>{duration} restantes</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="458"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Vérification de la partie déjà téléchargée ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="462"/>
        <source>Checking the SHA-256…</source>
        <translation>Vérification du SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="464"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="466"/>
        <source>Installed.</source>
        <translation>Installé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="474"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} est installé et vérifié&#xa0;; choisissez-le dans la liste des modèles.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="488"/>
        <source>Paused at {done} of {total}.</source>
        <translation>Suspendu à {done} sur {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="494"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Téléchargement annulé&#xa0;; rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="518"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>Supprimer {file} ({size}) du dossier des modèles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="530"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>Impossible de supprimer {file}&#xa0;: {reason}. Si le modèle est chargé, choisissez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="535"/>
        <source>Deleted {file}.</source>
        <translation>{file} supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="547"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="549"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="560"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="565"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} est illisible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="570"/>
        <source>Imported {file}.</source>
        <translation>{file} importé.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="143"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="144"/>
        <source>Where</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="145"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="180"/>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="192"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="220"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>Le verrou hors ligne est activé&#xa0;: les connexions qui quitteraient cet ordinateur sont refusées.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is off.</source>
        <translation>Le verrou hors ligne est désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Cette session&#xa0;: {session}. Les {days} derniers jours&#xa0;: {recorded} enregistrées, dont {outside} hors de cet ordinateur. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="241"/>
        <source>(this computer)</source>
        <translation>(cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>name lookup</source>
        <translation>résolution de nom</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="260"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} envoyés, {received} reçus</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="267"/>
        <source>Export network activity</source>
        <translation>Exporter l&apos;activité réseau</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="268"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-activite-reseau.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="116"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Ce que Hearth a fait sur le réseau depuis son démarrage&#xa0;; %n sur cet ordinateur. Cliquez pour tout voir.</numerusform>
            <numerusform>Ce que Hearth a fait sur le réseau depuis son démarrage&#xa0;; %n sur cet ordinateur. Cliquez pour tout voir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="122"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Ce que Hearth a fait sur le réseau depuis son démarrage. Cliquez pour tout voir.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="112"/>
        <source>offline lock on</source>
        <translation>verrou hors ligne activé</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="55"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Verrou hors ligne&#xa0;: refuser toute connexion qui quitterait cet ordinateur. Les téléchargements, la voie hébergée et les tests de connexion sont refusés immédiatement et le refus est enregistré. Les serveurs de cet ordinateur (127.0.0.1), y compris le serveur local de Hearth, ne restent accessibles que si vous l&apos;autorisez ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="61"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Chiffrer les discussions et l&apos;index de vos documents sur cet ordinateur (SQLCipher, AES-256&#xa0;; la clé est conservée dans le trousseau du système). Cela protège un disque copié, le disque d&apos;un portable volé ou une sauvegarde du dossier de données. Cela ne protège pas contre une personne ou un programme qui utilise votre session déverrouillée&#xa0;: tant que vous êtes connecté, Hearth peut lire la clé, et eux aussi. La base de données est convertie au prochain démarrage de Hearth&#xa0;; la désactivation la reconvertit.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="69"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>Le chiffrement n&apos;est pas proposé&#xa0;: aucun trousseau système n&apos;a été trouvé (ou cette installation n&apos;a pas SQLCipher), et Hearth ne gardera pas la clé dans un fichier à côté des données qu&apos;elle protège.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="305"/>
        <source>Offline lock</source>
        <translation>Verrou hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="320"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Autoriser le serveur local (cet ordinateur seulement) hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="311"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 est défini là où Hearth a été lancé&#xa0;: le verrou est donc activé quel que soit ce réglage.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>Encrypt conversations at rest</source>
        <translation>Chiffrer les discussions stockées</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="321"/>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="371"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Une modification prend effet au prochain démarrage de Hearth.</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="193"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="240"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="242"/>
        <source>No request is being served.</source>
        <translation>Aucune requête en cours.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="59"/>
        <source>no model set</source>
        <translation>aucun modèle défini</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="61"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Hébergé&#xa0;: {destination} · {model} — les messages quittent cette machine</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="54"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Laisser les autres programmes de cet ordinateur utiliser le modèle de Hearth</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="62"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Les programmes d&apos;autres machines qui peuvent joindre cette adresse peuvent se connecter (il leur faut quand même le jeton). Utilisez 127.0.0.1 pour réserver le serveur à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="71"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="73"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Les programmes doivent envoyer ce jeton pour utiliser le serveur local.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="75"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy the access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Make a new access token</source>
        <translation>Créer un nouveau jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="81"/>
        <source>Keep prompt text in the request log</source>
        <translation>Conserver le texte des invites dans le journal des requêtes</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="89"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="92"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="148"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Les programmes l&apos;envoient sous la forme «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;» (la clé d&apos;API dans la plupart des outils).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="160"/>
        <source>The token was copied.</source>
        <translation>Le jeton a été copié.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="169"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Un nouveau jeton a été créé. Les programmes qui utilisent l&apos;ancien doivent recevoir celui-ci.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Who answers</source>
        <translation>Qui répond</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Local&#xa0;: un modèle sur cette machine (rien n&apos;en sort)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Hébergé&#xa0;: le serveur d&apos;un fournisseur (vos messages y sont envoyés)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="114"/>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Hosted route</source>
        <translation>Voie hébergée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 ou http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Model (exact version)</source>
        <translation>Modèle (version exacte)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Model (exact version):</source>
        <translation>Modèle (version exacte)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Forget stored key</source>
        <translation>Oublier la clé enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Connect timeout:</source>
        <translation>Délai de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Longest pause between chunks:</source>
        <translation>Pause la plus longue entre deux fragments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Longest answer:</source>
        <translation>Réponse la plus longue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Retries before the answer starts:</source>
        <translation>Nouvelles tentatives avant le début de la réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Prompt price per million tokens</source>
        <translation>Prix des invites par million de jetons</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Completion price per million tokens</source>
        <translation>Prix des réponses par million de jetons</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>prompt</source>
        <translation>invite</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>completion</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>Price per million tokens:</source>
        <translation>Prix par million de jetons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>Connection report</source>
        <translation>Rapport de connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Local models</source>
        <translation>Modèles locaux</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="221"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="236"/>
        <source>System prompt:</source>
        <translation>Invite système&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="242"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Température (0 = toujours le mot le plus probable)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="247"/>
        <source>Longest answer (tokens):</source>
        <translation>Réponse la plus longue (jetons)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="253"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (plus petit = moins de mots improbables)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="259"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Graine (même graine et même message, même réponse)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="269"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automatique ({count} sur cette machine)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="272"/>
        <source>CPU threads:</source>
        <translation>Threads du processeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="278"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Contexte le plus long (jetons, jusqu&apos;à celui du modèle)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>toutes (si llama.cpp a été compilé pour un GPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="284"/>
        <source>Layers on the GPU:</source>
        <translation>Couches sur le GPU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Saved conversations (instant return):</source>
        <translation>Discussions enregistrées (retour immédiat)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="291"/>
        <location filename="../ui/settings_dialog.py" line="421"/>
        <source>reading the keychain…</source>
        <translation>lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="292"/>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="299"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Jeton Hugging Face (modèles à accès restreint seulement)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="302"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Certains modèles (Llama, Gemma) exigent d&apos;accepter leurs conditions sur huggingface.co et un jeton de lecture. Celui-ci est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="314"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="319"/>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="321"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>La fenêtre change de langue à l&apos;enregistrement&#xa0;; inutile de redémarrer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} est défini là où Hearth a été lancé et l&apos;emporte sur ce réglage.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="336"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="346"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="404"/>
        <location filename="../ui/settings_dialog.py" line="443"/>
        <source>stored in the keychain ({masked})</source>
        <translation>enregistré dans le trousseau ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="418"/>
        <source>(optional for a server of your own)</source>
        <translation>(facultatif pour votre propre serveur)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="422"/>
        <source>Reading the system keychain…</source>
        <translation>Lecture du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>no system keychain</source>
        <translation>pas de trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="431"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé&#xa0;: Hearth ne peut pas stocker les clés en sécurité et ne les écrira pas dans un fichier. Définissez plutôt la variable d&apos;environnement {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="435"/>
        <source>It is set and will be used.</source>
        <translation>Elle est définie et sera utilisée.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="446"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau du système. Saisissez-en une autre pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="449"/>
        <source>from {variable}</source>
        <translation>depuis {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>La clé de {variable} est utilisée. Une clé saisie ici la remplace.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>paste your key</source>
        <translation>collez votre clé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="459"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Pas encore de clé{optional}. Elle sera conservée dans le trousseau du système, jamais dans un fichier&#xa0;; ou définissez {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection problem.</source>
        <translation>Problème de connexion.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="534"/>
        <source>Asking the server for its models…</source>
        <translation>Demande de ses modèles au serveur…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="545"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>Le serveur n&apos;a listé aucun modèle&#xa0;; saisissez plutôt le nom.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="603"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Saisissez le nom du modèle à utiliser avec {provider}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="627"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;; définissez plutôt {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="637"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>Le jeton n&apos;a pas été enregistré&#xa0;; définissez plutôt HF_TOKEN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="694"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>La vérification a échoué de façon inattendue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="58"/>
        <source>Model loading progress</source>
        <translation>Progression du chargement du modèle</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="82"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="85"/>
        <source>Dismiss the error</source>
        <translation>Fermer le message d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="129"/>
        <source>Checking {destination}…</source>
        <translation>Vérification de {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="131"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="133"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Connecté : {model} (hébergé)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="135"/>
        <source>Ready: {model}</source>
        <translation>Prêt : {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="139"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="48"/>
        <source>Reading the conversation…</source>
        <translation>Lecture de la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="50"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="67"/>
        <source>HOSTED</source>
        <translation>HÉBERGÉ</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="69"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>Sent {when}</source>
        <translation>Envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="79"/>
        <source>Answered {when}</source>
        <translation>Répondu le {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="82"/>
        <source>hosted by {provider}</source>
        <translation>hébergé par {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="86"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="89"/>
        <source>by {model}, {where}</source>
        <translation>par {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="96"/>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="102"/>
        <source>first token after {seconds} s</source>
        <translation>premier jeton après {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="108"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="356"/>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="370"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Réponse interrompue&#xa0;: le texte ci-dessus est ce qui est arrivé.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="380"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>Arrêté à la limite de {count} jetons. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="432"/>
        <source>{count} more characters.</source>
        <translation>{count} caractères de plus.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="435"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="489"/>
        <source>Reading {count} tokens…</source>
        <translation>Lecture de {count} jetons…</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="106"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="107"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="29"/>
        <source>What can I help with?</source>
        <translation>Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="50"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Explique simplement comment fonctionne une pompe à chaleur.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="51"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Écris un court e-mail aimable pour décliner une réunion.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="52"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Donne-moi trois idées de dîner végétarien rapide.</translation>
    </message>
</context>
<context>
    <name>WindowLook</name>
    <message>
        <location filename="../ui/window_look.py" line="61"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Afficher ou masquer la liste des discussions (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="65"/>
        <source>Conversation list</source>
        <translation>Liste des discussions</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="74"/>
        <source>&amp;Conversation list</source>
        <translation>&amp;Liste des discussions</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="82"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="89"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="96"/>
        <source>&amp;Actual size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="104"/>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="111"/>
        <source>&amp;Previous pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="117"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="162"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="164"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n résolution de nom</numerusform>
            <numerusform>%n résolutions de nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="166"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>No network use this session</source>
        <translation>Aucun accès réseau pendant cette session</translation>
    </message>
</context>
</TS>
