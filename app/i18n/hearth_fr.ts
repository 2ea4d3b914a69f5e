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
        <location filename="../ui/answer_sources.py" line="40"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>Aucun passage des documents joints ne correspondait à cette question&#xa0;; réponse donnée sans eux.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="47"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>Sources (tirées de vos documents, envoyées à {destination})&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="51"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>Sources (tirées de vos documents, sur cette machine)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="95"/>
        <source>Send passages of your documents?</source>
        <translation>Envoyer des passages de vos documents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="99"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>Des passages de {collections} seront envoyés à {destination}.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="104"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>Des documents sont joints à cette discussion. À chaque question, les passages correspondants partent avec la discussion chez le fournisseur hébergé. Votre choix est conservé pour cette discussion.</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="111"/>
        <source>Send passages</source>
        <translation>Envoyer les passages</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="115"/>
        <source>Answer without them</source>
        <translation>Répondre sans eux</translation>
    </message>
</context>
<context>
    <name>AnswerStats</name>
    <message>
        <location filename="../ui/answer_stats.py" line="35"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="38"/>
        <source>first token {seconds} s</source>
        <translation>premier jeton {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="42"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
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
    <message>
        <location filename="../ui/answer_stats.py" line="47"/>
        <source>Threads: {count} ({reason})</source>
        <translation>Threads&#xa0;: {count} ({reason})</translation>
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
        <location filename="../ui/application.py" line="133"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}&#xa0;: le fichier est renommé {name}.damaged-&lt;date&gt;-&lt;time&gt; dans {folder}, où il reste pour une récupération.</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="148"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth n&apos;a pas pu mettre {path} de côté&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog_texts.py" line="15"/>
        <source>Tiny and quick; fine for short answers and trying Hearth out on any machine.</source>
        <translation>Minuscule et rapide&#xa0;; bien pour des réponses courtes et pour essayer Hearth sur n&apos;importe quelle machine.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="18"/>
        <source>Very small multilingual model; fast on old laptops, limited reasoning.</source>
        <translation>Très petit modèle multilingue&#xa0;; rapide sur les vieux portables, raisonnement limité.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="21"/>
        <source>Smallest Qwen3; thinks step by step before answering by default.</source>
        <translation>Le plus petit Qwen3&#xa0;; par défaut, il réfléchit étape par étape avant de répondre.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="24"/>
        <source>Google&apos;s small Gemma 3; good everyday writing for its size.</source>
        <translation>Le petit Gemma 3 de Google&#xa0;; bonne rédaction au quotidien pour sa taille.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="25"/>
        <source>Meta&apos;s small Llama; quick, long context, decent at summaries.</source>
        <translation>Le petit Llama de Meta&#xa0;; rapide, long contexte, correct pour les résumés.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="26"/>
        <source>Hugging Face&apos;s open 1.7B model, trained on openly documented data.</source>
        <translation>Le modèle ouvert de 1,7&#xa0;B de Hugging Face, entraîné sur des données documentées publiquement.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="29"/>
        <source>Small, multilingual and good at following instructions.</source>
        <translation>Petit, multilingue et doué pour suivre les instructions.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="30"/>
        <source>Qwen3 with step-by-step thinking; a strong small reasoner.</source>
        <translation>Qwen3 avec réflexion étape par étape&#xa0;; un petit modèle qui raisonne bien.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="31"/>
        <source>Google&apos;s Gemma 2; friendly, fluent English writing.</source>
        <translation>Le Gemma 2 de Google&#xa0;; une écriture anglaise aimable et fluide.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="32"/>
        <source>Balanced quality and speed; the pick for machines with 8 GB of memory.</source>
        <translation>Qualité et vitesse équilibrées&#xa0;; le choix pour les machines avec 8&#xa0;Go de mémoire.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="35"/>
        <source>Microsoft&apos;s Phi-3.5 mini; good at reasoning and code for its size.</source>
        <translation>Le Phi-3.5 mini de Microsoft&#xa0;; bon en raisonnement et en code pour sa taille.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="38"/>
        <source>Qwen3 4B with thinking mode; strong reasoning on a laptop.</source>
        <translation>Qwen3 4B avec mode réflexion&#xa0;; un raisonnement solide sur un portable.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="39"/>
        <source>Google&apos;s Gemma 3 4B; capable all-rounder with a long context.</source>
        <translation>Le Gemma 3 4B de Google&#xa0;; un modèle polyvalent et capable, avec un long contexte.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="40"/>
        <source>The best answers in this list; the pick for a typical 16 GB laptop.</source>
        <translation>Les meilleures réponses de cette liste&#xa0;; le choix pour un portable typique de 16&#xa0;Go.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="43"/>
        <source>The default for document search in English: good recall, 146 MB.</source>
        <translation>Le choix par défaut pour la recherche de documents en anglais&#xa0;: bon rappel, 146&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="46"/>
        <source>Light document search in English: 37 MB, quick on any machine.</source>
        <translation>Recherche de documents légère en anglais&#xa0;: 37&#xa0;Mo, rapide sur toute machine.</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="47"/>
        <source>Multilingual document search (over 100 languages): 639 MB, slower.</source>
        <translation>Recherche de documents multilingue (plus de 100 langues)&#xa0;: 639&#xa0;Mo, plus lente.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="182"/>
        <source>Stopping the answer to switch models…</source>
        <translation>Arrêt de la réponse pour changer de modèle…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="196"/>
        <source>Loading {file}…</source>
        <translation>Chargement de {file}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="204"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>La voie hébergée ne garde aucun modèle sur cette machine&#xa0;: rien à décharger.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="212"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>Modèle déchargé. Choisissez un modèle pour discuter à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="224"/>
        <source>Connecting to {destination}…</source>
        <translation>Connexion à {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="247"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>Le dernier modèle utilisé n&apos;est plus à l&apos;emplacement {path}. Choisissez un autre modèle ou ouvrez le fichier depuis son nouvel emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="341"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>Ouvrez les Paramètres… pour corriger la voie hébergée.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>La voie hébergée n&apos;est pas connectée. Ouvrez les Paramètres… pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="345"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>Aucun modèle n&apos;est chargé. Choisissez d&apos;abord un modèle dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="431"/>
        <location filename="../ui/session.py" line="439"/>
        <source>Stop the answer that is being written first.</source>
        <translation>Arrêtez d&apos;abord la réponse en cours d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="61"/>
        <source>Chat settings</source>
        <translation>Paramètres de la discussion</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="76"/>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="80"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="91"/>
        <source>System prompt</source>
        <translation>Invite système</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="93"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="95"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Max tokens</source>
        <translation>Jetons maximum</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="99"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="100"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="108"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>Les valeurs non cochées suivent Paramètres › Réponses (en grisé)&#xa0;; les valeurs cochées sont</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="110"/>
        <source>this chat&apos;s own.</source>
        <translation>propres à cette discussion.</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Preset name:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="639"/>
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
    <name>ConversationFiles</name>
    <message>
        <location filename="../ui/conversation_files.py" line="44"/>
        <source>&amp;Export conversation…</source>
        <translation>E&amp;xporter la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="49"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="74"/>
        <source>Open a chat first.</source>
        <translation>Ouvrez d&apos;abord une discussion.</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="88"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="89"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON Hearth (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="96"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>Exportez en .md, .html ou .json, pas en {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="104"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n discussion exportée vers {path}.</numerusform>
            <numerusform>%n discussions exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="116"/>
        <source>Import chats</source>
        <translation>Importer des discussions</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="118"/>
        <source>Conversations (*.json)</source>
        <translation>Discussions (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="126"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>%n discussion importée depuis {file}.</numerusform>
            <numerusform>%n discussions importées depuis {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="123"/>
        <source>About “{title}”</source>
        <translation>À propos de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="125"/>
        <source>About this chat</source>
        <translation>À propos de ce chat</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>No answers yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="132"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>Coût hébergé estimé&#xa0;: {cost} (d&apos;après vos prix dans les Paramètres…)</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="137"/>
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
    <name>Core</name>
    <message>
        <location filename="../core/catalog.py" line="130"/>
        <source>{where}, entry {entry}, field {field}: {message}</source>
        <translation>{where}, entrée {entry}, champ {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="138"/>
        <source>{where}, entry {entry}: {message}</source>
        <translation>{where}, entrée {entry}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="145"/>
        <source>{where}, field {field}: {message}</source>
        <translation>{where}, champ {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="151"/>
        <source>{where}: {message}</source>
        <translation>{where}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="192"/>
        <source>must be a non-empty text value in quotes</source>
        <translation>doit être un texte non vide entre guillemets</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="197"/>
        <source>must be {expected}, got {value}</source>
        <translation>doit être {expected}, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="207"/>
        <source>a Hugging Face repository such as &apos;owner/name&apos;</source>
        <translation>un dépôt Hugging Face comme «&#xa0;owner/name&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="221"/>
        <source>must be {expected}, got {value}: {error}</source>
        <translation>doit être {expected}, reçu {value}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="234"/>
        <source>must be a whole number, got {value}</source>
        <translation>doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="240"/>
        <source>must be greater than zero, got {value}</source>
        <translation>doit être supérieur à zéro, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="250"/>
        <source>must be true or false, got {value}</source>
        <translation>doit être true ou false, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="256"/>
        <source>64 hexadecimal characters (a SHA-256)</source>
        <translation>64 caractères hexadécimaux (un SHA-256)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="274"/>
        <source>must be a text value in quotes, got {value}</source>
        <translation>doit être un texte entre guillemets, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="290"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>doit être l&apos;un de {choices}, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="299"/>
        <source>lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>des minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="304"/>
        <source>a 40-hex commit or a branch name</source>
        <translation>un commit de 40 caractères hexadécimaux ou un nom de branche</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="308"/>
        <source>a plain file name ending in .gguf (no folders)</source>
        <translation>un simple nom de fichier finissant par .gguf (sans dossier)</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="314"/>
        <source>a parameter count such as &apos;360M&apos; or &apos;1.5B&apos;</source>
        <translation>un nombre de paramètres comme «&#xa0;360M&#xa0;» ou «&#xa0;1.5B&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="385"/>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="401"/>
        <source>is missing: an embedding model needs &apos;mean&apos;, &apos;cls&apos; or &apos;last&apos;</source>
        <translation>est manquant&#xa0;: un modèle d&apos;embedding a besoin de «&#xa0;mean&#xa0;», «&#xa0;cls&#xa0;» ou «&#xa0;last&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="409"/>
        <source>is not a known field and was ignored</source>
        <translation>n&apos;est pas un champ connu et a été ignoré</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="420"/>
        <source>not valid TOML: {error}</source>
        <translation>TOML non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="426"/>
        <source>unknown top-level key {key} was ignored</source>
        <translation>la clé de premier niveau inconnue {key} a été ignorée</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="434"/>
        <source>&apos;models&apos; must be a list of [[models]] tables</source>
        <translation>«&#xa0;models&#xa0;» doit être une liste de tables [[models]]</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="445"/>
        <source>is not UTF-8 text: {error}</source>
        <translation>n&apos;est pas du texte UTF-8&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="449"/>
        <source>cannot be read: {error}</source>
        <translation>ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="529"/>
        <source>the same id appears earlier in this file; this entry was left out</source>
        <translation>le même id apparaît plus haut dans ce fichier&#xa0;; cette entrée a été écartée</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="552"/>
        <source>this override was ignored</source>
        <translation>cette surcharge a été ignorée</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="554"/>
        <source>this entry was left out</source>
        <translation>cette entrée a été écartée</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="157"/>
        <source>Your documents could not be searched ({error}); answering without them.</source>
        <translation>Vos documents n&apos;ont pas pu être consultés ({error})&#xa0;; réponse sans eux.</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="190"/>
        <source>The answer failed unexpectedly: {error}</source>
        <translation>La réponse a échoué de façon inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="37"/>
        <source>Hosted · {provider} · {model}</source>
        <translation>Hébergé · {provider} · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="42"/>
        <source>Local · {model}</source>
        <translation>Local · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="45"/>
        <source>{answers} answer(s), {prompt:,} prompt + {completion:,} completion tokens</source>
        <translation>{answers} réponse(s), {prompt:,} jetons de requête + {completion:,} jetons de réponse</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="54"/>
        <source>{where}: {tokens}, no charge (ran on this machine)</source>
        <translation>{where}&#xa0;: {tokens}, gratuit (exécuté sur cette machine)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="59"/>
        <source>{where}: {tokens}, no price set (add one in Settings… to see an estimate)</source>
        <translation>{where}&#xa0;: {tokens}, aucun prix défini (ajoutez-en un dans les Paramètres… pour voir une estimation)</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="64"/>
        <source>{where}: {tokens}, about ${cost:.4f}</source>
        <translation>{where}&#xa0;: {tokens}, environ {cost:.4f}&#xa0;$</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="89"/>
        <source>nothing accepts connections there (the connection was refused)</source>
        <translation>rien n&apos;y accepte de connexions (la connexion a été refusée)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="92"/>
        <source>that computer cannot be reached (no route to it)</source>
        <translation>cet ordinateur est injoignable (aucune route vers lui)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="95"/>
        <source>that computer cannot be reached (it appears to be down)</source>
        <translation>cet ordinateur est injoignable (il semble éteint)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="149"/>
        <source>Download paused; it will continue where it stopped.</source>
        <translation>Téléchargement suspendu&#xa0;; il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="151"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="158"/>
        <source>The file was replaced upstream; nothing was downloaded.</source>
        <translation>Le fichier a été remplacé à la source&#xa0;; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="161"/>
        <source>The catalog entry is out of date; nothing was downloaded.</source>
        <translation>L&apos;entrée du catalogue est périmée&#xa0;; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="166"/>
        <source>the server answered {status}</source>
        <translation>le serveur a répondu {status}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="193"/>
        <source>it did not answer</source>
        <translation>il n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="417"/>
        <source>Downloading {name} stopped: {error}.</source>
        <translation>Le téléchargement de {name} s&apos;est arrêté&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="422"/>
        <source>Check that the models folder is writable and the disk is not full.</source>
        <translation>Vérifiez que le dossier des modèles est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="431"/>
        <source>Downloading {name} stopped on an unexpected error: {error}.</source>
        <translation>Le téléchargement de {name} s&apos;est arrêté sur une erreur inattendue&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="438"/>
        <source>The part already downloaded is kept. Please report this if it happens again.</source>
        <translation>La partie déjà téléchargée est conservée. Signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="455"/>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>{name} est déjà en cours de téléchargement par une autre fenêtre ou commande Hearth.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="462"/>
        <source>Wait for that download to finish, or stop it there.</source>
        <translation>Attendez la fin de ce téléchargement, ou arrêtez-le là-bas.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="481"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded.</source>
        <translation>Le mode hors ligne de Hugging Face est activé (HF_HUB_OFFLINE)&#xa0;: rien ne peut être téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="487"/>
        <source>Unset HF_HUB_OFFLINE and try again.</source>
        <translation>Supprimez HF_HUB_OFFLINE et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="523"/>
        <source>The downloaded file for {name} changed on disk while it was downloading ({size:,} bytes instead of {expected:,}). It was deleted and not installed.</source>
        <translation>Le fichier téléchargé pour {name} a changé sur le disque pendant le téléchargement ({size:,} octets au lieu de {expected:,}). Il a été supprimé et n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="533"/>
        <source>Download it again.</source>
        <translation>Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="540"/>
        <source>The downloaded file for {name} does not match its pin (expected SHA-256 {expected}, got {digest}). It was deleted and not installed.</source>
        <translation>Le fichier téléchargé pour {name} ne correspond pas à son épinglage (SHA-256 attendu {expected}, obtenu {digest}). Il a été supprimé et n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="550"/>
        <source>Try again later; if it keeps happening, the file on the server has changed and the catalog entry needs updating.</source>
        <translation>Réessayez plus tard&#xa0;; si cela se reproduit, le fichier a changé sur le serveur et l&apos;entrée du catalogue doit être mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="587"/>
        <source>cannot reach {host}: {error}</source>
        <translation>impossible de joindre {host}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="595"/>
        <source>The server resolved {repo} at {revision} to a different commit ({commit}).</source>
        <translation>Le serveur a résolu {repo} à {revision} vers un autre commit ({commit}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="605"/>
        <source>The catalog pin cannot be honoured; nothing was downloaded.</source>
        <translation>L&apos;épinglage du catalogue ne peut pas être respecté&#xa0;; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="614"/>
        <source>{file} in {repo} at {revision} is {size:,} bytes, but the catalog pins {expected:,}.</source>
        <translation>{file} dans {repo} à {revision} fait {size:,} octets, mais le catalogue en fixe {expected:,}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="632"/>
        <source>{file} in {repo} at {revision} has SHA-256 {digest}, but the catalog pins {expected}.</source>
        <translation>{file} dans {repo} à {revision} a le SHA-256 {digest}, mais le catalogue fixe {expected}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="671"/>
        <source>no data arrived for {seconds:g} seconds</source>
        <translation>aucune donnée reçue depuis {seconds:g} secondes</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="676"/>
        <source>the connection timed out ({error})</source>
        <translation>la connexion a expiré ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="688"/>
        <source>the connection failed ({error})</source>
        <translation>la connexion a échoué ({error})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="695"/>
        <source>Hearth could not write {path}: {error}.</source>
        <translation>Hearth n&apos;a pas pu écrire {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="700"/>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="712"/>
        <source>the server sent more bytes than the pinned size; starting over</source>
        <translation>le serveur a envoyé plus d&apos;octets que la taille épinglée&#xa0;; on recommence</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="720"/>
        <source>the server closed the connection before the end of the file</source>
        <translation>le serveur a fermé la connexion avant la fin du fichier</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="753"/>
        <source>the server refused to continue the partial file; starting over</source>
        <translation>le serveur a refusé de reprendre le fichier partiel&#xa0;; on recommence</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="770"/>
        <source>the server sent the wrong part of the file; starting over</source>
        <translation>le serveur a envoyé la mauvaise partie du fichier&#xa0;; on recommence</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="781"/>
        <source>Unexpected answer {status} from {url}.</source>
        <translation>Réponse inattendue {status} de {url}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="801"/>
        <source>Not enough disk space for {name}: it needs {needed} free in {folder} (the file plus {margin} to spare), and {free} is free.</source>
        <translation>Pas assez d&apos;espace disque pour {name}&#xa0;: il faut {needed} libres dans {folder} (le fichier plus {margin} de marge), et {free} sont libres.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="813"/>
        <source>Free up at least {size} and try again.</source>
        <translation>Libérez au moins {size} et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="835"/>
        <source>Hearth {why}.</source>
        <translation>Hearth {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="837"/>
        <source>Check the internet connection and that the address is right (HF_ENDPOINT, if you set it), and that no firewall or proxy blocks it; then try again. The part already downloaded is kept.</source>
        <translation>Vérifiez la connexion Internet, que l&apos;adresse est correcte (HF_ENDPOINT, si vous l&apos;avez défini) et qu&apos;aucun pare-feu ni proxy ne la bloque&#xa0;; puis réessayez. La partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="849"/>
        <source>Downloading {name} failed after {attempts} attempts: {why}.</source>
        <translation>Le téléchargement de {name} a échoué après {attempts} tentatives&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="858"/>
        <source>Check your internet connection and try again; the part already downloaded is kept.</source>
        <translation>Vérifiez votre connexion Internet et réessayez&#xa0;; la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="881"/>
        <source>{why}; retrying in {seconds:.0f} s (attempt {n} of {total})</source>
        <translation>{why}&#xa0;; nouvel essai dans {seconds:.0f}&#xa0;s (tentative {n} sur {total})</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="906"/>
        <source>could not connect to {host} because {why}</source>
        <translation>n&apos;a pas pu se connecter à {host}, car {why}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="917"/>
        <source>Offline lock is on: downloads are off.</source>
        <translation>Le verrou hors ligne est activé&#xa0;: les téléchargements sont désactivés.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="930"/>
        <source>The secure connection to {host} could not be verified ({error}), so nothing was downloaded.</source>
        <translation>La connexion sécurisée à {host} n&apos;a pas pu être vérifiée ({error}), donc rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="939"/>
        <source>Hearth only downloads over verified HTTPS. Check the computer&apos;s date and any proxy or security software that intercepts connections.</source>
        <translation>Hearth ne télécharge que par HTTPS vérifié. Vérifiez la date de l&apos;ordinateur et tout proxy ou logiciel de sécurité qui intercepte les connexions.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="962"/>
        <source>You appear to be offline: Hearth could not reach {host} ({error}).</source>
        <translation>Vous semblez être hors ligne&#xa0;: Hearth n&apos;a pas pu joindre {host} ({error}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="969"/>
        <source>Check the internet connection (and HF_ENDPOINT, if you set it) and try again; the part already downloaded is kept.</source>
        <translation>Vérifiez la connexion Internet (et HF_ENDPOINT, si vous l&apos;avez défini) et réessayez&#xa0;; la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="985"/>
        <source>Open {page} while signed in to Hugging Face, accept the model&apos;s terms, then add a Hugging Face access token in Hearth (it is kept in your system keychain).</source>
        <translation>Ouvrez {page} en étant connecté à Hugging Face, acceptez les conditions du modèle, puis ajoutez un jeton d&apos;accès Hugging Face dans Hearth (il est conservé dans le trousseau de votre système).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="998"/>
        <source>Your Hugging Face token does not have access to {repo} yet.</source>
        <translation>Votre jeton Hugging Face n&apos;a pas encore accès à {repo}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1004"/>
        <source>Open {page} with the account that owns the token, accept the model&apos;s terms and try again.</source>
        <translation>Ouvrez {page} avec le compte auquel appartient le jeton, acceptez les conditions du modèle et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1015"/>
        <source>{name} is in a gated repository: Hugging Face asks you to accept its terms first.</source>
        <translation>{name} se trouve dans un dépôt protégé&#xa0;: Hugging Face vous demande d&apos;abord d&apos;accepter ses conditions.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1028"/>
        <source>The pinned revision {revision} of {repo} does not exist on {host}.</source>
        <translation>La révision épinglée {revision} de {repo} n&apos;existe pas sur {host}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1041"/>
        <source>{file} is not in {repo} at revision {revision}.</source>
        <translation>{file} n&apos;est pas dans {repo} à la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1052"/>
        <source>{host} did not find {repo}, or it needs you to sign in.</source>
        <translation>{host} n&apos;a pas trouvé {repo}, ou vous devez vous connecter.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1059"/>
        <source>If the repository is private or gated: {hint}</source>
        <translation>Si le dépôt est privé ou protégé&#xa0;: {hint}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>{host} refused access to {repo} ({status}).</source>
        <translation>{host} a refusé l&apos;accès à {repo} ({status}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1078"/>
        <source>The file was not found at {url}.</source>
        <translation>Le fichier est introuvable à {url}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1080"/>
        <source>Check HF_ENDPOINT (Hearth used {host}) or the catalog entry {entry}; nothing was downloaded.</source>
        <translation>Vérifiez HF_ENDPOINT (Hearth a utilisé {host}) ou l&apos;entrée de catalogue {entry}&#xa0;; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1092"/>
        <source>{host} answered {status} for {file}.</source>
        <translation>{host} a répondu {status} pour {file}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1097"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="97"/>
        <source>{path} is encrypted, and its key is not in your system keychain (the keychain may be locked, or this is another account or computer). Hearth left the file as it is. Unlock the keychain, then try again.</source>
        <translation>{path} est chiffré, et sa clé n&apos;est pas dans le trousseau de votre système (le trousseau est peut-être verrouillé, ou il s&apos;agit d&apos;un autre compte ou d&apos;un autre ordinateur). Hearth a laissé le fichier tel quel. Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="253"/>
        <source>Converting {path} did not produce a faithful copy ({found} for {expected}); the file was left as it was.</source>
        <translation>La conversion de {path} n&apos;a pas donné une copie fidèle ({found} au lieu de {expected})&#xa0;; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="270"/>
        <source>{path} is in use by another program, so Hearth did not convert it. Close that program, then try again.</source>
        <translation>{path} est utilisé par un autre programme, donc Hearth ne l&apos;a pas converti. Fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="284"/>
        <source>Hearth could not convert {path} ({error}); the file was left as it was. Free some disk space, or switch encryption back in Settings › Privacy.</source>
        <translation>Hearth n&apos;a pas pu convertir {path} ({error})&#xa0;; le fichier est resté tel quel. Libérez de l&apos;espace disque, ou rétablissez le chiffrement dans Paramètres › Confidentialité.</translation>
    </message>
    <message>
        <location filename="../core/engines/base.py" line="114"/>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="71"/>
        <source>the key stored in the keychain</source>
        <translation>clé enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="73"/>
        <source>the key from {variable}</source>
        <translation>clé de {variable}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="75"/>
        <source>the key entered in Settings</source>
        <translation>clé saisie dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="76"/>
        <source>no key</source>
        <translation>sans clé</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="80"/>
        <source>Checking {url} with {key}.</source>
        <translation>Vérification de {url} ({key}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="94"/>
        <source>Ready: answers will come from {label}.</source>
        <translation>Prêt&#xa0;: les réponses viendront de {label}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="115"/>
        <source>The server answered but does not list its models.</source>
        <translation>Le serveur a répondu mais ne liste pas ses modèles.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="122"/>
        <source>The key was accepted.</source>
        <translation>La clé a été acceptée.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="125"/>
        <source>The server offers {count} model(s).</source>
        <translation>Le serveur propose {count} modèle(s).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="132"/>
        <source>The model &apos;{model}&apos; is available.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» est disponible.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="139"/>
        <source>The model &apos;{model}&apos; is not among them. Offered: {offered}</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» n&apos;en fait pas partie. Proposés&#xa0;: {offered}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="166"/>
        <source>The model &apos;{model}&apos; answered a one-token request.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» a répondu à une requête d&apos;un jeton.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="71"/>
        <source>No server address is set.</source>
        <translation>Aucune adresse de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="73"/>
        <source>Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1.</source>
        <translation>Saisissez son URL de base dans les Paramètres…, par exemple http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="82"/>
        <source>&apos;{url}&apos; is not a server address Hearth can use.</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse de serveur utilisable par Hearth.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="86"/>
        <source>Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1.</source>
        <translation>Utilisez une URL comme https://example.com/v1 ou http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="93"/>
        <source>The server address contains a user name or password.</source>
        <translation>L&apos;adresse du serveur contient un nom d&apos;utilisateur ou un mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="95"/>
        <source>Remove it from the URL and put the key in the API key field instead.</source>
        <translation>Retirez-le de l&apos;URL et mettez plutôt la clé dans le champ «&#xa0;Clé d&apos;API&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="103"/>
        <source>Hearth will not send your conversation to {host} over plain http: anyone on the way could read it.</source>
        <translation>Hearth n&apos;enverra pas votre conversation à {host} en http non chiffré&#xa0;: n&apos;importe qui sur le trajet pourrait la lire.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="111"/>
        <source>Use an https:// address. Plain http is allowed only for servers on this machine.</source>
        <translation>Utilisez une adresse https://. Le http non chiffré n&apos;est permis que pour les serveurs de cette machine.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="131"/>
        <source>No API key for {provider} was found.</source>
        <translation>Aucune clé d&apos;API n&apos;a été trouvée pour {provider}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="134"/>
        <source>Enter one in Settings… (it is kept in the system keychain) or set the {variable} environment variable.</source>
        <translation>Saisissez-en une dans les Paramètres… (elle est conservée dans le trousseau du système) ou définissez la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="157"/>
        <source>&apos;{provider}&apos; is not a hosted provider Hearth knows.</source>
        <translation>«&#xa0;{provider}&#xa0;» n&apos;est pas un fournisseur hébergé connu de Hearth.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="164"/>
        <source>No model is set for {provider}.</source>
        <translation>Aucun modèle n&apos;est défini pour {provider}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="165"/>
        <source>Enter the exact model name in Settings….</source>
        <translation>Saisissez le nom exact du modèle dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="160"/>
        <source>This hosted engine was closed.</source>
        <translation>Ce moteur hébergé a été fermé.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="207"/>
        <source>{why}, retrying in {seconds} s</source>
        <translation>{why}, nouvel essai dans {seconds}&#xa0;s</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="263"/>
        <source>Open Settings… and enter a valid API key.</source>
        <translation>Ouvrez les Paramètres… et saisissez une clé d&apos;API valide.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="266"/>
        <source>The key came from {variable}; fix it there or store one in Settings….</source>
        <translation>La clé vient de {variable}&#xa0;; corrigez-la là-bas ou enregistrez-en une dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="274"/>
        <source>{where} rejected the API key.</source>
        <translation>{where} a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="282"/>
        <source>{where} refused access with this key ({message}).</source>
        <translation>{where} a refusé l&apos;accès avec cette clé ({message}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="289"/>
        <source>Check the key&apos;s permissions, or open Settings… to use another key.</source>
        <translation>Vérifiez les droits de la clé, ou ouvrez les Paramètres… pour en utiliser une autre.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="300"/>
        <source>{where} does not know the model &apos;{model}&apos;.</source>
        <translation>{where} ne connaît pas le modèle «&#xa0;{model}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="305"/>
        <source>Check the exact model name in Settings… (List models shows what is offered).</source>
        <translation>Vérifiez le nom exact du modèle dans les Paramètres… («&#xa0;Lister les modèles&#xa0;» montre ce qui est proposé).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="317"/>
        <source>{where} is rate limiting requests and did not answer after retrying.</source>
        <translation>{where} limite le débit des requêtes et n&apos;a pas répondu après plusieurs essais.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="324"/>
        <source>Wait a minute and send again, or check your plan&apos;s limits.</source>
        <translation>Attendez une minute et renvoyez, ou vérifiez les limites de votre abonnement.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="331"/>
        <source>rate limited</source>
        <translation>débit limité</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="337"/>
        <source>{where} is unavailable right now (HTTP {status}).</source>
        <translation>{where} n&apos;est pas disponible pour le moment (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="343"/>
        <source>Try again in a little while.</source>
        <translation>Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="348"/>
        <source>server busy (HTTP {status})</source>
        <translation>serveur occupé (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="355"/>
        <source>{where} failed with a server error (HTTP {status}): {message}</source>
        <translation>{where} a échoué sur une erreur serveur (HTTP {status})&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="367"/>
        <source>{where} refused the request (HTTP {status}): {message}</source>
        <translation>{where} a refusé la requête (HTTP {status})&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="375"/>
        <source>The conversation may be too long for this model, or a setting is out of range.</source>
        <translation>La conversation est peut-être trop longue pour ce modèle, ou un réglage est hors limites.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="406"/>
        <source>Offline lock is on: the hosted route cannot reach {where}.</source>
        <translation>Le verrou hors ligne est activé&#xa0;: la voie hébergée ne peut pas joindre {where}.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="412"/>
        <source>Turn it off in Settings › Privacy. Or switch to Local.</source>
        <translation>Désactivez-le dans Paramètres › Confidentialité. Ou passez en local.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="424"/>
        <source>{where} sent nothing for {seconds:g} s, so the answer was cut off; the part already shown was kept.</source>
        <translation>{where} n&apos;a rien envoyé pendant {seconds:g}&#xa0;s, la réponse a donc été coupée&#xa0;; la partie déjà affichée est conservée.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="433"/>
        <source>Send again, or raise the chunk timeout in Settings….</source>
        <translation>Renvoyez, ou augmentez le délai par fragment dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="442"/>
        <source>{where} did not answer within the time limits ({connect:g} s to connect, {chunk:g} s per chunk).</source>
        <translation>{where} n&apos;a pas répondu dans les délais ({connect:g}&#xa0;s pour se connecter, {chunk:g}&#xa0;s par fragment).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="452"/>
        <source>Check the server, or raise the timeouts in Settings….</source>
        <translation>Vérifiez le serveur, ou augmentez les délais dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="463"/>
        <source>The connection to {where} was lost mid-answer; the part already shown was kept.</source>
        <translation>La connexion à {where} a été perdue en pleine réponse&#xa0;; la partie déjà affichée est conservée.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="470"/>
        <source>Send again to get a full answer.</source>
        <translation>Renvoyez pour obtenir une réponse complète.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="476"/>
        <source>Hearth could not reach {where} ({url}).</source>
        <translation>Hearth n&apos;a pas pu joindre {where} ({url}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="481"/>
        <source>Check your connection and the server address in Settings….</source>
        <translation>Vérifiez votre connexion et l&apos;adresse du serveur dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="487"/>
        <source>could not connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="500"/>
        <source>{where} reported an error mid-answer: {message}</source>
        <translation>{where} a signalé une erreur en pleine réponse&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="512"/>
        <source>{where} sent a streamed answer Hearth could not read ({error}).</source>
        <translation>{where} a envoyé une réponse en flux que Hearth n&apos;a pas pu lire ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="520"/>
        <source>The server may not be fully compatible with the API; check its version.</source>
        <translation>Le serveur n&apos;est peut-être pas entièrement compatible avec l&apos;API&#xa0;; vérifiez sa version.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="528"/>
        <source>Try again; if it persists, the service may be having problems.</source>
        <translation>Réessayez&#xa0;; si cela persiste, le service a peut-être des problèmes.</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/errors.py" line="12"/>
        <source>Open Settings… to check the hosted route.</source>
        <translation>Ouvrez les Paramètres… pour vérifier la voie hébergée.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="184"/>
        <source>Loading {name} was cancelled.</source>
        <translation>Le chargement de {name} a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="191"/>
        <source>Loading {name} took longer than {seconds:.0f} s.</source>
        <translation>Le chargement de {name} a pris plus de {seconds:.0f}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="198"/>
        <source>The file may be damaged, or too large for this machine.</source>
        <translation>Le fichier est peut-être endommagé, ou trop gros pour cette machine.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="231"/>
        <source>{name} could not be loaded: llama.cpp crashed while loading it (signal {signal}).</source>
        <translation>{name} n&apos;a pas pu être chargé&#xa0;: llama.cpp a planté pendant le chargement (signal {signal}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="240"/>
        <source>{name} could not be loaded: the loader exited with status {status}.</source>
        <translation>{name} n&apos;a pas pu être chargé&#xa0;: le chargeur s&apos;est terminé avec le code {status}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="247"/>
        <source>The file may be damaged or made for a newer llama.cpp; try downloading it again.</source>
        <translation>Le fichier est peut-être endommagé ou prévu pour un llama.cpp plus récent&#xa0;; essayez de le télécharger à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="360"/>
        <source>{name} cannot be used: {reason}.</source>
        <translation>{name} ne peut pas être utilisé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="399"/>
        <source>{name} is a “{architecture}” model, an architecture this version of llama.cpp does not know.</source>
        <translation>{name} est un modèle «&#xa0;{architecture}&#xa0;», une architecture que cette version de llama.cpp ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="407"/>
        <source>Pick another model, or update Hearth.</source>
        <translation>Choisissez un autre modèle, ou mettez Hearth à jour.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="411"/>
        <source>llama.cpp could not load {name} ({error}).</source>
        <translation>llama.cpp n&apos;a pas pu charger {name} ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="416"/>
        <source>The file may be damaged, or this machine may lack the memory for it.</source>
        <translation>Le fichier est peut-être endommagé, ou cette machine manque de mémoire pour lui.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="449"/>
        <source>{name} (local)</source>
        <translation>{name} (local)</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="473"/>
        <source>{name} cannot be used. {reason}</source>
        <translation>{name} ne peut pas être utilisé. {reason}</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="478"/>
        <source>The model file&apos;s chat template is broken or unsafe; try another model.</source>
        <translation>Le modèle de conversation du fichier est défectueux ou dangereux&#xa0;; essayez un autre modèle.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="602"/>
        <source>The model file&apos;s template is broken or unsafe; try another model.</source>
        <translation>Le gabarit du fichier de modèle est défectueux ou dangereux&#xa0;; essayez un autre modèle.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="627"/>
        <source>The message is too long for this model: it needs {tokens:,} tokens and the model&apos;s context holds {context:,} (with room for the answer).</source>
        <translation>Le message est trop long pour ce modèle&#xa0;: il lui faut {tokens:,} jetons et le contexte du modèle en contient {context:,} (avec de la place pour la réponse).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="636"/>
        <source>Shorten the message, or pick a model with a longer context.</source>
        <translation>Raccourcissez le message, ou choisissez un modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="680"/>
        <source>llama.cpp failed while computing the answer ({error}).</source>
        <translation>llama.cpp a échoué en calculant la réponse ({error}).</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="686"/>
        <source>Try again; if it keeps failing, lower the context size in Settings.</source>
        <translation>Réessayez&#xa0;; si l&apos;échec persiste, réduisez la taille du contexte dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="854"/>
        <source>The model was unloaded.</source>
        <translation>Le modèle a été déchargé.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="855"/>
        <source>Pick a model again.</source>
        <translation>Choisissez de nouveau un modèle.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="870"/>
        <source>The oldest message of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and was left out of this answer.</source>
        <translation>Le message le plus ancien de cette discussion (à partir de «&#xa0;{quote}&#xa0;») ne tenait pas dans le contexte de {context:,} jetons du modèle et a été laissé de côté pour cette réponse.</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="876"/>
        <source>The {count} oldest messages of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and were left out of this answer.</source>
        <translation>Les {count} messages les plus anciens de cette discussion (à partir de «&#xa0;{quote}&#xa0;») ne tenaient pas dans le contexte de {context:,} jetons du modèle et ont été laissés de côté pour cette réponse.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="254"/>
        <source>{where} must be an object, not {kind}.</source>
        <translation>{where} doit être un objet, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="267"/>
        <source>{where} has no {key}.</source>
        <translation>{where} n&apos;a pas de {key}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="281"/>
        <source>{where} must be text, not {kind}.</source>
        <translation>{where} doit être du texte, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="289"/>
        <source>{where} is {length:,} characters long; Hearth takes at most {limit:,}.</source>
        <translation>{where} fait {length:,} caractères&#xa0;; Hearth en accepte au plus {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="307"/>
        <source>{where} must be a number, not {kind}.</source>
        <translation>{where} doit être un nombre, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="315"/>
        <source>{where} must be from 0 to {high}, not {value}.</source>
        <translation>{where} doit être compris entre 0 et {high}, pas {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="330"/>
        <source>{where} must be a whole number, not {value}.</source>
        <translation>{where} doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="342"/>
        <source>{where} must be true or false, not {kind}.</source>
        <translation>{where} doit être true ou false, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="356"/>
        <source>{where} is {value}; Hearth knows only {choices}.</source>
        <translation>{where} vaut {value}&#xa0;; Hearth ne connaît que {choices}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="369"/>
        <source>{where} must be a list, not {kind}.</source>
        <translation>{where} doit être une liste, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="377"/>
        <source>{where} has {count:,} entries; at most {limit:,}.</source>
        <translation>{where} a {count:,} éléments&#xa0;; au plus {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="386"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="391"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="392"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="393"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="394"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="416"/>
        <source>{where}: the parent of message {node} is not in the file.</source>
        <translation>{where}&#xa0;: le parent du message {node} n&apos;est pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="437"/>
        <source>{where}: the parent links go round in a cycle (message {node} is its own ancestor).</source>
        <translation>{where}&#xa0;: les liens vers les parents tournent en rond (le message {node} est son propre ancêtre).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="461"/>
        <source>{where}: {problems}.</source>
        <translation>{where}&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="475"/>
        <source>The file was exported by a newer Hearth (format version {version}); this Hearth reads version {known}.</source>
        <translation>Le fichier a été exporté par un Hearth plus récent (version de format {version})&#xa0;; ce Hearth lit la version {known}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="503"/>
        <source>{where}: the id {id} is used twice.</source>
        <translation>{where}&#xa0;: l&apos;id {id} est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="533"/>
        <source>{where}.current_leaf {leaf} is not one of its messages.</source>
        <translation>{where}.current_leaf {leaf} n&apos;est pas l&apos;un de ses messages.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="581"/>
        <source>{where} is {length:,} characters long; at most {limit:,}.</source>
        <translation>{where} fait {length:,} caractères&#xa0;; au plus {limit:,}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="599"/>
        <source>{where}.mapping has more than {limit:,} nodes.</source>
        <translation>{where}.mapping a plus de {limit:,} nœuds.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="612"/>
        <source>{where}.mapping has a node id {length:,} characters long.</source>
        <translation>{where}.mapping a un id de nœud de {length:,} caractères.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="686"/>
        <source>The file holds more than {limit:,} conversations.</source>
        <translation>Le fichier contient plus de {limit:,} conversations.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="710"/>
        <source>{path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>{path} fait {size:,.0f}&#xa0;Mo&#xa0;; Hearth importe des fichiers d&apos;au plus {limit}&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="727"/>
        <source>{path} is a .zip without a conversations.json in it.</source>
        <translation>{path} est un .zip sans conversations.json.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="737"/>
        <source>The conversations.json in {path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>Le conversations.json de {path} fait {size:,.0f}&#xa0;Mo&#xa0;; Hearth importe des fichiers d&apos;au plus {limit}&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="752"/>
        <source>The conversations.json in {path} is too large.</source>
        <translation>Le conversations.json de {path} est trop gros.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="763"/>
        <source>Hearth cannot read {path}: {error}.</source>
        <translation>Hearth ne peut pas lire {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="772"/>
        <source>The file holds more than {limit:,} messages.</source>
        <translation>Le fichier contient plus de {limit:,} messages.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="785"/>
        <source>{path} is not UTF-8 text ({error}).</source>
        <translation>{path} n&apos;est pas du texte UTF-8 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="793"/>
        <source>{path} is nested too deeply to be a conversations file.</source>
        <translation>{path} est imbriqué trop profondément pour être un fichier de conversations.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="802"/>
        <source>{path} is not valid JSON: {error}.</source>
        <translation>{path} n&apos;est pas du JSON valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="817"/>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} n&apos;a pas été importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="824"/>
        <source>{path} is neither a Hearth export (JSON) nor ChatGPT&apos;s conversations.json.</source>
        <translation>{path} n&apos;est ni un export Hearth (JSON) ni le conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="104"/>
        <source>the file ends in the middle of its header (it is truncated)</source>
        <translation>le fichier s&apos;arrête au milieu de son en-tête (il est tronqué)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="107"/>
        <source>a text field in the header is longer than the file (truncated?)</source>
        <translation>un champ de texte de l&apos;en-tête est plus long que le fichier (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="129"/>
        <source>the header claims an impossible {what} ({n})</source>
        <translation>l&apos;en-tête annonce un {what} impossible ({n})</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="180"/>
        <source>an array in the header runs past the end of the file</source>
        <translation>un tableau de l&apos;en-tête dépasse la fin du fichier</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="194"/>
        <source>unknown metadata value type {type} (corrupt file?)</source>
        <translation>type de valeur de métadonnées inconnu {type} (fichier corrompu&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="211"/>
        <source>the file {path} does not exist</source>
        <translation>le fichier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="216"/>
        <source>the file {path} cannot be read: {error}</source>
        <translation>le fichier {path} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="224"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="230"/>
        <location filename="../core/models.py" line="88"/>
        <source>the file cannot be read: {error}</source>
        <translation>le fichier ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="273"/>
        <source>this is not a GGUF model file (it does not start with &apos;GGUF&apos;)</source>
        <translation>ce n&apos;est pas un fichier de modèle GGUF (il ne commence pas par «&#xa0;GGUF&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="282"/>
        <source>GGUF version {version} is not supported (expected 2 or 3)</source>
        <translation>la version GGUF {version} n&apos;est pas prise en charge (2 ou 3 attendue)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="288"/>
        <source>tensor count</source>
        <translation>nombre de tenseurs</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="289"/>
        <source>metadata count</source>
        <translation>nombre de métadonnées</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="296"/>
        <source>the file holds no tensors (no model weights)</source>
        <translation>le fichier ne contient aucun tenseur (aucun poids de modèle)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="306"/>
        <source>a tensor in the file has an impossible shape (corrupt file?)</source>
        <translation>un tenseur du fichier a une forme impossible (fichier corrompu&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="319"/>
        <source>the file&apos;s alignment value is invalid</source>
        <translation>la valeur d&apos;alignement du fichier n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="329"/>
        <source>the file is truncated: its weights need {missing:,} more bytes than it has (an incomplete download?)</source>
        <translation>le fichier est tronqué&#xa0;: ses poids demandent {missing:,} octets de plus qu&apos;il n&apos;en a (un téléchargement incomplet&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/instance.py" line="27"/>
        <source>Hearth is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
        <translation>Hearth est déjà lancé avec le dossier de données {folder}. Passez à la fenêtre ouverte, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="37"/>
        <source>{file} (unusable)</source>
        <translation>{file} (inutilisable)</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="40"/>
        <source>{name} · {quantization} (tiny demo model)</source>
        <translation>{name} · {quantization} (petit modèle de démonstration)</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="73"/>
        <source>Offline lock is on</source>
        <translation>Le verrou hors ligne est activé</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="74"/>
        <source>Turn it off in Settings › Privacy.</source>
        <translation>Désactivez-le dans Paramètres › Confidentialité.</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="77"/>
        <source>Offline lock is on. Turn it off in Settings › Privacy.</source>
        <translation>Le verrou hors ligne est activé. Désactivez-le dans Paramètres › Confidentialité.</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="163"/>
        <source>read-only</source>
        <translation>en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="165"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="170"/>
        <source>Hearth cannot write to its data folder {folder}: {reason}. Set {variable} to a writable folder.</source>
        <translation>Hearth ne peut pas écrire dans son dossier de données {folder}&#xa0;: {reason}. Définissez {variable} sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/providers.py" line="84"/>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="49"/>
        <source>No system keychain was found, so Hearth cannot store secrets safely. Set the key in an environment variable instead, or install a keychain (for example GNOME Keyring or KWallet).</source>
        <translation>Aucun trousseau système n&apos;a été trouvé&#xa0;: Hearth ne peut pas conserver les secrets en sécurité. Définissez plutôt la clé dans une variable d&apos;environnement, ou installez un trousseau (par exemple GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="68"/>
        <source>The system keychain refused to store the secret: {error}</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer le secret&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="219"/>
        <source>{where}: expected a table, found {type}</source>
        <translation>{where}&#xa0;: une table était attendue, trouvé {type}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="239"/>
        <source>{name}: {value} is not valid; using the default {default}</source>
        <translation>{name}&#xa0;: {value} n&apos;est pas valide&#xa0;; la valeur par défaut {default} est utilisée</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="251"/>
        <source>{name}: {value} is outside {low} to {high}; using the default {default}</source>
        <translation>{name}&#xa0;: {value} est hors de l&apos;intervalle {low} à {high}&#xa0;; la valeur par défaut {default} est utilisée</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="278"/>
        <source>version: {value} is not valid; using {version}</source>
        <translation>version&#xa0;: {value} n&apos;est pas valide&#xa0;; {version} est utilisée</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="293"/>
        <source>Some settings were not valid and were reset: {problems}.</source>
        <translation>Certains réglages n&apos;étaient pas valides et ont été réinitialisés&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="302"/>
        <source>Some settings are unknown to this Hearth and were ignored: {names}.</source>
        <translation>Certains réglages sont inconnus de ce Hearth et ont été ignorés&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="315"/>
        <source>It was set aside as {name}.</source>
        <translation>Il a été mis de côté sous le nom {name}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>It could not be moved aside.</source>
        <translation>Il n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="319"/>
        <source>Your settings file could not be read ({why}). Hearth is using default settings. {where}</source>
        <translation>Votre fichier de réglages n&apos;a pas pu être lu ({why}). Hearth utilise les réglages par défaut. {where}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>it is nested too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="345"/>
        <source>the file does not hold a JSON object</source>
        <translation>le fichier ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="354"/>
        <source>the newer file is kept as {name}</source>
        <translation>le fichier plus récent est conservé sous le nom {name}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="358"/>
        <source>the newer file could not be copied ({error}), so save with care</source>
        <translation>le fichier plus récent n&apos;a pas pu être copié ({error}), enregistrez donc avec prudence</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="366"/>
        <source>Your settings file was made by a newer Hearth (version {version}). This Hearth uses the settings it knows and saves them as version {known}; {kept}.</source>
        <translation>Votre fichier de réglages a été créé par un Hearth plus récent (version {version}). Ce Hearth utilise les réglages qu&apos;il connaît et les enregistre en version {known}&#xa0;; {kept}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="372"/>
        <source>Your conversations database {path} is encrypted, and this Hearth was installed without SQLCipher (the sqlcipher3 package), so it cannot open it.</source>
        <translation>Votre base de conversations {path} est chiffrée, et ce Hearth a été installé sans SQLCipher (le paquet sqlcipher3)&#xa0;: il ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="415"/>
        <source>Hearth could not save: the disk is full. Free some space, then try again.</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: le disque est plein. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="419"/>
        <source>Hearth could not save: its data folder cannot be written ({error}).</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: son dossier de données n&apos;est pas accessible en écriture ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="423"/>
        <source>Hearth could not save: another program is using the conversations database. Close it, then try again.</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: un autre programme utilise la base de conversations. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="429"/>
        <source>Hearth could not save: the conversations database is damaged. Restart Hearth to set it aside.</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: la base de conversations est endommagée. Redémarrez Hearth pour la mettre de côté.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="435"/>
        <source>Hearth could not save: the disk reported an error ({error}).</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: le disque a signalé une erreur ({error}).</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="439"/>
        <source>Hearth could not save: {error}.</source>
        <translation>Hearth n&apos;a pas pu enregistrer&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="448"/>
        <source>Your conversations database {path} is encrypted, and the key in your system keychain does not open it (the key was replaced, or the file is damaged). Hearth left the file as it is: restore the keychain entry &apos;Hearth / store_key&apos;, or let Hearth set the file aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Votre base de conversations {path} est chiffrée, et la clé de votre trousseau système ne l&apos;ouvre pas (la clé a été remplacée, ou le fichier est endommagé). Hearth a laissé le fichier tel quel&#xa0;: restaurez l&apos;entrée de trousseau «&#xa0;Hearth / store_key&#xa0;», ou laissez Hearth mettre le fichier de côté, conservé pour récupération, et repartir d&apos;un historique vide.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="463"/>
        <source>Your conversations database {path} is damaged ({error}). Hearth can set it aside, keeping it for recovery, and start with an empty history.</source>
        <translation>Votre base de conversations {path} est endommagée ({error}). Hearth peut la mettre de côté, en la conservant pour récupération, et repartir d&apos;un historique vide.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="476"/>
        <source>Your conversations database {path} is locked by another program. Close that program (or wait for it to finish), then try again.</source>
        <translation>Votre base de conversations {path} est verrouillée par un autre programme. Fermez ce programme (ou attendez qu&apos;il ait fini), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="486"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="490"/>
        <source>Hearth cannot open its conversations database {path}: {reason}. Move it out of the way, or set {variable} to another folder.</source>
        <translation>Hearth ne peut pas ouvrir sa base de conversations {path}&#xa0;: {reason}. Déplacez-la, ou définissez {variable} sur un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="598"/>
        <source>{field} must be text</source>
        <translation>{field} doit être du texte</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="607"/>
        <source>{field} must be a whole number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} doit être un nombre entier de {low:g} à {high:g}, et non {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="612"/>
        <source>{field} must be a number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} doit être un nombre de {low:g} à {high:g}, et non {value}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="759"/>
        <source>Hearth cannot create its conversations database {path}: {error}. Set {variable} to a writable folder.</source>
        <translation>Hearth ne peut pas créer sa base de conversations {path}&#xa0;: {error}. Définissez {variable} sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="789"/>
        <source>Your conversations database {path} was made by a newer Hearth (version {version}); this Hearth reads version {known}. Open it with the newer Hearth; the file was left as it was.</source>
        <translation>Votre base de conversations {path} a été créée par un Hearth plus récent (version {version})&#xa0;; ce Hearth lit la version {known}. Ouvrez-la avec le Hearth plus récent&#xa0;; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="834"/>
        <source>{path} is not a Hearth conversations database ({what}). Hearth can set it aside, keeping it, and start with an empty history.</source>
        <translation>{path} n&apos;est pas une base de conversations Hearth ({what}). Hearth peut la mettre de côté, en la conservant, et repartir d&apos;un historique vide.</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="854"/>
        <source>it holds other tables: {tables}</source>
        <translation>elle contient d&apos;autres tables&#xa0;: {tables}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="865"/>
        <source>its {table} table has other columns</source>
        <translation>sa table {table} a d&apos;autres colonnes</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="982"/>
        <source>a preset needs a name of 1 to 64 characters</source>
        <translation>un préréglage a besoin d&apos;un nom de 1 à 64 caractères</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="990"/>
        <source>“{name}” is one of Hearth&apos;s presets; save yours by another name</source>
        <translation>«&#xa0;{name}&#xa0;» est un préréglage de Hearth&#xa0;; enregistrez le vôtre sous un autre nom</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="1008"/>
        <source>“{name}” is one of Hearth&apos;s presets and cannot be deleted</source>
        <translation>«&#xa0;{name}&#xa0;» est un préréglage de Hearth et ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="20"/>
        <source>{value:.0f} B</source>
        <translation>{value:.0f} o</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="21"/>
        <source>{value:.1f} KB</source>
        <translation>{value:.1f} Ko</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="22"/>
        <source>{value:.1f} MB</source>
        <translation>{value:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="23"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} Go</translation>
    </message>
    <message>
        <location filename="../core/units.py" line="24"/>
        <source>{value:.1f} TB</source>
        <translation>{value:.1f} To</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="248"/>
        <source>{file}, page {page}, &quot;{heading}&quot;</source>
        <translation>{file}, page {page}, «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="250"/>
        <source>{file}, page {page}</source>
        <translation>{file}, page {page}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="252"/>
        <source>{file}, &quot;{heading}&quot;</source>
        <translation>{file}, «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="316"/>
        <source>Hearth cannot open its documents database {path}: {error}</source>
        <translation>Hearth ne peut pas ouvrir sa base de documents {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="353"/>
        <source>There is no collection named {name}.</source>
        <translation>Il n&apos;y a pas de collection nommée {name}.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="363"/>
        <source>A collection needs a name.</source>
        <translation>Une collection a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="705"/>
        <source>could not be read ({error})</source>
        <translation>n&apos;a pas pu être lu ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="770"/>
        <source>a broken link</source>
        <translation>un lien cassé</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="782"/>
        <location filename="../core/documents/parsing.py" line="118"/>
        <source>unreadable: {error}</source>
        <translation>illisible&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="132"/>
        <source>not a {kind} file (its content is something else)</source>
        <translation>pas un fichier {kind} (son contenu est d&apos;un autre type)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="150"/>
        <source>no text in it</source>
        <translation>ne contient aucun texte</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="158"/>
        <source>too large ({size}; the limit is {limit})</source>
        <translation>trop volumineux ({size}&#xa0;; la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="168"/>
        <location filename="../core/documents/parsing.py" line="180"/>
        <source>binary content, not text</source>
        <translation>contenu binaire, pas du texte</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="354"/>
        <location filename="../core/documents/parsing.py" line="368"/>
        <source>encrypted PDF (it needs a password)</source>
        <translation>PDF chiffré (il faut un mot de passe)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="363"/>
        <location filename="../core/documents/parsing.py" line="372"/>
        <source>damaged PDF ({error})</source>
        <translation>PDF endommagé ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="378"/>
        <source>no text layer (a scanned or image-only PDF)</source>
        <translation>aucune couche de texte (un PDF numérisé ou fait uniquement d&apos;images)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="397"/>
        <source>refused: {file} would unpack to {size} (a zip bomb?)</source>
        <translation>refusé&#xa0;: {file} occuperait {size} une fois décompressé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="407"/>
        <source>refused: the archive would unpack to too much (a zip bomb?)</source>
        <translation>refusé&#xa0;: l&apos;archive serait trop volumineuse une fois décompressée (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="421"/>
        <source>damaged zip archive ({error})</source>
        <translation>archive zip endommagée ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="426"/>
        <source>damaged XML inside the archive ({error})</source>
        <translation>XML endommagé dans l&apos;archive ({error})</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="431"/>
        <source>a zip archive that is not a DOCX, ODT or EPUB document</source>
        <translation>une archive zip qui n&apos;est pas un document DOCX, ODT ou EPUB</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="451"/>
        <source>damaged DOCX ({error})</source>
        <translation>DOCX endommagé ({error})</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="23"/>
        <source>the offline lock is on, and it refuses servers on this computer too. To serve other programs on this computer while offline, turn on &apos;Allow the local server (this computer only) while offline&apos; in Settings › Privacy.</source>
        <translation>le verrou hors ligne est activé et il refuse aussi les serveurs sur cet ordinateur. Pour servir d&apos;autres programmes de cet ordinateur hors ligne, activez «&#xa0;Autoriser le serveur local (cet ordinateur seulement) hors ligne&#xa0;» dans Paramètres › Confidentialité.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="52"/>
        <source>{port} is not a port number; use one from 1024 to 65535.</source>
        <translation>{port} n&apos;est pas un numéro de port&#xa0;; utilisez-en un de 1024 à 65535.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="63"/>
        <source>{host} is not an address of this machine ({error}).</source>
        <translation>{host} n&apos;est pas une adresse de cette machine ({error}).</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="80"/>
        <source>Cannot listen on {host}:{port}: {error}. Pick another port.</source>
        <translation>Impossible d&apos;écouter sur {host}:{port}&#xa0;: {error}. Choisissez un autre port.</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="84"/>
        <source>Cannot listen on {host}:{port}: {error}.</source>
        <translation>Impossible d&apos;écouter sur {host}:{port}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../server/api.py" line="288"/>
        <source>client disconnected</source>
        <translation>client déconnecté</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="157"/>
        <source>Hearth&apos;s server failed to answer; see Hearth&apos;s log.</source>
        <translation>Le serveur de Hearth n&apos;a pas pu répondre&#xa0;; voir le journal de Hearth.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="173"/>
        <source>No model is loaded in Hearth. Pick a model, then try again.</source>
        <translation>Aucun modèle n&apos;est chargé dans Hearth. Choisissez un modèle, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="185"/>
        <source>Hearth&apos;s server answers with local models only, and Hearth is using the hosted route. Switch Hearth to a local model to serve requests.</source>
        <translation>Le serveur de Hearth ne répond qu&apos;avec des modèles locaux, et Hearth utilise la voie hébergée. Passez Hearth à un modèle local pour servir les requêtes.</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="204"/>
        <source>This engine cannot continue raw text; use chat.</source>
        <translation>Ce moteur ne peut pas poursuivre du texte brut&#xa0;; utilisez le chat.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="102"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>Collections de vos fichiers, parcourues uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="105"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="109"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="111"/>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="113"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="115"/>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attach to this chat</source>
        <translation>Joindre à cette discussion</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="137"/>
        <source>Files that could not be read:</source>
        <translation>Fichiers illisibles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="139"/>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="153"/>
        <source>Not there any more: {folders}</source>
        <translation>N&apos;existe plus&#xa0;: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attached to this chat</source>
        <translation>Jointe à cette discussion</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="194"/>
        <source>Add a folder of documents</source>
        <translation>Ajouter un dossier de documents</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="226"/>
        <source>Looking for files in {name}…</source>
        <translation>Recherche de fichiers dans {name}…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="234"/>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="239"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>Oublier la collection {name}&#xa0;? Vos fichiers ne sont pas modifiés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
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
            <numerusform>(%n avec vecteurs)</numerusform>
            <numerusform>(%n avec vecteurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="267"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="269"/>
        <source>a folder is not there any more</source>
        <translation>un dossier n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="273"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="283"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>Lecture de {file} ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="291"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Arrêté&#xa0;: {added} ajoutés, {updated} mis à jour, {removed} retirés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="296"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Terminé&#xa0;: {added} ajoutés, {updated} mis à jour, {removed} retirés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="305"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>N&apos;existe plus (passages conservés)&#xa0;: {folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="311"/>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
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
        <location filename="../ui/hosted_route.py" line="92"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>Envoyer cette discussion à un fournisseur hébergé&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="94"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>%n message précédent sera envoyé à {destination}.</numerusform>
            <numerusform>%n messages précédents seront envoyés à {destination}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>Jusqu&apos;ici, cette discussion n&apos;a reçu de réponses que sur cette machine. Envoyer maintenant transmet tout son historique au fournisseur hébergé. Commencez une nouvelle discussion pour n&apos;envoyer que les nouveaux messages.</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="104"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>HostedRoute</name>
    <message>
        <location filename="../ui/hosted_route.py" line="43"/>
        <source>{provider} (address not set)</source>
        <translation>{provider} (adresse non définie)</translation>
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
    <name>LocalServerController</name>
    <message>
        <location filename="../ui/local_server.py" line="138"/>
        <source>The local server could not start: {message}</source>
        <translation>Le serveur local n&apos;a pas pu démarrer&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="147"/>
        <source>Local server on {address} · busy: serving a request</source>
        <translation>Serveur local sur {address} · occupé&#xa0;: traite une requête</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="149"/>
        <source>Local server on {address}</source>
        <translation>Serveur local sur {address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="189"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>%n réponse a été coupée à la dernière fermeture de Hearth&#xa0;; son texte a été conservé et marqué comme interrompu.</numerusform>
            <numerusform>%n réponses ont été coupées à la dernière fermeture de Hearth&#xa0;; leur texte a été conservé et marqué comme interrompu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>Conversation</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>Les messages de cette discussion. Alt+Haut et Alt+Bas les lisent un par un.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
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
        <location filename="../ui/main_window.py" line="336"/>
        <source>Chat settings…</source>
        <translation>Paramètres de la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Conversation &amp;info…</source>
        <translation>In&amp;fos sur la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="409"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>&amp;Chat settings…</source>
        <translation>Paramètres de la &amp;discussion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="428"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les discussions</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="434"/>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="445"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Manage models…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="453"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>&amp;Décharger le modèle (libérer sa mémoire)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Local server &amp;requests…</source>
        <translation>&amp;Requêtes du serveur local…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="512"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} chargé en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="565"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="566"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="783"/>
        <source>Open a chat first.</source>
        <translation>Ouvrez d&apos;abord une discussion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="712"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>Arrêtez la réponse en cours d&apos;écriture avant de supprimer sa discussion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="742"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>Non envoyé. Commencez une nouvelle discussion ou passez en Local dans les Paramètres….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="746"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="802"/>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="808"/>
        <location filename="../ui/main_window.py" line="846"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Attendez la réponse ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="830"/>
        <source>Your text is still in the box below.</source>
        <translation>Votre texte est toujours dans la zone ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="857"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>Ce message ferait {length} caractères&#xa0;; Hearth en envoie au plus {limit}. Raccourcissez-le ou joignez le texte comme document.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="869"/>
        <source>Edit cancelled.</source>
        <translation>Modification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="901"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../ui/message_actions.py" line="51"/>
        <source>&amp;Stop the answer</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="57"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="62"/>
        <source>Copy &amp;last answer</source>
        <translation>Copier la &amp;dernière réponse</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="68"/>
        <source>&amp;Regenerate answer</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="74"/>
        <source>&amp;Edit message</source>
        <translation>&amp;Modifier le message</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="79"/>
        <source>C&amp;ontinue answer</source>
        <translation>C&amp;ontinuer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="84"/>
        <source>&amp;Delete message…</source>
        <translation>&amp;Supprimer le message…</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="89"/>
        <source>&amp;Previous branch</source>
        <translation>Branche &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="95"/>
        <source>&amp;Next branch</source>
        <translation>Branche s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="101"/>
        <source>Read the p&amp;revious message</source>
        <translation>&amp;Lire le message précédent</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="107"/>
        <source>Read the ne&amp;xt message</source>
        <translation>Lire le message suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="123"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="200"/>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="211"/>
        <source>Answer copied.</source>
        <translation>Réponse copiée.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="238"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>Modification d&apos;un message&#xa0;: Entrée envoie la nouvelle version comme branche, Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="249"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>Seule une réponse coupée à la limite de longueur peut continuer.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="268"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>Supprimer ce message et ses réponses&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="270"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>Supprimer cette réponse&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="272"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="290"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>Attendez la réponse ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="302"/>
        <source>This chat has no other branch.</source>
        <translation>Cette discussion n&apos;a pas d&apos;autre branche.</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="307"/>
        <source>No more branches that way.</source>
        <translation>Plus de branche dans cette direction.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="74"/>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="75"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>This machine</source>
        <translation>Cette machine</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="80"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="85"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="86"/>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="87"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="96"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="97"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="98"/>
        <source>Starter (built in)</source>
        <translation>De départ (intégré)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <location filename="../ui/model_manager.py" line="614"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="419"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="255"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="256"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="257"/>
        <source>Reveal in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="258"/>
        <source>Import GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="244"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;Catalogue&lt;/b&gt; — fichiers épinglés, vérifiés avec leur SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="90"/>
        <source>Fits (needs about {size})</source>
        <translation>Tient (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="91"/>
        <source>Tight (needs about {size})</source>
        <translation>Juste (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="92"/>
        <source>Too big (needs about {size})</source>
        <translation>Trop gros (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="93"/>
        <source>Unknown (needs about {size})</source>
        <translation>Inconnu (il faut environ {size})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="246"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Installés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="250"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="252"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>Modèles à télécharger, chacun épinglé et vérifié avec son SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="254"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="316"/>
        <source>Embedding models — for searching your documents</source>
        <translation>Modèles d&apos;embedding — pour chercher dans vos documents</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="321"/>
        <source>recommended for {memory} machines</source>
        <translation>recommandé pour les machines de {memory}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="381"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="383"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="386"/>
        <source>Paused at {percent}</source>
        <translation>Suspendu à {percent}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="387"/>
        <source>Needs a token</source>
        <translation>Jeton requis</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="417"/>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="457"/>
        <source>Starting {model}…</source>
        <translation>Démarrage de {model}…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="473"/>
        <source>Cancelled {model}.</source>
        <translation>{model} annulé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="483"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="491"/>
        <source>{duration} left</source>
        <translation>{duration} restantes</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="495"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>Vérification de la partie déjà téléchargée ({done})</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="500"/>
        <source>Checking the SHA-256…</source>
        <translation>Vérification du SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="502"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="504"/>
        <source>Installed.</source>
        <translation>Installé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="512"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} est installé et vérifié&#xa0;; choisissez-le dans la liste des modèles.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="526"/>
        <source>Paused at {done} of {total}.</source>
        <translation>Suspendu à {done} sur {total}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="532"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>Téléchargement annulé&#xa0;; rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="556"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>Supprimer {file} ({size}) du dossier des modèles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="568"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>Impossible de supprimer {file}&#xa0;: {reason}. Si le modèle est chargé, choisissez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="573"/>
        <source>Deleted {file}.</source>
        <translation>{file} supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="585"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="587"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="598"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="603"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} est illisible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="608"/>
        <source>Imported {file}.</source>
        <translation>{file} importé.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="67"/>
        <source>No model installed: open a GGUF file</source>
        <translation>Aucun modèle installé&#xa0;: ouvrez un fichier GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Open model file…</source>
        <translation>Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="104"/>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="106"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="133"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} ne peut pas être utilisé&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Where</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="148"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="149"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="150"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="183"/>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="194"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>Le verrou hors ligne est activé&#xa0;: les connexions qui quitteraient cet ordinateur sont refusées.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="226"/>
        <source>The offline lock is off.</source>
        <translation>Le verrou hors ligne est désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>Cette session&#xa0;: {session}. Les {days} derniers jours&#xa0;: {recorded} enregistrées, dont {outside} hors de cet ordinateur. {lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="244"/>
        <source>(this computer)</source>
        <translation>(cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>name lookup</source>
        <translation>résolution de nom</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="263"/>
        <source>{sent} sent, {received} received</source>
        <translation>{sent} envoyés, {received} reçus</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="270"/>
        <source>Export network activity</source>
        <translation>Exporter l&apos;activité réseau</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="271"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-activite-reseau.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="119"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>Ce que Hearth a fait sur le réseau depuis son démarrage&#xa0;; %n sur cet ordinateur. Cliquez pour tout voir.</numerusform>
            <numerusform>Ce que Hearth a fait sur le réseau depuis son démarrage&#xa0;; %n sur cet ordinateur. Cliquez pour tout voir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="125"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>Ce que Hearth a fait sur le réseau depuis son démarrage. Cliquez pour tout voir.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="115"/>
        <source>offline lock on</source>
        <translation>verrou hors ligne activé</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="56"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>Verrou hors ligne&#xa0;: refuser toute connexion qui quitterait cet ordinateur. Les téléchargements, la voie hébergée et les tests de connexion sont refusés immédiatement et le refus est enregistré. Les serveurs de cet ordinateur (127.0.0.1), y compris le serveur local de Hearth, ne restent accessibles que si vous l&apos;autorisez ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="63"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>Chiffrer les discussions et l&apos;index de vos documents sur cet ordinateur (SQLCipher, AES-256&#xa0;; la clé est conservée dans le trousseau du système). Cela protège un disque copié, le disque d&apos;un portable volé ou une sauvegarde du dossier de données. Cela ne protège pas contre une personne ou un programme qui utilise votre session déverrouillée&#xa0;: tant que vous êtes connecté, Hearth peut lire la clé, et eux aussi. La base de données est convertie au prochain démarrage de Hearth&#xa0;; la désactivation la reconvertit.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="72"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>Le chiffrement n&apos;est pas proposé&#xa0;: aucun trousseau système n&apos;a été trouvé (ou cette installation n&apos;a pas SQLCipher), et Hearth ne gardera pas la clé dans un fichier à côté des données qu&apos;elle protège.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="310"/>
        <source>Offline lock</source>
        <translation>Verrou hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="322"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>Autoriser le serveur local (cet ordinateur seulement) hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>{variable}=1 est défini là où Hearth a été lancé&#xa0;: le verrou est donc activé quel que soit ce réglage.</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="325"/>
        <source>Encrypt conversations at rest</source>
        <translation>Chiffrer les discussions stockées</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="330"/>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="386"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>Une modification prend effet au prochain démarrage de Hearth.</translation>
    </message>
</context>
<context>
    <name>RefreshWorker</name>
    <message>
        <location filename="../ui/documents_watch.py" line="89"/>
        <source>The embedding model could not be used: {error}</source>
        <translation>Le modèle d&apos;embedding n&apos;a pas pu être utilisé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="200"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="241"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="243"/>
        <source>No request is being served.</source>
        <translation>Aucune requête en cours.</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="63"/>
        <source>no model set</source>
        <translation>aucun modèle défini</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="65"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>Hébergé&#xa0;: {destination} · {model} — les messages quittent cette machine</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="55"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>Laisser les autres programmes de cet ordinateur utiliser le modèle de Hearth</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="63"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>Les programmes d&apos;autres machines qui peuvent joindre cette adresse peuvent se connecter (il leur faut quand même le jeton). Utilisez 127.0.0.1 pour réserver le serveur à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="72"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="74"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>Les programmes doivent envoyer ce jeton pour utiliser le serveur local.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Copy the access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="79"/>
        <source>Make a new access token</source>
        <translation>Créer un nouveau jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="82"/>
        <source>Keep prompt text in the request log</source>
        <translation>Conserver le texte des invites dans le journal des requêtes</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="91"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="94"/>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="149"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>Les programmes l&apos;envoient sous la forme «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;» (la clé d&apos;API dans la plupart des outils).</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="161"/>
        <source>The token was copied.</source>
        <translation>Le jeton a été copié.</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="170"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>Un nouveau jeton a été créé. Les programmes qui utilisent l&apos;ancien doivent recevoir celui-ci.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Who answers</source>
        <translation>Qui répond</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>Local&#xa0;: un modèle sur cette machine (rien n&apos;en sort)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>Hébergé&#xa0;: le serveur d&apos;un fournisseur (vos messages y sont envoyés)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Hosted route</source>
        <translation>Voie hébergée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 ou http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>Model (exact version)</source>
        <translation>Modèle (version exacte)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Model (exact version):</source>
        <translation>Modèle (version exacte)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="150"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Forget stored key</source>
        <translation>Oublier la clé enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Connect timeout:</source>
        <translation>Délai de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest pause between chunks:</source>
        <translation>Pause la plus longue entre deux fragments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Longest answer:</source>
        <translation>Réponse la plus longue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Retries before the answer starts:</source>
        <translation>Nouvelles tentatives avant le début de la réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Prompt price per million tokens</source>
        <translation>Prix des invites par million de jetons</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Completion price per million tokens</source>
        <translation>Prix des réponses par million de jetons</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>prompt</source>
        <translation>invite</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>completion</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Price per million tokens:</source>
        <translation>Prix par million de jetons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="187"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="194"/>
        <source>Connection report</source>
        <translation>Rapport de connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Local models</source>
        <translation>Modèles locaux</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="223"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>System prompt:</source>
        <translation>Invite système&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>Température (0 = toujours le mot le plus probable)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="251"/>
        <source>Longest answer (tokens):</source>
        <translation>Réponse la plus longue (jetons)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p (plus petit = moins de mots improbables)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="263"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>Graine (même graine et même message, même réponse)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>automatic ({count} on this machine)</source>
        <translation>automatique ({count} sur cette machine)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="276"/>
        <source>CPU threads:</source>
        <translation>Threads du processeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>Contexte le plus long (jetons, jusqu&apos;à celui du modèle)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>toutes (si llama.cpp a été compilé pour un GPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>Layers on the GPU:</source>
        <translation>Couches sur le GPU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Saved conversations (instant return):</source>
        <translation>Discussions enregistrées (retour immédiat)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="294"/>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="295"/>
        <location filename="../ui/settings_dialog.py" line="426"/>
        <source>reading the keychain…</source>
        <translation>lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="296"/>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="303"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Jeton Hugging Face (modèles à accès restreint seulement)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>Certains modèles (Llama, Gemma) exigent d&apos;accepter leurs conditions sur huggingface.co et un jeton de lecture. Celui-ci est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="318"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>La fenêtre change de langue à l&apos;enregistrement&#xa0;; inutile de redémarrer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>{variable} est défini là où Hearth a été lancé et l&apos;emporte sur ce réglage.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="340"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="350"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="408"/>
        <location filename="../ui/settings_dialog.py" line="448"/>
        <source>stored in the keychain ({masked})</source>
        <translation>enregistré dans le trousseau ({masked})</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="423"/>
        <source>(optional for a server of your own)</source>
        <translation>(facultatif pour votre propre serveur)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>Reading the system keychain…</source>
        <translation>Lecture du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="432"/>
        <source>no system keychain</source>
        <translation>pas de trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="436"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé&#xa0;: Hearth ne peut pas stocker les clés en sécurité et ne les écrira pas dans un fichier. Définissez plutôt la variable d&apos;environnement {variable}{optional}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="440"/>
        <source>It is set and will be used.</source>
        <translation>Elle est définie et sera utilisée.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau du système. Saisissez-en une autre pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="454"/>
        <source>from {variable}</source>
        <translation>depuis {variable}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>La clé de {variable} est utilisée. Une clé saisie ici la remplace.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="461"/>
        <source>paste your key</source>
        <translation>collez votre clé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="464"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>Pas encore de clé{optional}. Elle sera conservée dans le trousseau du système, jamais dans un fichier&#xa0;; ou définissez {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection problem.</source>
        <translation>Problème de connexion.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>Asking the server for its models…</source>
        <translation>Demande de ses modèles au serveur…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="548"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="552"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>Le serveur n&apos;a listé aucun modèle&#xa0;; saisissez plutôt le nom.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="610"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>Saisissez le nom du modèle à utiliser avec {provider}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="635"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;; définissez plutôt {variable}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="650"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>Le jeton n&apos;a pas été enregistré&#xa0;; définissez plutôt HF_TOKEN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="708"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>La vérification a échoué de façon inattendue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="43"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="60"/>
        <source>Model loading progress</source>
        <translation>Progression du chargement du modèle</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="83"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="86"/>
        <source>Dismiss the error</source>
        <translation>Fermer le message d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="130"/>
        <source>Checking {destination}…</source>
        <translation>Vérification de {destination}…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="132"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="134"/>
        <source>Connected: {model} (hosted)</source>
        <translation>Connecté : {model} (hébergé)</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="136"/>
        <source>Ready: {model}</source>
        <translation>Prêt : {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="140"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="49"/>
        <source>Reading the conversation…</source>
        <translation>Lecture de la discussion…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="53"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="76"/>
        <source>HOSTED</source>
        <translation>HÉBERGÉ</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="87"/>
        <source>Sent {when}</source>
        <translation>Envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="88"/>
        <source>Answered {when}</source>
        <translation>Répondu le {when}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="91"/>
        <source>hosted by {provider}</source>
        <translation>hébergé par {provider}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="95"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="98"/>
        <source>by {model}, {where}</source>
        <translation>par {model}, {where}</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="105"/>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="111"/>
        <source>first token after {seconds} s</source>
        <translation>premier jeton après {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="117"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="379"/>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="393"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>Réponse interrompue&#xa0;: le texte ci-dessus est ce qui est arrivé.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="403"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>Arrêté à la limite de {count} jetons. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="455"/>
        <source>{count} more characters.</source>
        <translation>{count} caractères de plus.</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="458"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="512"/>
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
        <location filename="../ui/welcome.py" line="35"/>
        <source>What can I help with?</source>
        <translation>Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="56"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>Explique simplement comment fonctionne une pompe à chaleur.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="57"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Écris un court e-mail aimable pour décliner une réunion.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="58"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>Donne-moi trois idées de dîner végétarien rapide.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="82"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 répond, hébergé&#xa0;: les messages quittent cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="86"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 répond, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="88"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="89"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>Aucun modèle chargé&#xa0;: choisissez-en un ci-dessus ou ouvrez le menu Modèles.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <location filename="../ui/window_documents.py" line="57"/>
        <source>Documents</source>
        <translation>Documents</translation>
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
    <name>WindowServer</name>
    <message>
        <location filename="../ui/window_server.py" line="64"/>
        <source>Local server requests</source>
        <translation>Requêtes du serveur local</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../ui/workers.py" line="180"/>
        <source>It failed unexpectedly: {error}</source>
        <translation>Échec inattendu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="299"/>
        <source>The model could not be loaded: {error}</source>
        <translation>Le modèle n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="501"/>
        <source>The answer failed: {error}</source>
        <translation>La réponse a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="165"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>%n résolution de nom</numerusform>
            <numerusform>%n résolutions de nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="170"/>
        <source>No network use this session</source>
        <translation>Aucun accès réseau pendant cette session</translation>
    </message>
</context>
</TS>
