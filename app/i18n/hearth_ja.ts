<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../ui/announcer.py" line="65"/>
        <source>Answer started</source>
        <translation>回答を開始しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="74"/>
        <source>Answer stopped, %n word(s)</source>
        <translation>
            <numerusform>回答を停止しました（%n 語）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/announcer.py" line="76"/>
        <source>Answer finished, %n word(s)</source>
        <translation>
            <numerusform>回答が完了しました（%n 語）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerSources</name>
    <message>
        <location filename="../ui/answer_sources.py" line="39"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>添付した文書にこの質問に合う抜粋はありませんでした。文書なしで回答しています。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="46"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>出典（あなたの文書、{destination} に送信）：</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="50"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>出典（このマシン上のあなたの文書）：</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="94"/>
        <source>Send passages of your documents?</source>
        <translation>文書の抜粋を送信しますか？</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="98"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>{collections} の抜粋が {destination} に送信されます。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="103"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>このチャットには文書が添付されています。質問のたびに、合致する抜粋がチャットと一緒にホスト型プロバイダーに送られます。選択はこのチャットに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="110"/>
        <source>Send passages</source>
        <translation>抜粋を送信</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="114"/>
        <source>Answer without them</source>
        <translation>抜粋なしで回答</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/appearance_page.py" line="24"/>
        <source>System (follow the computer&apos;s light or dark mode)</source>
        <translation>システム（コンピューターのライト／ダークモードに従う）</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="25"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="26"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="33"/>
        <source>Text size: View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Ctrl+0 resets.</source>
        <translation>文字の大きさ：表示 › 文字を大きく（Ctrl+=）、文字を小さく（Ctrl+-）、Ctrl+0 で元に戻す。</translation>
    </message>
    <message>
        <location filename="../ui/appearance_page.py" line="38"/>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.py" line="37"/>
        <source>Set it aside and start fresh</source>
        <translation>退避して新しく始める</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="38"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="39"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="126"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}：ファイルは {folder} 内で {name}.damaged-&lt;date&gt;-&lt;time&gt; に名前が変わり、復旧用にそこに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="141"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth は {path} を退避できませんでした：{reason}。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="181"/>
        <source>Stopping the answer to switch models…</source>
        <translation>モデルを切り替えるため回答を停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="195"/>
        <source>Loading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="203"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>ホスト経路ではこのマシンにモデルを置かないため、解放するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="211"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>モデルを解放しました。チャットを続けるにはモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="223"/>
        <source>Connecting to {destination}…</source>
        <translation>{destination} に接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="246"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>前回使ったモデルは {path} にもうありません。別のモデルを選ぶか、新しい場所からファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="340"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>ホスト経路を直すには「設定…」を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="343"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>ホスト経路に接続されていません。「設定…」を開いて確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>モデルが読み込まれていません。先にモデル一覧からモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="430"/>
        <location filename="../ui/session.py" line="438"/>
        <source>Stop the answer that is being written first.</source>
        <translation>先に、書き込み中の回答を停止してください。</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="58"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="67"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="77"/>
        <source>Preset:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="88"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="90"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="92"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="94"/>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="96"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="105"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>チェックのない値は 設定 › 回答 に従います（灰色で表示）。チェックした値は</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="107"/>
        <source>this chat&apos;s own.</source>
        <translation>このチャット独自の値です。</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="220"/>
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="615"/>
        <source>Message  (Enter to send, Shift+Enter for a new line)</source>
        <translation>メッセージ（Enter で送信、Shift+Enter で改行）</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/context_meter.py" line="49"/>
        <source>{used} / {size} tokens</source>
        <translation>{used} / {size} トークン</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="51"/>
        <source>This chat uses {used} of the model&apos;s {size}-token context.</source>
        <translation>このチャットは、モデルのコンテキスト {size} トークンのうち {used} を使っています。</translation>
    </message>
    <message>
        <location filename="../ui/context_meter.py" line="55"/>
        <source>Older messages will be left out of what the model reads.</source>
        <translation>古いメッセージはモデルが読む範囲から外れます。</translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="119"/>
        <source>About “{title}”</source>
        <translation>「{title}」について</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="121"/>
        <source>About this chat</source>
        <translation>このチャットについて</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="124"/>
        <source>No answers yet.</source>
        <translation>まだ回答はありません。</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>ホスト利用の推定コスト：{cost}（設定で入力した価格による）</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="133"/>
        <source>This chat&apos;s route: {route}.</source>
        <translation>このチャットの経路：{route}。</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/conversation_list.py" line="45"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="47"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="49"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="50"/>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="129"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="131"/>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="134"/>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>&amp;Pin</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="135"/>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="132"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="133"/>
        <source>Show archived chats</source>
        <translation>アーカイブしたチャットを表示</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="136"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="137"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="138"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="139"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>チャットを検索（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="140"/>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="130"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="159"/>
        <source>Un&amp;pin</source>
        <translation>ピン留めを外す(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="160"/>
        <source>Un&amp;archive</source>
        <translation>アーカイブから戻す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="210"/>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="226"/>
        <source>pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="227"/>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="258"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="287"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="297"/>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location filename="../ui/conversation_list.py" line="298"/>
        <source>Delete this chat and all its messages? This cannot be undone.</source>
        <translation>このチャットとすべてのメッセージを削除しますか？元に戻すことはできません。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="101"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>あなたのファイルのコレクション。検索はこのコンピューター上だけで行われます。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="104"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="108"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="110"/>
        <source>Re-index</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="112"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="114"/>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attach to this chat</source>
        <translation>このチャットに添付</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="136"/>
        <source>Files that could not be read:</source>
        <translation>読み込めなかったファイル：</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="138"/>
        <source>Files that could not be read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="152"/>
        <source>Not there any more: {folders}</source>
        <translation>見つからなくなりました：{folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="187"/>
        <source>Attached to this chat</source>
        <translation>このチャットに添付済み</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="193"/>
        <source>Add a folder of documents</source>
        <translation>文書のフォルダーを追加</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="225"/>
        <source>Looking for files in {name}…</source>
        <translation>{name} のファイルを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="233"/>
        <source>Stopping after this file…</source>
        <translation>このファイルの後で停止します…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="238"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>コレクション {name} を削除しますか？ファイル自体には手を加えません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="261"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 個の抜粋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="264"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>（ベクトル付き %n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="266"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 個は読み込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="268"/>
        <source>a folder is not there any more</source>
        <translation>フォルダーが見つからなくなりました</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="272"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="282"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>{file} を読み込み中（{total} 件中 {number} 件目）</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="290"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>停止しました：追加 {added}、更新 {updated}、削除 {removed}、変更なし {unchanged}。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="295"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>完了しました：追加 {added}、更新 {updated}、削除 {removed}、変更なし {unchanged}。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="304"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>見つからなくなりました（抜粋は保持）：{folders}</translation>
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
        <translation>%1 をダウンロード中：%2 % 完了。クリックでモデル管理を開きます。</translation>
    </message>
    <message>
        <location filename="../ui/download_indicator.py" line="37"/>
        <source>Download progress</source>
        <translation>ダウンロードの進み具合</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <location filename="../ui/first_run.py" line="69"/>
        <source>Use the tiny starter model</source>
        <translation>小さなスターターモデルを使う</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="70"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="109"/>
        <source>No model is installed yet. Open a GGUF file from the Models menu.</source>
        <translation>モデルがまだインストールされていません。「モデル」メニューから GGUF ファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="113"/>
        <source>For this machine ({memory} GB of memory) Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>このマシン（メモリ {memory} GB）には &lt;b&gt;{model}&lt;/b&gt;（パラメーター {parameters}、{size}、{license}）をおすすめします。ダウンロードは一度だけで、固定された SHA-256 で検証されます。</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="119"/>
        <source>For you Hearth suggests &lt;b&gt;{model}&lt;/b&gt; ({parameters} parameters, {size}, {license}): it is downloaded once and checked against its pinned SHA-256.</source>
        <translation>おすすめは &lt;b&gt;{model}&lt;/b&gt;（パラメーター {parameters}、{size}、{license}）です。ダウンロードは一度だけで、固定された SHA-256 で検証されます。</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="132"/>
        <source>Until then you can chat with the tiny starter model, which answers quickly but simply.</source>
        <translation>それまでは小さなスターターモデルでチャットできます。応答は速いですが簡単なものです。</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py" line="138"/>
        <source>Download {model}</source>
        <translation>{model} をダウンロード</translation>
    </message>
</context>
<context>
    <name>HistoryConfirmBox</name>
    <message>
        <location filename="../ui/hosted_route.py" line="88"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>このチャットをホスト型プロバイダーに送信しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="90"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>これまでのメッセージ %n 件が {destination} に送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="96"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>このチャットはこれまでこのマシン上でのみ回答されてきました。今送信すると、履歴全体がホスト型プロバイダーに渡されます。新しいメッセージだけを送るには、新しいチャットを始めてください。</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>KVCachePanel</name>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="30"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="34"/>
        <source>Delete the saved states; long conversations are then re-read when you return to them</source>
        <translation>保存した状態を削除します。長い会話は戻ったときに読み直されます</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="49"/>
        <source>Off (Hearth re-reads a conversation when you return to it)</source>
        <translation>オフ（会話に戻ったときに読み直します）</translation>
    </message>
    <message>
        <location filename="../ui/kv_cache_panel.py" line="51"/>
        <source>{used} MB of {limit} MB</source>
        <translation>{used} MB／{limit} MB</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="180"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>前回 Hearth を閉じたときに %n 件の回答が途中で切れました。本文は保持し、中断済みとして記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="261"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>このチャットのメッセージ。Alt+↑ と Alt+↓ で 1 件ずつ読み上げます。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>Chat settings…</source>
        <translation>チャットの設定…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="387"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="393"/>
        <source>&amp;Open model file…</source>
        <translation>モデルファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Conversation &amp;info…</source>
        <translation>会話の情報(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="414"/>
        <source>&amp;Chat settings…</source>
        <translation>チャットの設定(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="430"/>
        <source>Export &amp;all…</source>
        <translation>すべてエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Documents…</source>
        <translation>文書(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="456"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <source>&amp;Manage models…</source>
        <translation>モデルを管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="464"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>モデルを解放(&amp;U)（メモリを空ける）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472"/>
        <source>Local server &amp;requests…</source>
        <translation>ローカルサーバーへのリクエスト(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="482"/>
        <source>&amp;Stop the answer</source>
        <translation>回答を停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="486"/>
        <source>&amp;Copy message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="489"/>
        <source>Copy &amp;last answer</source>
        <translation>最後の回答をコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="495"/>
        <source>&amp;Regenerate answer</source>
        <translation>回答を再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="501"/>
        <source>&amp;Edit message</source>
        <translation>メッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="504"/>
        <source>C&amp;ontinue answer</source>
        <translation>回答を続ける(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="509"/>
        <source>&amp;Delete message…</source>
        <translation>メッセージを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="514"/>
        <source>&amp;Previous branch</source>
        <translation>前の分岐(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="520"/>
        <source>&amp;Next branch</source>
        <translation>次の分岐(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="526"/>
        <source>Read the p&amp;revious message</source>
        <translation>前のメッセージを読む(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="532"/>
        <source>Read the ne&amp;xt message</source>
        <translation>次のメッセージを読む(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="547"/>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="597"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} を {seconds} 秒で読み込みました</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>Local server requests</source>
        <translation>ローカルサーバーへのリクエスト</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="682"/>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="683"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="715"/>
        <source>No model installed: open a GGUF file</source>
        <translation>モデルがインストールされていません：GGUF ファイルを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="743"/>
        <source>Open a GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="745"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="828"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="893"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 が回答します（ホスト）：メッセージはこのコンピューターの外に送られます。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="897"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 が回答します（このコンピューター上）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="899"/>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="900"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>モデルが読み込まれていません。上で選ぶか、「モデル」メニューを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="958"/>
        <location filename="../ui/main_window.py" line="1108"/>
        <source>Open a chat first.</source>
        <translation>先にチャットを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="972"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="973"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="981"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>{file} ではなく、.md、.html、.json のいずれかでエクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="989"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n 件のチャットを {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Import chats</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1000"/>
        <source>Conversations (*.json)</source>
        <translation>会話 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1008"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>{file} から %n 件のチャットをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1033"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>チャットを削除する前に、書き込み中の回答を停止してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1067"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>送信していません。新しいチャットを始めるか、「設定…」でローカルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1071"/>
        <source>Not sent.</source>
        <translation>送信していません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1127"/>
        <source>Type a message first.</source>
        <translation>先にメッセージを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1133"/>
        <location filename="../ui/main_window.py" line="1167"/>
        <location filename="../ui/main_window.py" line="1298"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>回答を待つか、「停止」を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1214"/>
        <source>Message copied.</source>
        <translation>メッセージをコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1223"/>
        <source>Answer copied.</source>
        <translation>回答をコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1248"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しい版を分岐として送信、Esc で取り消します。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1259"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>続けられるのは、長さの上限で切れた回答だけです。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1278"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>このメッセージとその回答を削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1280"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>この回答を削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1282"/>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1310"/>
        <source>This chat has no other branch.</source>
        <translation>このチャットにはほかの分岐はありません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1315"/>
        <source>No more branches that way.</source>
        <translation>その方向にはもう分岐はありません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1328"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>このメッセージは {length} 文字になります。Hearth が送れるのは最大 {limit} 文字です。短くするか、文書として添付してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1340"/>
        <source>Edit cancelled.</source>
        <translation>編集を取り消しました。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1372"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1400"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1403"/>
        <source>first token {seconds} s</source>
        <translation>最初のトークン {seconds} 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1407"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="1409"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="1412"/>
        <source>Threads: {count} ({reason})</source>
        <translation>スレッド：{count}（{reason}）</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="61"/>
        <location filename="../ui/model_manager.py" line="70"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="62"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="63"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="64"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="65"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="66"/>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="67"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="71"/>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="72"/>
        <source>Size on disk</source>
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="73"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="82"/>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="83"/>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Starter (built in)</source>
        <translation>スターター（内蔵）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="227"/>
        <location filename="../ui/model_manager.py" line="576"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="382"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="240"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="241"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <source>Reveal in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="243"/>
        <source>Import GGUF file…</source>
        <translation>GGUF ファイルをインポート…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="229"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;カタログ&lt;/b&gt; — 固定されたファイル。SHA-256 で検証します</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Fits (needs about {size})</source>
        <translation>動作可（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>Tight (needs about {size})</source>
        <translation>ぎりぎり（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Too big (needs about {size})</source>
        <translation>大きすぎ（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>Unknown (needs about {size})</source>
        <translation>不明（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="231"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;インストール済み&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="235"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="237"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>ダウンロードできるモデル。それぞれ固定され、SHA-256 で検証されます</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="239"/>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="285"/>
        <source>recommended for {memory} machines</source>
        <translation>{memory} のマシンにおすすめ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="344"/>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="346"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="349"/>
        <source>Paused at {percent}</source>
        <translation>{percent} で一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="350"/>
        <source>Needs a token</source>
        <translation>トークンが必要</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="380"/>
        <location filename="../ui/model_manager.py" line="385"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="420"/>
        <source>Starting {model}…</source>
        <translation>{model} を開始しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="436"/>
        <source>Cancelled {model}.</source>
        <translation>{model} をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="446"/>
        <source>{done} of {total}</source>
        <translation>{done}／{total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="454"/>
        <source>{duration} left</source>
        <translation>残り {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="458"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>ダウンロード済みの部分を確認しています（{done}）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="462"/>
        <source>Checking the SHA-256…</source>
        <translation>SHA-256 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="464"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="466"/>
        <source>Installed.</source>
        <translation>インストールしました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="474"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} をインストールして検証しました。モデル一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="488"/>
        <source>Paused at {done} of {total}.</source>
        <translation>{done}／{total} で一時停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="494"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>ダウンロードをキャンセルしました。何もインストールされていません。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="518"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>{file}（{size}）をモデルフォルダーから削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="530"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>{file} を削除できませんでした：{reason}。モデルが読み込まれている場合は、先に別のモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="535"/>
        <source>Deleted {file}.</source>
        <translation>{file} を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="547"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="549"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="560"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} は使用できません：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="565"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} を読み込めません：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="570"/>
        <source>Imported {file}.</source>
        <translation>{file} をインポートしました。</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="143"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="144"/>
        <source>Where</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="145"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="180"/>
        <source>Network activity</source>
        <translation>ネットワークアクティビティ</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="192"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="220"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>オフラインロックはオンです。このコンピューターの外に出る接続は拒否されます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is off.</source>
        <translation>オフラインロックはオフです。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="227"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>このセッション：{session}。過去 {days} 日間：記録 {recorded} 件、うちこのコンピューターの外へ {outside} 件。{lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="239"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="241"/>
        <source>(this computer)</source>
        <translation>（このコンピューター）</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>name lookup</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>listening</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="260"/>
        <source>{sent} sent, {received} received</source>
        <translation>送信 {sent}、受信 {received}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="267"/>
        <source>Export network activity</source>
        <translation>ネットワークアクティビティをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="268"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-network-activity.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="116"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>起動してから Hearth がネットワーク上で行ったこと（うちこのコンピューター内 %n 件）。クリックですべて表示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="122"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>起動してから Hearth がネットワーク上で行ったこと。クリックですべて表示。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="112"/>
        <source>offline lock on</source>
        <translation>オフラインロック中</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="55"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>オフラインロック：このコンピューターの外に出る接続をすべて拒否します。ダウンロード、ホスト経路、接続テストはすぐに拒否され、その記録が残ります。このコンピューター上のサーバー（127.0.0.1、Hearth のローカルサーバーを含む）には、下で許可している間だけ接続できます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="61"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>このコンピューター上の会話とドキュメントの索引を暗号化します（SQLCipher、AES-256。鍵はシステムのキーチェーンに保管）。コピーされたディスク、盗まれたノートパソコンのドライブ、データフォルダーのバックアップを保護します。ロック解除されたセッションを使う人やプログラムからは保護できません。ログイン中は Hearth が鍵を読めるので、それらも読めます。データベースは次回 Hearth の起動時に変換され、オフにすると元に戻されます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="69"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>暗号化は利用できません。システムのキーチェーンが見つからない（またはこのインストールに SQLCipher がない）ためです。Hearth は、保護するデータの隣のファイルに鍵を保存することはしません。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="305"/>
        <source>Offline lock</source>
        <translation>オフラインロック</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="320"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>オフライン中もローカルサーバー（このコンピューターのみ）を許可する</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="311"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>Hearth の起動環境で {variable}=1 が設定されているため、このスイッチに関係なくロックはオンです。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>Encrypt conversations at rest</source>
        <translation>保存された会話を暗号化</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="321"/>
        <source>Checking the system keychain…</source>
        <translation>システムのキーチェーンを確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="371"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>変更は次回 Hearth を起動したときに有効になります。</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="193"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="240"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>%n 件のリクエストを処理中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="242"/>
        <source>No request is being served.</source>
        <translation>処理中のリクエストはありません。</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="59"/>
        <source>no model set</source>
        <translation>モデル未設定</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="61"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>ホスト：{destination} · {model} — メッセージはこのマシンの外に送られます</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="54"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>このコンピューター上のほかのプログラムに Hearth のモデルを使わせる</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="62"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>このアドレスに到達できるほかのマシンのプログラムも接続できます（トークンは必要です）。サーバーをこのコンピューターだけにするには 127.0.0.1 を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="71"/>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="73"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>ローカルサーバーを使うには、プログラムがこのトークンを送る必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="75"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy the access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Make a new access token</source>
        <translation>新しいアクセストークンを作成</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="81"/>
        <source>Keep prompt text in the request log</source>
        <translation>リクエストログにプロンプトの本文を残す</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="89"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Address:</source>
        <translation>アドレス：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="92"/>
        <source>Base URL:</source>
        <translation>ベース URL：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Access token:</source>
        <translation>アクセストークン：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="148"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>プログラムは「Authorization: Bearer &lt;token&gt;」として送信します（多くのツールでは API キーの欄）。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="160"/>
        <source>The token was copied.</source>
        <translation>トークンをコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="169"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>新しいトークンを作成しました。古いトークンを使っているプログラムには、こちらを設定してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Who answers</source>
        <translation>回答する相手</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>ローカル：このマシン上のモデル（何も外に出ません）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>ホスト：プロバイダーのサーバー（メッセージはそこへ送信されます）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="114"/>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Hosted route</source>
        <translation>ホスト経路</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Provider:</source>
        <translation>プロバイダー：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 または http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Server URL:</source>
        <translation>サーバー URL：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Model (exact version)</source>
        <translation>モデル（正確なバージョン）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>List models</source>
        <translation>モデル一覧を取得</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Model (exact version):</source>
        <translation>モデル（正確なバージョン）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Forget stored key</source>
        <translation>保存したキーを削除</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>API key:</source>
        <translation>API キー：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Connect timeout:</source>
        <translation>接続タイムアウト：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Longest pause between chunks:</source>
        <translation>チャンク間の最長待ち時間：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Longest answer:</source>
        <translation>回答の最長時間：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Retries before the answer starts:</source>
        <translation>回答開始前の再試行回数：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Prompt price per million tokens</source>
        <translation>プロンプトの 100 万トークンあたりの価格</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Completion price per million tokens</source>
        <translation>回答の 100 万トークンあたりの価格</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>completion</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>Price per million tokens:</source>
        <translation>100 万トークンあたりの価格：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>Connection report</source>
        <translation>接続レポート</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Local models</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="221"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="236"/>
        <source>System prompt:</source>
        <translation>システムプロンプト：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="242"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>温度（0 = 常に最も可能性の高い語）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="247"/>
        <source>Longest answer (tokens):</source>
        <translation>回答の最大長（トークン）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="253"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p（小さいほど可能性の低い語が減る）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="259"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>シード（同じシードと同じメッセージなら同じ回答）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="269"/>
        <source>automatic ({count} on this machine)</source>
        <translation>自動（このマシンでは {count}）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="272"/>
        <source>CPU threads:</source>
        <translation>CPU スレッド数：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="278"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>最大コンテキスト（トークン、モデル自体の上限まで）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>すべて（llama.cpp が GPU 向けにビルドされている場合）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="284"/>
        <source>Layers on the GPU:</source>
        <translation>GPU に載せる層：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Saved conversations (instant return):</source>
        <translation>保存した会話（すぐに再開）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="291"/>
        <location filename="../ui/settings_dialog.py" line="421"/>
        <source>reading the keychain…</source>
        <translation>キーチェーンを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="292"/>
        <source>Forget token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="299"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Hugging Face トークン（アクセス制限付きモデルのみ）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="302"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>一部のモデル（Llama、Gemma）では、huggingface.co で利用規約に同意し、読み取り用トークンを用意する必要があります。トークンはファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="314"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="319"/>
        <source>Language of the window:</source>
        <translation>ウィンドウの言語：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="321"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>保存すると言語が切り替わります。再起動は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>Hearth の起動環境で {variable} が設定されており、こちらより優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="336"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="346"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="404"/>
        <location filename="../ui/settings_dialog.py" line="443"/>
        <source>stored in the keychain ({masked})</source>
        <translation>キーチェーンに保存済み（{masked}）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="418"/>
        <source>(optional for a server of your own)</source>
        <translation>（自分のサーバーでは省略可）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="422"/>
        <source>Reading the system keychain…</source>
        <translation>システムのキーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>no system keychain</source>
        <translation>システムのキーチェーンなし</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="431"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>システムのキーチェーンが見つからないため、Hearth はキーを安全に保存できず、ファイルにも書き込みません。代わりに環境変数 {variable} を設定してください{optional}。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="435"/>
        <source>It is set and will be used.</source>
        <translation>設定済みなので使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="446"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>システムのキーチェーンにキーが保存されています。入力すると置き換えます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="449"/>
        <source>from {variable}</source>
        <translation>{variable} から</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>{variable} のキーを使用中です。ここに入力したキーが優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>paste your key</source>
        <translation>キーを貼り付け</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="459"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>キーはまだありません{optional}。ファイルではなくシステムのキーチェーンに保管されます。または {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection works.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Connection problem.</source>
        <translation>接続に問題があります。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="534"/>
        <source>Asking the server for its models…</source>
        <translation>サーバーにモデル一覧を問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>サーバーには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="545"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>サーバーはモデルを返しませんでした。名前を直接入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="603"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>{provider} で使うモデル名を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="627"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>キーは保存されませんでした。代わりに {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="637"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>トークンは保存されませんでした。代わりに HF_TOKEN を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="694"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>確認が予期せず失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="44"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="58"/>
        <source>Model loading progress</source>
        <translation>モデルの読み込みの進行状況</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="82"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="85"/>
        <source>Dismiss the error</source>
        <translation>エラーを閉じる</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="129"/>
        <source>Checking {destination}…</source>
        <translation>{destination} を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="131"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="133"/>
        <source>Connected: {model} (hosted)</source>
        <translation>接続済み: {model}（ホスト型）</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="135"/>
        <source>Ready: {model}</source>
        <translation>準備完了: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="137"/>
        <source>Not loaded</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="139"/>
        <source>No model loaded</source>
        <translation>モデル未読み込み</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="48"/>
        <source>Reading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="50"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="67"/>
        <source>HOSTED</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="69"/>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>Sent {when}</source>
        <translation>{when} に送信</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="79"/>
        <source>Answered {when}</source>
        <translation>{when} に回答</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="82"/>
        <source>hosted by {provider}</source>
        <translation>{provider} がホスト</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="86"/>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="89"/>
        <source>by {model}, {where}</source>
        <translation>{model}（{where}）</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="96"/>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="102"/>
        <source>first token after {seconds} s</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="108"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="356"/>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="370"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>回答が中断されました。上の文章が届いた分です。</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="380"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>{count} トークンの上限で停止しました。続けますか？</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="432"/>
        <source>{count} more characters.</source>
        <translation>さらに {count} 文字あります。</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="435"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="489"/>
        <source>Reading {count} tokens…</source>
        <translation>{count} トークンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="106"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../ui/markdown_render.py" line="107"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="29"/>
        <source>What can I help with?</source>
        <translation>何をお手伝いしましょうか？</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="50"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>ヒートポンプの仕組みをやさしい言葉で説明して。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="51"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>会議を断る、短くて感じのよいメールを書いて。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="52"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>手早く作れるベジタリアンの夕食のアイデアを 3 つちょうだい。</translation>
    </message>
</context>
<context>
    <name>WindowLook</name>
    <message>
        <location filename="../ui/window_look.py" line="61"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>会話リストの表示／非表示（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="65"/>
        <source>Conversation list</source>
        <translation>会話リスト</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="71"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="74"/>
        <source>&amp;Conversation list</source>
        <translation>会話リスト(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="82"/>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="89"/>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="96"/>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="104"/>
        <source>&amp;Next pane</source>
        <translation>次のペイン(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="111"/>
        <source>&amp;Previous pane</source>
        <translation>前のペイン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="117"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window_look.py" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="162"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="164"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>名前解決 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="166"/>
        <source>%n refused</source>
        <translation>
            <numerusform>拒否 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>No network use this session</source>
        <translation>このセッションではネットワーク未使用</translation>
    </message>
</context>
</TS>
