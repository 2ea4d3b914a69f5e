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
        <location filename="../ui/answer_sources.py" line="40"/>
        <source>No passage of the attached documents matched this question; answered without them.</source>
        <translation>添付した文書にこの質問に合う抜粋はありませんでした。文書なしで回答しています。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="47"/>
        <source>Sources (from your documents, sent to {destination}): </source>
        <translation>出典（あなたの文書、{destination} に送信）：</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="51"/>
        <source>Sources (from your documents, on this machine): </source>
        <translation>出典（このマシン上のあなたの文書）：</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="95"/>
        <source>Send passages of your documents?</source>
        <translation>文書の抜粋を送信しますか？</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="99"/>
        <source>Passages from {collections} will be sent to {destination}.</source>
        <translation>{collections} の抜粋が {destination} に送信されます。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="104"/>
        <source>This chat has documents attached. With each question, the passages that match it go to the hosted provider with the chat. Your choice is kept for this chat.</source>
        <translation>このチャットには文書が添付されています。質問のたびに、合致する抜粋がチャットと一緒にホスト型プロバイダーに送られます。選択はこのチャットに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="111"/>
        <source>Send passages</source>
        <translation>抜粋を送信</translation>
    </message>
    <message>
        <location filename="../ui/answer_sources.py" line="115"/>
        <source>Answer without them</source>
        <translation>抜粋なしで回答</translation>
    </message>
</context>
<context>
    <name>AnswerStats</name>
    <message>
        <location filename="../ui/answer_stats.py" line="35"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="38"/>
        <source>first token {seconds} s</source>
        <translation>最初のトークン {seconds} 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="42"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/answer_stats.py" line="44"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/answer_stats.py" line="47"/>
        <source>Threads: {count} ({reason})</source>
        <translation>スレッド：{count}（{reason}）</translation>
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
        <location filename="../ui/application.py" line="133"/>
        <source>{choice}: the file is renamed {name}.damaged-&lt;date&gt;-&lt;time&gt; in {folder}, where it stays for recovery.</source>
        <translation>{choice}：ファイルは {folder} 内で {name}.damaged-&lt;date&gt;-&lt;time&gt; に名前が変わり、復旧用にそこに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/application.py" line="148"/>
        <source>Hearth could not set {path} aside: {reason}.</source>
        <translation>Hearth は {path} を退避できませんでした：{reason}。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog_texts.py" line="15"/>
        <source>Tiny and quick; fine for short answers and trying Hearth out on any machine.</source>
        <translation>とても小さく高速。短い回答や、どんなマシンでも Hearth を試すのに向いています。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="18"/>
        <source>Very small multilingual model; fast on old laptops, limited reasoning.</source>
        <translation>とても小さな多言語モデル。古いノートパソコンでも速いが、推論力は限られます。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="21"/>
        <source>Smallest Qwen3; thinks step by step before answering by default.</source>
        <translation>最小の Qwen3。既定では回答の前に段階的に考えます。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="24"/>
        <source>Google&apos;s small Gemma 3; good everyday writing for its size.</source>
        <translation>Google の小さな Gemma 3。サイズの割に日常的な文章が得意です。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="25"/>
        <source>Meta&apos;s small Llama; quick, long context, decent at summaries.</source>
        <translation>Meta の小さな Llama。高速で、コンテキストが長く、要約もそこそこ得意です。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="26"/>
        <source>Hugging Face&apos;s open 1.7B model, trained on openly documented data.</source>
        <translation>Hugging Face のオープンな 1.7B モデル。公開で文書化されたデータで学習しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="29"/>
        <source>Small, multilingual and good at following instructions.</source>
        <translation>小さく多言語対応で、指示に従うのが得意です。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="30"/>
        <source>Qwen3 with step-by-step thinking; a strong small reasoner.</source>
        <translation>段階的に考える Qwen3。小さいながら推論に強いモデルです。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="31"/>
        <source>Google&apos;s Gemma 2; friendly, fluent English writing.</source>
        <translation>Google の Gemma 2。親しみやすく流暢な英語の文章を書きます。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="32"/>
        <source>Balanced quality and speed; the pick for machines with 8 GB of memory.</source>
        <translation>品質と速度のバランスが良く、メモリー 8 GB のマシンにおすすめです。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="35"/>
        <source>Microsoft&apos;s Phi-3.5 mini; good at reasoning and code for its size.</source>
        <translation>Microsoft の Phi-3.5 mini。サイズの割に推論とコードが得意です。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="38"/>
        <source>Qwen3 4B with thinking mode; strong reasoning on a laptop.</source>
        <translation>思考モード付きの Qwen3 4B。ノートパソコンで強い推論力を発揮します。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="39"/>
        <source>Google&apos;s Gemma 3 4B; capable all-rounder with a long context.</source>
        <translation>Google の Gemma 3 4B。コンテキストが長く、何でもこなせる有能なモデルです。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="40"/>
        <source>The best answers in this list; the pick for a typical 16 GB laptop.</source>
        <translation>この一覧で最も良い回答を返します。一般的な 16 GB のノートパソコンにおすすめです。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="43"/>
        <source>The default for document search in English: good recall, 146 MB.</source>
        <translation>英語の文書検索の既定：取りこぼしが少なく、146 MB。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="46"/>
        <source>Light document search in English: 37 MB, quick on any machine.</source>
        <translation>軽量な英語の文書検索：37 MB、どのマシンでも高速。</translation>
    </message>
    <message>
        <location filename="../core/catalog_texts.py" line="47"/>
        <source>Multilingual document search (over 100 languages): 639 MB, slower.</source>
        <translation>多言語の文書検索（100 以上の言語）：639 MB、やや低速。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <location filename="../ui/session.py" line="182"/>
        <source>Stopping the answer to switch models…</source>
        <translation>モデルを切り替えるため回答を停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="196"/>
        <source>Loading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="204"/>
        <source>The hosted route keeps no model on this machine; nothing to unload.</source>
        <translation>ホスト経路ではこのマシンにモデルを置かないため、解放するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="212"/>
        <source>Model unloaded. Pick a model to chat again.</source>
        <translation>モデルを解放しました。チャットを続けるにはモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="224"/>
        <source>Connecting to {destination}…</source>
        <translation>{destination} に接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="247"/>
        <source>The model you used last is no longer at {path}. Pick another model, or open the file from its new place.</source>
        <translation>前回使ったモデルは {path} にもうありません。別のモデルを選ぶか、新しい場所からファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="341"/>
        <source>Open Settings… to fix the hosted route.</source>
        <translation>ホスト経路を直すには「設定…」を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="344"/>
        <source>The hosted route is not connected. Open Settings… to check it.</source>
        <translation>ホスト経路に接続されていません。「設定…」を開いて確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="345"/>
        <source>No model is loaded. Pick a model in the Model list first.</source>
        <translation>モデルが読み込まれていません。先にモデル一覧からモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/session.py" line="431"/>
        <location filename="../ui/session.py" line="439"/>
        <source>Stop the answer that is being written first.</source>
        <translation>先に、書き込み中の回答を停止してください。</translation>
    </message>
</context>
<context>
    <name>ChatSettingsDialog</name>
    <message>
        <location filename="../ui/chat_settings.py" line="61"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="70"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="73"/>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="76"/>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="80"/>
        <source>Preset:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="91"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="93"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="95"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="97"/>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="99"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="100"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="108"/>
        <source>Unticked values follow Settings › Answers (shown greyed); ticked ones are</source>
        <translation>チェックのない値は 設定 › 回答 に従います（灰色で表示）。チェックした値は</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="110"/>
        <source>this chat&apos;s own.</source>
        <translation>このチャット独自の値です。</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../ui/chat_settings.py" line="223"/>
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/chat_view.py" line="639"/>
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
    <name>ConversationFiles</name>
    <message>
        <location filename="../ui/conversation_files.py" line="44"/>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="49"/>
        <source>Export &amp;all…</source>
        <translation>すべてエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="54"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="74"/>
        <source>Open a chat first.</source>
        <translation>先にチャットを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="88"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="89"/>
        <source>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="96"/>
        <source>Export to .md, .html or .json, not {file}.</source>
        <translation>{file} ではなく、.md、.html、.json のいずれかでエクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="104"/>
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n 件のチャットを {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="116"/>
        <source>Import chats</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <location filename="../ui/conversation_files.py" line="118"/>
        <source>Conversations (*.json)</source>
        <translation>会話 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation_files.py" line="126"/>
        <source>Imported %n chat(s) from {file}.</source>
        <translation>
            <numerusform>{file} から %n 件のチャットをインポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationInfoDialog</name>
    <message>
        <location filename="../ui/hosted_route.py" line="123"/>
        <source>About “{title}”</source>
        <translation>「{title}」について</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="125"/>
        <source>About this chat</source>
        <translation>このチャットについて</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="128"/>
        <source>No answers yet.</source>
        <translation>まだ回答はありません。</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="132"/>
        <source>Estimated hosted cost: {cost} (from your prices in Settings…)</source>
        <translation>ホスト利用の推定コスト：{cost}（設定で入力した価格による）</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="137"/>
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
    <name>Core</name>
    <message>
        <location filename="../core/catalog.py" line="130"/>
        <source>{where}, entry {entry}, field {field}: {message}</source>
        <translation>{where}、項目 {entry}、フィールド {field}：{message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="138"/>
        <source>{where}, entry {entry}: {message}</source>
        <translation>{where}、項目 {entry}：{message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="145"/>
        <source>{where}, field {field}: {message}</source>
        <translation>{where}、フィールド {field}：{message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="151"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="192"/>
        <source>must be a non-empty text value in quotes</source>
        <translation>引用符で囲んだ空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="197"/>
        <source>must be {expected}, got {value}</source>
        <translation>{expected}にしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="207"/>
        <source>a Hugging Face repository such as &apos;owner/name&apos;</source>
        <translation>「owner/name」のような Hugging Face のリポジトリ</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="221"/>
        <source>must be {expected}, got {value}: {error}</source>
        <translation>{expected}にしてください（値：{value}）：{error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="234"/>
        <source>must be a whole number, got {value}</source>
        <translation>整数にしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="240"/>
        <source>must be greater than zero, got {value}</source>
        <translation>0 より大きい値にしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="250"/>
        <source>must be true or false, got {value}</source>
        <translation>true か false にしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="256"/>
        <source>64 hexadecimal characters (a SHA-256)</source>
        <translation>16 進数 64 文字（SHA-256）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="274"/>
        <source>must be a text value in quotes, got {value}</source>
        <translation>引用符で囲んだ文字列にしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="290"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>{choices} のいずれかにしてください（値：{value}）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="299"/>
        <source>lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>小文字の英字、数字、「.」「_」「-」</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="304"/>
        <source>a 40-hex commit or a branch name</source>
        <translation>16 進数 40 文字のコミットかブランチ名</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="308"/>
        <source>a plain file name ending in .gguf (no folders)</source>
        <translation>.gguf で終わる単純なファイル名（フォルダーなし）</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="314"/>
        <source>a parameter count such as &apos;360M&apos; or &apos;1.5B&apos;</source>
        <translation>「360M」や「1.5B」のようなパラメーター数</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="385"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="401"/>
        <source>is missing: an embedding model needs &apos;mean&apos;, &apos;cls&apos; or &apos;last&apos;</source>
        <translation>指定されていません：埋め込みモデルには「mean」「cls」「last」のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="409"/>
        <source>is not a known field and was ignored</source>
        <translation>不明なフィールドのため無視しました</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="420"/>
        <source>not valid TOML: {error}</source>
        <translation>TOML として正しくありません：{error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="426"/>
        <source>unknown top-level key {key} was ignored</source>
        <translation>最上位の不明なキー {key} を無視しました</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="434"/>
        <source>&apos;models&apos; must be a list of [[models]] tables</source>
        <translation>「models」は [[models]] テーブルのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="445"/>
        <source>is not UTF-8 text: {error}</source>
        <translation>UTF-8 のテキストではありません：{error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="449"/>
        <source>cannot be read: {error}</source>
        <translation>読めません：{error}</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="529"/>
        <source>the same id appears earlier in this file; this entry was left out</source>
        <translation>同じ id がこのファイルの前の方にあります。この項目は除外しました</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="552"/>
        <source>this override was ignored</source>
        <translation>この上書きは無視しました</translation>
    </message>
    <message>
        <location filename="../core/catalog.py" line="554"/>
        <source>this entry was left out</source>
        <translation>この項目は除外しました</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="157"/>
        <source>Your documents could not be searched ({error}); answering without them.</source>
        <translation>ドキュメントを検索できませんでした（{error}）。ドキュメントなしで回答します。</translation>
    </message>
    <message>
        <location filename="../core/chat.py" line="190"/>
        <source>The answer failed unexpectedly: {error}</source>
        <translation>回答が予期せず失敗しました：{error}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="37"/>
        <source>Hosted · {provider} · {model}</source>
        <translation>ホスト · {provider} · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="42"/>
        <source>Local · {model}</source>
        <translation>ローカル · {model}</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="45"/>
        <source>{answers} answer(s), {prompt:,} prompt + {completion:,} completion tokens</source>
        <translation>回答 {answers} 件、入力 {prompt:,} トークン + 出力 {completion:,} トークン</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="54"/>
        <source>{where}: {tokens}, no charge (ran on this machine)</source>
        <translation>{where}：{tokens}、無料（このマシンで実行）</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="59"/>
        <source>{where}: {tokens}, no price set (add one in Settings… to see an estimate)</source>
        <translation>{where}：{tokens}、価格未設定（見積もりを見るには「設定…」で価格を入力してください）</translation>
    </message>
    <message>
        <location filename="../core/costs.py" line="64"/>
        <source>{where}: {tokens}, about ${cost:.4f}</source>
        <translation>{where}：{tokens}、約 ${cost:.4f}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="89"/>
        <source>nothing accepts connections there (the connection was refused)</source>
        <translation>接続を受け付けるものがありません。接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="92"/>
        <source>that computer cannot be reached (no route to it)</source>
        <translation>そのコンピューターに到達できません。経路がありません</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="95"/>
        <source>that computer cannot be reached (it appears to be down)</source>
        <translation>そのコンピューターに到達できません。停止しているようです</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="149"/>
        <source>Download paused; it will continue where it stopped.</source>
        <translation>ダウンロードを一時停止しました。止まったところから再開されます。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="151"/>
        <source>Download cancelled.</source>
        <translation>ダウンロードを取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="158"/>
        <source>The file was replaced upstream; nothing was downloaded.</source>
        <translation>ファイルが配布元で差し替えられています。何もダウンロードしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="161"/>
        <source>The catalog entry is out of date; nothing was downloaded.</source>
        <translation>カタログの項目が古くなっています。何もダウンロードしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="166"/>
        <source>the server answered {status}</source>
        <translation>サーバーの応答が {status} でした</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="193"/>
        <source>it did not answer</source>
        <translation>応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="417"/>
        <source>Downloading {name} stopped: {error}.</source>
        <translation>{name} のダウンロードが止まりました：{error}。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="422"/>
        <source>Check that the models folder is writable and the disk is not full.</source>
        <translation>モデルフォルダーに書き込めること、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="431"/>
        <source>Downloading {name} stopped on an unexpected error: {error}.</source>
        <translation>{name} のダウンロードが予期しないエラーで止まりました：{error}。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="438"/>
        <source>The part already downloaded is kept. Please report this if it happens again.</source>
        <translation>ダウンロード済みの部分は残してあります。再び起きた場合はご報告ください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="455"/>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>{name} は別の Hearth のウィンドウまたはコマンドがすでにダウンロードしています。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="462"/>
        <source>Wait for that download to finish, or stop it there.</source>
        <translation>そのダウンロードが終わるのを待つか、そちらで停止してください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="481"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded.</source>
        <translation>Hugging Face のオフラインモード（HF_HUB_OFFLINE）がオンのため、何もダウンロードできません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="487"/>
        <source>Unset HF_HUB_OFFLINE and try again.</source>
        <translation>HF_HUB_OFFLINE を解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="523"/>
        <source>The downloaded file for {name} changed on disk while it was downloading ({size:,} bytes instead of {expected:,}). It was deleted and not installed.</source>
        <translation>{name} のダウンロード中に、ディスク上のファイルが変わりました（{expected:,} バイトのはずが {size:,} バイト）。ファイルは削除し、インストールしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="533"/>
        <source>Download it again.</source>
        <translation>もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="540"/>
        <source>The downloaded file for {name} does not match its pin (expected SHA-256 {expected}, got {digest}). It was deleted and not installed.</source>
        <translation>{name} のダウンロードしたファイルが固定値と一致しません（期待した SHA-256 は {expected}、実際は {digest}）。ファイルは削除し、インストールしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="550"/>
        <source>Try again later; if it keeps happening, the file on the server has changed and the catalog entry needs updating.</source>
        <translation>しばらくしてからもう一度お試しください。繰り返し起きる場合は、サーバー上のファイルが変わっており、カタログの項目を更新する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="587"/>
        <source>cannot reach {host}: {error}</source>
        <translation>{host} に接続できません：{error}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="595"/>
        <source>The server resolved {repo} at {revision} to a different commit ({commit}).</source>
        <translation>サーバーは {repo} の {revision} を別のコミット（{commit}）として解決しました。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="605"/>
        <source>The catalog pin cannot be honoured; nothing was downloaded.</source>
        <translation>カタログの固定指定を守れません。何もダウンロードしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="614"/>
        <source>{file} in {repo} at {revision} is {size:,} bytes, but the catalog pins {expected:,}.</source>
        <translation>{repo} の {revision} にある {file} は {size:,} バイトですが、カタログでは {expected:,} バイトに固定されています。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="632"/>
        <source>{file} in {repo} at {revision} has SHA-256 {digest}, but the catalog pins {expected}.</source>
        <translation>{repo} の {revision} にある {file} の SHA-256 は {digest} ですが、カタログでは {expected} に固定されています。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="671"/>
        <source>no data arrived for {seconds:g} seconds</source>
        <translation>{seconds:g} 秒間データが届きませんでした</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="676"/>
        <source>the connection timed out ({error})</source>
        <translation>接続がタイムアウトしました（{error}）</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="688"/>
        <source>the connection failed ({error})</source>
        <translation>接続に失敗しました（{error}）</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="695"/>
        <source>Hearth could not write {path}: {error}.</source>
        <translation>Hearth は {path} に書き込めませんでした：{error}。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="700"/>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>ディスクがいっぱいでないこと、フォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="712"/>
        <source>the server sent more bytes than the pinned size; starting over</source>
        <translation>サーバーが固定サイズより多くのバイトを送ってきました。最初からやり直します</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="720"/>
        <source>the server closed the connection before the end of the file</source>
        <translation>ファイルの終わりより前にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="753"/>
        <source>the server refused to continue the partial file; starting over</source>
        <translation>サーバーが途中からの再開を拒否しました。最初からやり直します</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="770"/>
        <source>the server sent the wrong part of the file; starting over</source>
        <translation>サーバーがファイルの違う部分を送ってきました。最初からやり直します</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="781"/>
        <source>Unexpected answer {status} from {url}.</source>
        <translation>{url} から予期しない応答 {status} がありました。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="801"/>
        <source>Not enough disk space for {name}: it needs {needed} free in {folder} (the file plus {margin} to spare), and {free} is free.</source>
        <translation>{name} のための空き容量が足りません：{folder} に {needed} の空きが必要ですが（ファイルに加えて余裕分 {margin}）、空きは {free} です。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="813"/>
        <source>Free up at least {size} and try again.</source>
        <translation>少なくとも {size} を空けてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="835"/>
        <source>Hearth {why}.</source>
        <translation>Hearth は{why}。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="837"/>
        <source>Check the internet connection and that the address is right (HF_ENDPOINT, if you set it), and that no firewall or proxy blocks it; then try again. The part already downloaded is kept.</source>
        <translation>インターネット接続、アドレスが正しいか（設定している場合は HF_ENDPOINT も）、ファイアウォールやプロキシが遮断していないかを確認してから、もう一度お試しください。ダウンロード済みの部分は残してあります。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="849"/>
        <source>Downloading {name} failed after {attempts} attempts: {why}.</source>
        <translation>{name} のダウンロードが {attempts} 回試して失敗しました：{why}。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="858"/>
        <source>Check your internet connection and try again; the part already downloaded is kept.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。ダウンロード済みの部分は残してあります。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="881"/>
        <source>{why}; retrying in {seconds:.0f} s (attempt {n} of {total})</source>
        <translation>{why}。{seconds:.0f} 秒後に再試行します（{total} 回中 {n} 回目）</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="906"/>
        <source>could not connect to {host} because {why}</source>
        <translation>{host} に接続できませんでした（{why}）</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="917"/>
        <source>Offline lock is on: downloads are off.</source>
        <translation>オフラインロックがオンです：ダウンロードはできません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="930"/>
        <source>The secure connection to {host} could not be verified ({error}), so nothing was downloaded.</source>
        <translation>{host} への安全な接続を検証できなかったため（{error}）、何もダウンロードしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="939"/>
        <source>Hearth only downloads over verified HTTPS. Check the computer&apos;s date and any proxy or security software that intercepts connections.</source>
        <translation>Hearth は検証済みの HTTPS でのみダウンロードします。コンピューターの日付と、接続を傍受するプロキシやセキュリティソフトを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="962"/>
        <source>You appear to be offline: Hearth could not reach {host} ({error}).</source>
        <translation>オフラインのようです：Hearth は {host} に接続できませんでした（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="969"/>
        <source>Check the internet connection (and HF_ENDPOINT, if you set it) and try again; the part already downloaded is kept.</source>
        <translation>インターネット接続（設定している場合は HF_ENDPOINT も）を確認して、もう一度お試しください。ダウンロード済みの部分は残してあります。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="985"/>
        <source>Open {page} while signed in to Hugging Face, accept the model&apos;s terms, then add a Hugging Face access token in Hearth (it is kept in your system keychain).</source>
        <translation>Hugging Face にサインインした状態で {page} を開き、モデルの利用条件に同意してから、Hearth に Hugging Face のアクセストークンを追加してください（トークンはシステムのキーチェーンに保管されます）。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="998"/>
        <source>Your Hugging Face token does not have access to {repo} yet.</source>
        <translation>お使いの Hugging Face トークンには、まだ {repo} へのアクセス権がありません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1004"/>
        <source>Open {page} with the account that owns the token, accept the model&apos;s terms and try again.</source>
        <translation>トークンの持ち主のアカウントで {page} を開き、モデルの利用条件に同意してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1015"/>
        <source>{name} is in a gated repository: Hugging Face asks you to accept its terms first.</source>
        <translation>{name} はアクセス制限付きのリポジトリにあります：先に利用条件への同意が Hugging Face で必要です。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1028"/>
        <source>The pinned revision {revision} of {repo} does not exist on {host}.</source>
        <translation>{repo} の固定リビジョン {revision} は {host} にありません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1041"/>
        <source>{file} is not in {repo} at revision {revision}.</source>
        <translation>{repo} のリビジョン {revision} に {file} はありません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1052"/>
        <source>{host} did not find {repo}, or it needs you to sign in.</source>
        <translation>{host} で {repo} が見つからないか、サインインが必要です。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1059"/>
        <source>If the repository is private or gated: {hint}</source>
        <translation>リポジトリが非公開またはアクセス制限付きの場合：{hint}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>{host} refused access to {repo} ({status}).</source>
        <translation>{host} は {repo} へのアクセスを拒否しました（{status}）。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1078"/>
        <source>The file was not found at {url}.</source>
        <translation>{url} にファイルが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1080"/>
        <source>Check HF_ENDPOINT (Hearth used {host}) or the catalog entry {entry}; nothing was downloaded.</source>
        <translation>HF_ENDPOINT（Hearth が使ったのは {host}）か、カタログの項目 {entry} を確認してください。何もダウンロードしていません。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1092"/>
        <source>{host} answered {status} for {file}.</source>
        <translation>{host} は {file} に対して {status} を返しました。</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1097"/>
        <source>Try again later.</source>
        <translation>しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="97"/>
        <source>{path} is encrypted, and its key is not in your system keychain (the keychain may be locked, or this is another account or computer). Hearth left the file as it is. Unlock the keychain, then try again.</source>
        <translation>{path} は暗号化されていますが、その鍵がシステムのキーチェーンにありません（キーチェーンがロックされているか、別のアカウントまたはコンピューターです）。Hearth はファイルをそのままにしています。キーチェーンのロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="253"/>
        <source>Converting {path} did not produce a faithful copy ({found} for {expected}); the file was left as it was.</source>
        <translation>{path} の変換で正確なコピーができませんでした（{expected} のはずが {found}）。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="270"/>
        <source>{path} is in use by another program, so Hearth did not convert it. Close that program, then try again.</source>
        <translation>{path} を別のプログラムが使っているため、Hearth は変換しませんでした。そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/encryption.py" line="284"/>
        <source>Hearth could not convert {path} ({error}); the file was left as it was. Free some disk space, or switch encryption back in Settings › Privacy.</source>
        <translation>Hearth は {path} を変換できませんでした（{error}）。ファイルはそのままにしてあります。ディスクの空きを増やすか、「設定 › プライバシー」で暗号化の設定を元に戻してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/base.py" line="114"/>
        <source>{message} {hint}</source>
        <translation>{message}{hint}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="71"/>
        <source>the key stored in the keychain</source>
        <translation>キーチェーンに保存されたキー</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="73"/>
        <source>the key from {variable}</source>
        <translation>{variable} のキー</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="75"/>
        <source>the key entered in Settings</source>
        <translation>設定で入力したキー</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="76"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="80"/>
        <source>Checking {url} with {key}.</source>
        <translation>{key}で {url} を確認しています。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="94"/>
        <source>Ready: answers will come from {label}.</source>
        <translation>準備完了：回答は {label} から届きます。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="115"/>
        <source>The server answered but does not list its models.</source>
        <translation>サーバーは応答しましたが、モデル一覧を提供していません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="122"/>
        <source>The key was accepted.</source>
        <translation>キーは受け付けられました。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="125"/>
        <source>The server offers {count} model(s).</source>
        <translation>サーバーが提供するモデルは {count} 件です。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="132"/>
        <source>The model &apos;{model}&apos; is available.</source>
        <translation>モデル「{model}」は利用できます。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="139"/>
        <source>The model &apos;{model}&apos; is not among them. Offered: {offered}</source>
        <translation>モデル「{model}」はその中にありません。提供中：{offered}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/check.py" line="166"/>
        <source>The model &apos;{model}&apos; answered a one-token request.</source>
        <translation>モデル「{model}」が 1 トークンのリクエストに応答しました。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="71"/>
        <source>No server address is set.</source>
        <translation>サーバーアドレスが設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="73"/>
        <source>Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1.</source>
        <translation>「設定…」でベース URL を入力してください（例：http://127.0.0.1:8080/v1）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="82"/>
        <source>&apos;{url}&apos; is not a server address Hearth can use.</source>
        <translation>「{url}」は Hearth が使えるサーバーアドレスではありません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="86"/>
        <source>Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1.</source>
        <translation>https://example.com/v1 や http://127.0.0.1:8080/v1 のような URL を使ってください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="93"/>
        <source>The server address contains a user name or password.</source>
        <translation>サーバーアドレスにユーザー名かパスワードが含まれています。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="95"/>
        <source>Remove it from the URL and put the key in the API key field instead.</source>
        <translation>URL から取り除き、代わりにキーを「API キー」欄に入力してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="103"/>
        <source>Hearth will not send your conversation to {host} over plain http: anyone on the way could read it.</source>
        <translation>Hearth は暗号化されていない http で {host} に会話を送りません：途中の誰でも読めてしまうためです。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="111"/>
        <source>Use an https:// address. Plain http is allowed only for servers on this machine.</source>
        <translation>https:// のアドレスを使ってください。暗号化されていない http は、このマシン上のサーバーにだけ使えます。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="131"/>
        <source>No API key for {provider} was found.</source>
        <translation>{provider} の API キーが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="134"/>
        <source>Enter one in Settings… (it is kept in the system keychain) or set the {variable} environment variable.</source>
        <translation>「設定…」で入力する（システムのキーチェーンに保管されます）か、環境変数 {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="157"/>
        <source>&apos;{provider}&apos; is not a hosted provider Hearth knows.</source>
        <translation>「{provider}」は Hearth が知っているホスト提供元ではありません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="164"/>
        <source>No model is set for {provider}.</source>
        <translation>{provider} のモデルが設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/config.py" line="165"/>
        <source>Enter the exact model name in Settings….</source>
        <translation>「設定…」で正確なモデル名を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="160"/>
        <source>This hosted engine was closed.</source>
        <translation>このホストエンジンは閉じられています。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="207"/>
        <source>{why}, retrying in {seconds} s</source>
        <translation>{why}。{seconds} 秒後に再試行します</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="263"/>
        <source>Open Settings… and enter a valid API key.</source>
        <translation>「設定…」を開いて、有効な API キーを入力してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="266"/>
        <source>The key came from {variable}; fix it there or store one in Settings….</source>
        <translation>キーは {variable} から読み込まれています。そちらを直すか、「設定…」でキーを保存してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="274"/>
        <source>{where} rejected the API key.</source>
        <translation>{where} は API キーを拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="282"/>
        <source>{where} refused access with this key ({message}).</source>
        <translation>{where} はこのキーでのアクセスを拒否しました（{message}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="289"/>
        <source>Check the key&apos;s permissions, or open Settings… to use another key.</source>
        <translation>キーの権限を確認するか、「設定…」を開いて別のキーを使ってください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="300"/>
        <source>{where} does not know the model &apos;{model}&apos;.</source>
        <translation>{where} はモデル「{model}」を知りません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="305"/>
        <source>Check the exact model name in Settings… (List models shows what is offered).</source>
        <translation>「設定…」でモデル名を正確に確認してください（「モデル一覧を取得」で提供中のモデルがわかります）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="317"/>
        <source>{where} is rate limiting requests and did not answer after retrying.</source>
        <translation>{where} がリクエストを制限しており、再試行しても応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="324"/>
        <source>Wait a minute and send again, or check your plan&apos;s limits.</source>
        <translation>1 分ほど待ってから送り直すか、ご利用プランの上限を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="331"/>
        <source>rate limited</source>
        <translation>リクエストが制限されています</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="337"/>
        <source>{where} is unavailable right now (HTTP {status}).</source>
        <translation>{where} は現在利用できません（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="343"/>
        <source>Try again in a little while.</source>
        <translation>少し時間をおいてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="348"/>
        <source>server busy (HTTP {status})</source>
        <translation>サーバーが混み合っています（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="355"/>
        <source>{where} failed with a server error (HTTP {status}): {message}</source>
        <translation>{where} でサーバーエラーが起きました（HTTP {status}）：{message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="367"/>
        <source>{where} refused the request (HTTP {status}): {message}</source>
        <translation>{where} はリクエストを拒否しました（HTTP {status}）：{message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="375"/>
        <source>The conversation may be too long for this model, or a setting is out of range.</source>
        <translation>会話がこのモデルには長すぎるか、設定値が範囲外の可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="406"/>
        <source>Offline lock is on: the hosted route cannot reach {where}.</source>
        <translation>オフラインロックがオンです：ホスト経路は {where} に接続できません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="412"/>
        <source>Turn it off in Settings › Privacy. Or switch to Local.</source>
        <translation>「設定 › プライバシー」でオフにしてください。または、ローカルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="424"/>
        <source>{where} sent nothing for {seconds:g} s, so the answer was cut off; the part already shown was kept.</source>
        <translation>{where} から {seconds:g} 秒間何も届かなかったため、回答は途中で打ち切られました。表示済みの部分は残してあります。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="433"/>
        <source>Send again, or raise the chunk timeout in Settings….</source>
        <translation>送り直すか、「設定…」でチャンクごとのタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="442"/>
        <source>{where} did not answer within the time limits ({connect:g} s to connect, {chunk:g} s per chunk).</source>
        <translation>{where} は制限時間内に応答しませんでした（接続 {connect:g} 秒、チャンクごと {chunk:g} 秒）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="452"/>
        <source>Check the server, or raise the timeouts in Settings….</source>
        <translation>サーバーを確認するか、「設定…」でタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="463"/>
        <source>The connection to {where} was lost mid-answer; the part already shown was kept.</source>
        <translation>回答の途中で {where} との接続が切れました。表示済みの部分は残してあります。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="470"/>
        <source>Send again to get a full answer.</source>
        <translation>完全な回答を得るには送り直してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="476"/>
        <source>Hearth could not reach {where} ({url}).</source>
        <translation>Hearth は {where}（{url}）に接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="481"/>
        <source>Check your connection and the server address in Settings….</source>
        <translation>接続と、「設定…」のサーバーアドレスを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="487"/>
        <source>could not connect</source>
        <translation>接続できませんでした</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="500"/>
        <source>{where} reported an error mid-answer: {message}</source>
        <translation>{where} が回答の途中でエラーを報告しました：{message}</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="512"/>
        <source>{where} sent a streamed answer Hearth could not read ({error}).</source>
        <translation>{where} から届いたストリーミングの回答を Hearth は読めませんでした（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="520"/>
        <source>The server may not be fully compatible with the API; check its version.</source>
        <translation>サーバーが API と完全には互換でない可能性があります。バージョンを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/engine.py" line="528"/>
        <source>Try again; if it persists, the service may be having problems.</source>
        <translation>もう一度お試しください。続く場合は、サービス側に問題があるかもしれません。</translation>
    </message>
    <message>
        <location filename="../core/engines/hosted/errors.py" line="12"/>
        <source>Open Settings… to check the hosted route.</source>
        <translation>ホスト経路を確認するには「設定…」を開いてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="184"/>
        <source>Loading {name} was cancelled.</source>
        <translation>{name} の読み込みを取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="191"/>
        <source>Loading {name} took longer than {seconds:.0f} s.</source>
        <translation>{name} の読み込みに {seconds:.0f} 秒以上かかりました。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="198"/>
        <source>The file may be damaged, or too large for this machine.</source>
        <translation>ファイルが壊れているか、このマシンには大きすぎる可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="231"/>
        <source>{name} could not be loaded: llama.cpp crashed while loading it (signal {signal}).</source>
        <translation>{name} を読み込めませんでした：読み込み中に llama.cpp がクラッシュしました（シグナル {signal}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="240"/>
        <source>{name} could not be loaded: the loader exited with status {status}.</source>
        <translation>{name} を読み込めませんでした：読み込み処理が終了コード {status} で終了しました。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="247"/>
        <source>The file may be damaged or made for a newer llama.cpp; try downloading it again.</source>
        <translation>ファイルが壊れているか、新しい llama.cpp 向けの可能性があります。もう一度ダウンロードしてみてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="360"/>
        <source>{name} cannot be used: {reason}.</source>
        <translation>{name} は使えません：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="399"/>
        <source>{name} is a “{architecture}” model, an architecture this version of llama.cpp does not know.</source>
        <translation>{name} は「{architecture}」モデルで、このバージョンの llama.cpp が知らないアーキテクチャです。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="407"/>
        <source>Pick another model, or update Hearth.</source>
        <translation>別のモデルを選ぶか、Hearth を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="411"/>
        <source>llama.cpp could not load {name} ({error}).</source>
        <translation>llama.cpp は {name} を読み込めませんでした（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="416"/>
        <source>The file may be damaged, or this machine may lack the memory for it.</source>
        <translation>ファイルが壊れているか、このマシンのメモリが足りない可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="449"/>
        <source>{name} (local)</source>
        <translation>{name}（ローカル）</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="473"/>
        <source>{name} cannot be used. {reason}</source>
        <translation>{name} は使えません。{reason}</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="478"/>
        <source>The model file&apos;s chat template is broken or unsafe; try another model.</source>
        <translation>モデルファイルのチャットテンプレートが壊れているか安全ではありません。別のモデルをお試しください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="602"/>
        <source>The model file&apos;s template is broken or unsafe; try another model.</source>
        <translation>モデルファイルのテンプレートが壊れているか安全ではありません。別のモデルをお試しください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="627"/>
        <source>The message is too long for this model: it needs {tokens:,} tokens and the model&apos;s context holds {context:,} (with room for the answer).</source>
        <translation>このモデルにはメッセージが長すぎます：{tokens:,} トークン必要ですが、モデルのコンテキストに入るのは（回答の分を残して）{context:,} トークンです。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="636"/>
        <source>Shorten the message, or pick a model with a longer context.</source>
        <translation>メッセージを短くするか、コンテキストの長いモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="680"/>
        <source>llama.cpp failed while computing the answer ({error}).</source>
        <translation>回答の計算中に llama.cpp が失敗しました（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="686"/>
        <source>Try again; if it keeps failing, lower the context size in Settings.</source>
        <translation>もう一度お試しください。失敗が続く場合は、「設定」でコンテキストのサイズを小さくしてください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="854"/>
        <source>The model was unloaded.</source>
        <translation>モデルはアンロードされました。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="855"/>
        <source>Pick a model again.</source>
        <translation>もう一度モデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="870"/>
        <source>The oldest message of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and was left out of this answer.</source>
        <translation>このチャットで最も古いメッセージ（「{quote}」から）は、モデルのコンテキスト {context:,} トークンに収まらなかったため、この回答では省きました。</translation>
    </message>
    <message>
        <location filename="../core/engines/local.py" line="876"/>
        <source>The {count} oldest messages of this chat (from “{quote}”) did not fit in the model&apos;s context of {context:,} tokens and were left out of this answer.</source>
        <translation>このチャットで古い方から {count} 件のメッセージ（「{quote}」から）は、モデルのコンテキスト {context:,} トークンに収まらなかったため、この回答では省きました。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="254"/>
        <source>{where} must be an object, not {kind}.</source>
        <translation>{where} はオブジェクトにしてください（{kind}になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="267"/>
        <source>{where} has no {key}.</source>
        <translation>{where} に {key} がありません。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="281"/>
        <source>{where} must be text, not {kind}.</source>
        <translation>{where} はテキストにしてください（{kind}になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="289"/>
        <source>{where} is {length:,} characters long; Hearth takes at most {limit:,}.</source>
        <translation>{where} は {length:,} 文字あります。Hearth が受け付けるのは最大 {limit:,} 文字です。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="307"/>
        <source>{where} must be a number, not {kind}.</source>
        <translation>{where} は数値にしてください（{kind}になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="315"/>
        <source>{where} must be from 0 to {high}, not {value}.</source>
        <translation>{where} は 0～{high} にしてください（{value} になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="330"/>
        <source>{where} must be a whole number, not {value}.</source>
        <translation>{where} は整数にしてください（{value} になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="342"/>
        <source>{where} must be true or false, not {kind}.</source>
        <translation>{where} は true か false にしてください（{kind}になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="356"/>
        <source>{where} is {value}; Hearth knows only {choices}.</source>
        <translation>{where} は {value} です。Hearth が知っているのは {choices} だけです。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="369"/>
        <source>{where} must be a list, not {kind}.</source>
        <translation>{where} はリストにしてください（{kind}になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="377"/>
        <source>{where} has {count:,} entries; at most {limit:,}.</source>
        <translation>{where} には {count:,} 件あります。最大 {limit:,} 件です。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="386"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="391"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="392"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="393"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="394"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="416"/>
        <source>{where}: the parent of message {node} is not in the file.</source>
        <translation>{where}：メッセージ {node} の親がファイルにありません。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="437"/>
        <source>{where}: the parent links go round in a cycle (message {node} is its own ancestor).</source>
        <translation>{where}：親へのリンクが循環しています（メッセージ {node} が自分自身の祖先になっています）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="461"/>
        <source>{where}: {problems}.</source>
        <translation>{where}：{problems}。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="475"/>
        <source>The file was exported by a newer Hearth (format version {version}); this Hearth reads version {known}.</source>
        <translation>このファイルは新しい Hearth（形式バージョン {version}）で書き出されています。この Hearth が読めるのはバージョン {known} です。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="503"/>
        <source>{where}: the id {id} is used twice.</source>
        <translation>{where}：id {id} が 2 回使われています。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="533"/>
        <source>{where}.current_leaf {leaf} is not one of its messages.</source>
        <translation>{where}.current_leaf {leaf} はその会話のメッセージではありません。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="581"/>
        <source>{where} is {length:,} characters long; at most {limit:,}.</source>
        <translation>{where} は {length:,} 文字あります。最大 {limit:,} 文字です。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="599"/>
        <source>{where}.mapping has more than {limit:,} nodes.</source>
        <translation>{where}.mapping のノードが {limit:,} 個を超えています。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="612"/>
        <source>{where}.mapping has a node id {length:,} characters long.</source>
        <translation>{where}.mapping に {length:,} 文字のノード id があります。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="686"/>
        <source>The file holds more than {limit:,} conversations.</source>
        <translation>ファイルに {limit:,} 件を超える会話があります。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="710"/>
        <source>{path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>{path} は {size:,.0f} MB あります。Hearth が読み込めるのは最大 {limit} MB のファイルです。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="727"/>
        <source>{path} is a .zip without a conversations.json in it.</source>
        <translation>{path} は conversations.json を含まない .zip です。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="737"/>
        <source>The conversations.json in {path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.</source>
        <translation>{path} の conversations.json は {size:,.0f} MB あります。Hearth が読み込めるのは最大 {limit} MB のファイルです。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="752"/>
        <source>The conversations.json in {path} is too large.</source>
        <translation>{path} の conversations.json が大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="763"/>
        <source>Hearth cannot read {path}: {error}.</source>
        <translation>Hearth は {path} を読めません：{error}。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="772"/>
        <source>The file holds more than {limit:,} messages.</source>
        <translation>ファイルに {limit:,} 件を超えるメッセージがあります。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="785"/>
        <source>{path} is not UTF-8 text ({error}).</source>
        <translation>{path} は UTF-8 のテキストではありません（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="793"/>
        <source>{path} is nested too deeply to be a conversations file.</source>
        <translation>{path} は入れ子が深すぎるため、会話ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="802"/>
        <source>{path} is not valid JSON: {error}.</source>
        <translation>{path} は正しい JSON ではありません：{error}。</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="817"/>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} は読み込みませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../core/export.py" line="824"/>
        <source>{path} is neither a Hearth export (JSON) nor ChatGPT&apos;s conversations.json.</source>
        <translation>{path} は Hearth の書き出し（JSON）でも ChatGPT の conversations.json でもありません。</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="104"/>
        <source>the file ends in the middle of its header (it is truncated)</source>
        <translation>ファイルがヘッダーの途中で終わっています（途中で切れています）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="107"/>
        <source>a text field in the header is longer than the file (truncated?)</source>
        <translation>ヘッダーのテキスト欄がファイルより長くなっています（途中で切れている？）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="129"/>
        <source>the header claims an impossible {what} ({n})</source>
        <translation>ヘッダーの{what}があり得ない値です（{n}）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="180"/>
        <source>an array in the header runs past the end of the file</source>
        <translation>ヘッダーの配列がファイルの終わりを越えています</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="194"/>
        <source>unknown metadata value type {type} (corrupt file?)</source>
        <translation>不明なメタデータ値の型 {type}（ファイルの破損？）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="211"/>
        <source>the file {path} does not exist</source>
        <translation>ファイル {path} がありません</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="216"/>
        <source>the file {path} cannot be read: {error}</source>
        <translation>ファイル {path} を読めません：{error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="224"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="230"/>
        <location filename="../core/models.py" line="88"/>
        <source>the file cannot be read: {error}</source>
        <translation>ファイルを読めません：{error}</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="273"/>
        <source>this is not a GGUF model file (it does not start with &apos;GGUF&apos;)</source>
        <translation>GGUF モデルファイルではありません（「GGUF」で始まっていません）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="282"/>
        <source>GGUF version {version} is not supported (expected 2 or 3)</source>
        <translation>GGUF バージョン {version} には対応していません（2 または 3 が必要です）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="288"/>
        <source>tensor count</source>
        <translation>テンソル数</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="289"/>
        <source>metadata count</source>
        <translation>メタデータ数</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="296"/>
        <source>the file holds no tensors (no model weights)</source>
        <translation>ファイルにテンソル（モデルの重み）がありません</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="306"/>
        <source>a tensor in the file has an impossible shape (corrupt file?)</source>
        <translation>ファイル内のテンソルの形があり得ません（ファイルの破損？）</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="319"/>
        <source>the file&apos;s alignment value is invalid</source>
        <translation>ファイルのアラインメント値が不正です</translation>
    </message>
    <message>
        <location filename="../core/gguf.py" line="329"/>
        <source>the file is truncated: its weights need {missing:,} more bytes than it has (an incomplete download?)</source>
        <translation>ファイルが途中で切れています：重みに必要なバイト数が {missing:,} バイト足りません（ダウンロードが不完全？）</translation>
    </message>
    <message>
        <location filename="../core/instance.py" line="27"/>
        <source>Hearth is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
        <translation>Hearth はデータフォルダー {folder} ですでに起動しています。開いているウィンドウに切り替えるか、先にそれを閉じてください。</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="37"/>
        <source>{file} (unusable)</source>
        <translation>{file}（使用不可）</translation>
    </message>
    <message>
        <location filename="../core/models.py" line="40"/>
        <source>{name} · {quantization} (tiny demo model)</source>
        <translation>{name} · {quantization}（小さなデモ用モデル）</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="73"/>
        <source>Offline lock is on</source>
        <translation>オフラインロックがオンです</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="74"/>
        <source>Turn it off in Settings › Privacy.</source>
        <translation>「設定 › プライバシー」でオフにしてください。</translation>
    </message>
    <message>
        <location filename="../core/network_ledger.py" line="77"/>
        <source>Offline lock is on. Turn it off in Settings › Privacy.</source>
        <translation>オフラインロックがオンです。「設定 › プライバシー」でオフにしてください。</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="163"/>
        <source>read-only</source>
        <translation>読み取り専用です</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="165"/>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="170"/>
        <source>Hearth cannot write to its data folder {folder}: {reason}. Set {variable} to a writable folder.</source>
        <translation>Hearth はデータフォルダー {folder} に書き込めません：{reason}。{variable} に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location filename="../core/providers.py" line="84"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="49"/>
        <source>No system keychain was found, so Hearth cannot store secrets safely. Set the key in an environment variable instead, or install a keychain (for example GNOME Keyring or KWallet).</source>
        <translation>システムのキーチェーンが見つからないため、Hearth は秘密情報を安全に保存できません。代わりに環境変数でキーを設定するか、キーチェーン（GNOME Keyring や KWallet など）をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../core/secrets.py" line="68"/>
        <source>The system keychain refused to store the secret: {error}</source>
        <translation>システムのキーチェーンが秘密情報の保存を拒否しました：{error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="219"/>
        <source>{where}: expected a table, found {type}</source>
        <translation>{where}：テーブルが必要ですが、{type} でした</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="239"/>
        <source>{name}: {value} is not valid; using the default {default}</source>
        <translation>{name}：{value} は無効です。既定値 {default} を使います</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="251"/>
        <source>{name}: {value} is outside {low} to {high}; using the default {default}</source>
        <translation>{name}：{value} は {low}～{high} の範囲外です。既定値 {default} を使います</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="278"/>
        <source>version: {value} is not valid; using {version}</source>
        <translation>version：{value} は無効です。{version} を使います</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="293"/>
        <source>Some settings were not valid and were reset: {problems}.</source>
        <translation>無効な設定があったため、元に戻しました：{problems}。</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="302"/>
        <source>Some settings are unknown to this Hearth and were ignored: {names}.</source>
        <translation>この Hearth が知らない設定があったため、無視しました：{names}。</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="315"/>
        <source>It was set aside as {name}.</source>
        <translation>{name} として退避しました。</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>It could not be moved aside.</source>
        <translation>退避できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="319"/>
        <source>Your settings file could not be read ({why}). Hearth is using default settings. {where}</source>
        <translation>設定ファイルを読めませんでした（{why}）。Hearth は既定の設定を使います。{where}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>it is nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="345"/>
        <source>the file does not hold a JSON object</source>
        <translation>ファイルに JSON オブジェクトがありません</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="354"/>
        <source>the newer file is kept as {name}</source>
        <translation>新しい方のファイルは {name} として残してあります</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="358"/>
        <source>the newer file could not be copied ({error}), so save with care</source>
        <translation>新しい方のファイルをコピーできなかったので（{error}）、保存には注意してください</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="366"/>
        <source>Your settings file was made by a newer Hearth (version {version}). This Hearth uses the settings it knows and saves them as version {known}; {kept}.</source>
        <translation>設定ファイルは新しい Hearth（バージョン {version}）で作られています。この Hearth は知っている設定だけを使い、バージョン {known} として保存します。{kept}。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="372"/>
        <source>Your conversations database {path} is encrypted, and this Hearth was installed without SQLCipher (the sqlcipher3 package), so it cannot open it.</source>
        <translation>会話データベース {path} は暗号化されていますが、この Hearth は SQLCipher（sqlcipher3 パッケージ）なしでインストールされているため開けません。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="415"/>
        <source>Hearth could not save: the disk is full. Free some space, then try again.</source>
        <translation>Hearth は保存できませんでした：ディスクがいっぱいです。空きを作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="419"/>
        <source>Hearth could not save: its data folder cannot be written ({error}).</source>
        <translation>Hearth は保存できませんでした：データフォルダーに書き込めません（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="423"/>
        <source>Hearth could not save: another program is using the conversations database. Close it, then try again.</source>
        <translation>Hearth は保存できませんでした：別のプログラムが会話データベースを使っています。そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="429"/>
        <source>Hearth could not save: the conversations database is damaged. Restart Hearth to set it aside.</source>
        <translation>Hearth は保存できませんでした：会話データベースが壊れています。Hearth を再起動すると、別の場所に退避できます。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="435"/>
        <source>Hearth could not save: the disk reported an error ({error}).</source>
        <translation>Hearth は保存できませんでした：ディスクがエラーを報告しました（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="439"/>
        <source>Hearth could not save: {error}.</source>
        <translation>Hearth は保存できませんでした：{error}。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="448"/>
        <source>Your conversations database {path} is encrypted, and the key in your system keychain does not open it (the key was replaced, or the file is damaged). Hearth left the file as it is: restore the keychain entry &apos;Hearth / store_key&apos;, or let Hearth set the file aside, keeping it for recovery, and start with an empty history.</source>
        <translation>会話データベース {path} は暗号化されていますが、システムのキーチェーンにある鍵では開けません（鍵が置き換えられたか、ファイルが壊れています）。Hearth はファイルをそのままにしています：キーチェーンの項目「Hearth / store_key」を元に戻すか、Hearth にファイルを復旧用に残したまま退避させ、空の履歴で始めてください。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="463"/>
        <source>Your conversations database {path} is damaged ({error}). Hearth can set it aside, keeping it for recovery, and start with an empty history.</source>
        <translation>会話データベース {path} が壊れています（{error}）。Hearth はこれを復旧用に残したまま退避させ、空の履歴で始めることができます。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="476"/>
        <source>Your conversations database {path} is locked by another program. Close that program (or wait for it to finish), then try again.</source>
        <translation>会話データベース {path} は別のプログラムにロックされています。そのプログラムを閉じる（または終わるのを待つ）と、もう一度試せます。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="486"/>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="490"/>
        <source>Hearth cannot open its conversations database {path}: {reason}. Move it out of the way, or set {variable} to another folder.</source>
        <translation>Hearth は会話データベース {path} を開けません：{reason}。それを移動するか、{variable} に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="598"/>
        <source>{field} must be text</source>
        <translation>{field} はテキストにしてください</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="607"/>
        <source>{field} must be a whole number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} は {low:g} から {high:g} までの整数にしてください（{value} は使えません）</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="612"/>
        <source>{field} must be a number from {low:g} to {high:g}, not {value}</source>
        <translation>{field} は {low:g} から {high:g} までの数値にしてください（{value} は使えません）</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="759"/>
        <source>Hearth cannot create its conversations database {path}: {error}. Set {variable} to a writable folder.</source>
        <translation>Hearth は会話データベース {path} を作成できません：{error}。{variable} に書き込み可能なフォルダーを設定してください。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="789"/>
        <source>Your conversations database {path} was made by a newer Hearth (version {version}); this Hearth reads version {known}. Open it with the newer Hearth; the file was left as it was.</source>
        <translation>会話データベース {path} は新しい Hearth（バージョン {version}）で作られています。この Hearth が読めるのはバージョン {known} です。新しい Hearth で開いてください。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="834"/>
        <source>{path} is not a Hearth conversations database ({what}). Hearth can set it aside, keeping it, and start with an empty history.</source>
        <translation>{path} は Hearth の会話データベースではありません（{what}）。Hearth はこれを残したまま退避させ、空の履歴で始めることができます。</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="854"/>
        <source>it holds other tables: {tables}</source>
        <translation>ほかのテーブルがあります：{tables}</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="865"/>
        <source>its {table} table has other columns</source>
        <translation>{table} テーブルの列が異なります</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="982"/>
        <source>a preset needs a name of 1 to 64 characters</source>
        <translation>プリセットには 1～64 文字の名前が必要です</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="990"/>
        <source>“{name}” is one of Hearth&apos;s presets; save yours by another name</source>
        <translation>「{name}」は Hearth のプリセットです。別の名前で保存してください</translation>
    </message>
    <message>
        <location filename="../core/store.py" line="1008"/>
        <source>“{name}” is one of Hearth&apos;s presets and cannot be deleted</source>
        <translation>「{name}」は Hearth のプリセットなので削除できません</translation>
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
        <translation>{file}、{page} ページ、「{heading}」</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="250"/>
        <source>{file}, page {page}</source>
        <translation>{file}、{page} ページ</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="252"/>
        <source>{file}, &quot;{heading}&quot;</source>
        <translation>{file}、「{heading}」</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="316"/>
        <source>Hearth cannot open its documents database {path}: {error}</source>
        <translation>Hearth は文書データベース {path} を開けません：{error}</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="353"/>
        <source>There is no collection named {name}.</source>
        <translation>{name} という名前のコレクションはありません。</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="363"/>
        <source>A collection needs a name.</source>
        <translation>コレクションには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="705"/>
        <source>could not be read ({error})</source>
        <translation>読み込めませんでした（{error}）</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="770"/>
        <source>a broken link</source>
        <translation>リンク切れ</translation>
    </message>
    <message>
        <location filename="../core/documents/index.py" line="782"/>
        <location filename="../core/documents/parsing.py" line="118"/>
        <source>unreadable: {error}</source>
        <translation>読み込めません：{error}</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="132"/>
        <source>not a {kind} file (its content is something else)</source>
        <translation>{kind} ファイルではありません（中身は別の形式です）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="150"/>
        <source>no text in it</source>
        <translation>テキストが含まれていません</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="158"/>
        <source>too large ({size}; the limit is {limit})</source>
        <translation>大きすぎます（{size}。上限は {limit}）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="168"/>
        <location filename="../core/documents/parsing.py" line="180"/>
        <source>binary content, not text</source>
        <translation>テキストではなくバイナリーです</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="354"/>
        <location filename="../core/documents/parsing.py" line="368"/>
        <source>encrypted PDF (it needs a password)</source>
        <translation>暗号化された PDF です（パスワードが必要です）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="363"/>
        <location filename="../core/documents/parsing.py" line="372"/>
        <source>damaged PDF ({error})</source>
        <translation>壊れた PDF です（{error}）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="378"/>
        <source>no text layer (a scanned or image-only PDF)</source>
        <translation>テキスト層がありません（スキャンした PDF か、画像だけの PDF です）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="397"/>
        <source>refused: {file} would unpack to {size} (a zip bomb?)</source>
        <translation>拒否しました：{file} を展開すると {size} になります（zip 爆弾？）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="407"/>
        <source>refused: the archive would unpack to too much (a zip bomb?)</source>
        <translation>拒否しました：アーカイブを展開すると大きくなりすぎます（zip 爆弾？）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="421"/>
        <source>damaged zip archive ({error})</source>
        <translation>壊れた zip アーカイブです（{error}）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="426"/>
        <source>damaged XML inside the archive ({error})</source>
        <translation>アーカイブ内の XML が壊れています（{error}）</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="431"/>
        <source>a zip archive that is not a DOCX, ODT or EPUB document</source>
        <translation>DOCX、ODT、EPUB のどの文書でもない zip アーカイブです</translation>
    </message>
    <message>
        <location filename="../core/documents/parsing.py" line="451"/>
        <source>damaged DOCX ({error})</source>
        <translation>壊れた DOCX です（{error}）</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="23"/>
        <source>the offline lock is on, and it refuses servers on this computer too. To serve other programs on this computer while offline, turn on &apos;Allow the local server (this computer only) while offline&apos; in Settings › Privacy.</source>
        <translation>オフラインロックがオンで、このコンピューター上のサーバーも拒否します。オフライン中もこのコンピューターの他のプログラムに使わせるには、「設定 › プライバシー」で「オフライン中もローカルサーバー（このコンピューターのみ）を許可する」をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="52"/>
        <source>{port} is not a port number; use one from 1024 to 65535.</source>
        <translation>{port} はポート番号ではありません。1024～65535 の番号を使ってください。</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="63"/>
        <source>{host} is not an address of this machine ({error}).</source>
        <translation>{host} はこのマシンのアドレスではありません（{error}）。</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="80"/>
        <source>Cannot listen on {host}:{port}: {error}. Pick another port.</source>
        <translation>{host}:{port} で待ち受けできません：{error}。別のポートを選んでください。</translation>
    </message>
    <message>
        <location filename="../server/runner.py" line="84"/>
        <source>Cannot listen on {host}:{port}: {error}.</source>
        <translation>{host}:{port} で待ち受けできません：{error}。</translation>
    </message>
    <message>
        <location filename="../server/api.py" line="288"/>
        <source>client disconnected</source>
        <translation>クライアントが切断しました</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="157"/>
        <source>Hearth&apos;s server failed to answer; see Hearth&apos;s log.</source>
        <translation>Hearth のサーバーが応答できませんでした。Hearth のログを確認してください。</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="173"/>
        <source>No model is loaded in Hearth. Pick a model, then try again.</source>
        <translation>Hearth にモデルが読み込まれていません。モデルを選んでから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="185"/>
        <source>Hearth&apos;s server answers with local models only, and Hearth is using the hosted route. Switch Hearth to a local model to serve requests.</source>
        <translation>Hearth のサーバーはローカルモデルでのみ応答しますが、Hearth は今ホスト経路を使っています。リクエストに応えるには、Hearth をローカルモデルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../server/gateway.py" line="204"/>
        <source>This engine cannot continue raw text; use chat.</source>
        <translation>このエンジンはプレーンテキストの続きを書けません。チャットを使ってください。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents_panel.py" line="102"/>
        <source>Collections of your files, searched on this computer only.</source>
        <translation>あなたのファイルのコレクション。検索はこのコンピューター上だけで行われます。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="105"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="109"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="111"/>
        <source>Re-index</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="113"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="115"/>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attach to this chat</source>
        <translation>このチャットに添付</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="127"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="137"/>
        <source>Files that could not be read:</source>
        <translation>読み込めなかったファイル：</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="139"/>
        <source>Files that could not be read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="153"/>
        <source>Not there any more: {folders}</source>
        <translation>見つからなくなりました：{folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="188"/>
        <source>Attached to this chat</source>
        <translation>このチャットに添付済み</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="194"/>
        <source>Add a folder of documents</source>
        <translation>文書のフォルダーを追加</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="226"/>
        <source>Looking for files in {name}…</source>
        <translation>{name} のファイルを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="234"/>
        <source>Stopping after this file…</source>
        <translation>このファイルの後で停止します…</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="239"/>
        <source>Forget the collection {name}? Your files are not touched.</source>
        <translation>コレクション {name} を削除しますか？ファイル自体には手を加えません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="262"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="263"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 個の抜粋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="265"/>
        <source>(%n with vectors)</source>
        <translation>
            <numerusform>（ベクトル付き %n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents_panel.py" line="267"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 個は読み込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="269"/>
        <source>a folder is not there any more</source>
        <translation>フォルダーが見つからなくなりました</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="273"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="283"/>
        <source>Reading {file} ({number} of {total})</source>
        <translation>{file} を読み込み中（{total} 件中 {number} 件目）</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="291"/>
        <source>Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>停止しました：追加 {added}、更新 {updated}、削除 {removed}、変更なし {unchanged}。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="296"/>
        <source>Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>完了しました：追加 {added}、更新 {updated}、削除 {removed}、変更なし {unchanged}。</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="305"/>
        <source>Not there any more (passages kept): {folders}</source>
        <translation>見つからなくなりました（抜粋は保持）：{folders}</translation>
    </message>
    <message>
        <location filename="../ui/documents_panel.py" line="311"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
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
        <location filename="../ui/hosted_route.py" line="92"/>
        <source>Send this chat to a hosted provider?</source>
        <translation>このチャットをホスト型プロバイダーに送信しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hosted_route.py" line="94"/>
        <source>%n earlier message(s) will be sent to {destination}.</source>
        <translation>
            <numerusform>これまでのメッセージ %n 件が {destination} に送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="100"/>
        <source>This chat was so far answered on this machine only. Sending now gives its whole history to the hosted provider. Start a new chat to send only new messages.</source>
        <translation>このチャットはこれまでこのマシン上でのみ回答されてきました。今送信すると、履歴全体がホスト型プロバイダーに渡されます。新しいメッセージだけを送るには、新しいチャットを始めてください。</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="104"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>HostedRoute</name>
    <message>
        <location filename="../ui/hosted_route.py" line="43"/>
        <source>{provider} (address not set)</source>
        <translation>{provider}（アドレス未設定）</translation>
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
    <name>LocalServerController</name>
    <message>
        <location filename="../ui/local_server.py" line="138"/>
        <source>The local server could not start: {message}</source>
        <translation>ローカルサーバーを起動できませんでした：{message}</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="147"/>
        <source>Local server on {address} · busy: serving a request</source>
        <translation>ローカルサーバー：{address} · 処理中：リクエストに応答しています</translation>
    </message>
    <message>
        <location filename="../ui/local_server.py" line="149"/>
        <source>Local server on {address}</source>
        <translation>ローカルサーバー：{address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="189"/>
        <source>%n answer(s) were cut off when Hearth last closed; their text was kept and marked interrupted.</source>
        <translation>
            <numerusform>前回 Hearth を閉じたときに %n 件の回答が途中で切れました。本文は保持し、中断済みとして記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>The messages of this chat. Alt+Up and Alt+Down read them one by one.</source>
        <translation>このチャットのメッセージ。Alt+↑ と Alt+↓ で 1 件ずつ読み上げます。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
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
        <location filename="../ui/main_window.py" line="336"/>
        <source>Chat settings…</source>
        <translation>チャットの設定…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>&amp;Open model file…</source>
        <translation>モデルファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Conversation &amp;info…</source>
        <translation>会話の情報(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="409"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>&amp;Chat settings…</source>
        <translation>チャットの設定(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="428"/>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="434"/>
        <source>&amp;Documents…</source>
        <translation>文書(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="445"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448"/>
        <source>&amp;Manage models…</source>
        <translation>モデルを管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="453"/>
        <source>&amp;Unload model (free its memory)</source>
        <translation>モデルを解放(&amp;U)（メモリを空ける）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Local server &amp;requests…</source>
        <translation>ローカルサーバーへのリクエスト(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="512"/>
        <source>Loaded {model} in {seconds} s</source>
        <translation>{model} を {seconds} 秒で読み込みました</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="565"/>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="566"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="783"/>
        <source>Open a chat first.</source>
        <translation>先にチャットを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="712"/>
        <source>Stop the answer that is being written before deleting its chat.</source>
        <translation>チャットを削除する前に、書き込み中の回答を停止してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="742"/>
        <source>Not sent. Start a new chat, or switch to Local in Settings….</source>
        <translation>送信していません。新しいチャットを始めるか、「設定…」でローカルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="746"/>
        <source>Not sent.</source>
        <translation>送信していません。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="802"/>
        <source>Type a message first.</source>
        <translation>先にメッセージを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="808"/>
        <location filename="../ui/main_window.py" line="846"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>回答を待つか、「停止」を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="830"/>
        <source>Your text is still in the box below.</source>
        <translation>入力した文章は下の入力欄に残っています。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="857"/>
        <source>That message would be {length} characters; Hearth sends at most {limit}. Shorten it, or attach the text as a document.</source>
        <translation>このメッセージは {length} 文字になります。Hearth が送れるのは最大 {limit} 文字です。短くするか、文書として添付してください。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="869"/>
        <source>Edit cancelled.</source>
        <translation>編集を取り消しました。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="901"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../ui/message_actions.py" line="51"/>
        <source>&amp;Stop the answer</source>
        <translation>回答を停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="57"/>
        <source>&amp;Copy message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="62"/>
        <source>Copy &amp;last answer</source>
        <translation>最後の回答をコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="68"/>
        <source>&amp;Regenerate answer</source>
        <translation>回答を再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="74"/>
        <source>&amp;Edit message</source>
        <translation>メッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="79"/>
        <source>C&amp;ontinue answer</source>
        <translation>回答を続ける(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="84"/>
        <source>&amp;Delete message…</source>
        <translation>メッセージを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="89"/>
        <source>&amp;Previous branch</source>
        <translation>前の分岐(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="95"/>
        <source>&amp;Next branch</source>
        <translation>次の分岐(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="101"/>
        <source>Read the p&amp;revious message</source>
        <translation>前のメッセージを読む(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="107"/>
        <source>Read the ne&amp;xt message</source>
        <translation>次のメッセージを読む(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="123"/>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="200"/>
        <source>Message copied.</source>
        <translation>メッセージをコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="211"/>
        <source>Answer copied.</source>
        <translation>回答をコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="238"/>
        <source>Editing a message: Enter sends the new version as a branch, Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しい版を分岐として送信、Esc で取り消します。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="249"/>
        <source>Only an answer cut at the length limit continues.</source>
        <translation>続けられるのは、長さの上限で切れた回答だけです。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="268"/>
        <source>Delete this message and its answers? This cannot be undone.</source>
        <translation>このメッセージとその回答を削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="270"/>
        <source>Delete this answer? This cannot be undone.</source>
        <translation>この回答を削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="272"/>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="290"/>
        <source>Wait for the answer, or press Stop.</source>
        <translation>回答を待つか、「停止」を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="302"/>
        <source>This chat has no other branch.</source>
        <translation>このチャットにはほかの分岐はありません。</translation>
    </message>
    <message>
        <location filename="../ui/message_actions.py" line="307"/>
        <source>No more branches that way.</source>
        <translation>その方向にはもう分岐はありません。</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../ui/model_manager.py" line="74"/>
        <location filename="../ui/model_manager.py" line="84"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="75"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="76"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="77"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="78"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="79"/>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="80"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="85"/>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="86"/>
        <source>Size on disk</source>
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="87"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="96"/>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="97"/>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="98"/>
        <source>Starter (built in)</source>
        <translation>スターター（内蔵）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="242"/>
        <location filename="../ui/model_manager.py" line="614"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="419"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="255"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="256"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="257"/>
        <source>Reveal in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="258"/>
        <source>Import GGUF file…</source>
        <translation>GGUF ファイルをインポート…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="244"/>
        <source>&lt;b&gt;Catalog&lt;/b&gt; — pinned files, checked against their SHA-256</source>
        <translation>&lt;b&gt;カタログ&lt;/b&gt; — 固定されたファイル。SHA-256 で検証します</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="90"/>
        <source>Fits (needs about {size})</source>
        <translation>動作可（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="91"/>
        <source>Tight (needs about {size})</source>
        <translation>ぎりぎり（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="92"/>
        <source>Too big (needs about {size})</source>
        <translation>大きすぎ（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="93"/>
        <source>Unknown (needs about {size})</source>
        <translation>不明（約 {size} 必要）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="246"/>
        <source>&lt;b&gt;Installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;インストール済み&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="250"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="252"/>
        <source>Models you can download, each pinned and checked against its SHA-256</source>
        <translation>ダウンロードできるモデル。それぞれ固定され、SHA-256 で検証されます</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="254"/>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="316"/>
        <source>Embedding models — for searching your documents</source>
        <translation>埋め込みモデル — 文書の検索用</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="321"/>
        <source>recommended for {memory} machines</source>
        <translation>{memory} のマシンにおすすめ</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="381"/>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="383"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="386"/>
        <source>Paused at {percent}</source>
        <translation>{percent} で一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="387"/>
        <source>Needs a token</source>
        <translation>トークンが必要</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="417"/>
        <location filename="../ui/model_manager.py" line="422"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="457"/>
        <source>Starting {model}…</source>
        <translation>{model} を開始しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="473"/>
        <source>Cancelled {model}.</source>
        <translation>{model} をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="483"/>
        <source>{done} of {total}</source>
        <translation>{done}／{total}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="491"/>
        <source>{duration} left</source>
        <translation>残り {duration}</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="495"/>
        <source>Checking the part already downloaded ({done})</source>
        <translation>ダウンロード済みの部分を確認しています（{done}）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="500"/>
        <source>Checking the SHA-256…</source>
        <translation>SHA-256 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="502"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="504"/>
        <source>Installed.</source>
        <translation>インストールしました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="512"/>
        <source>{model} is installed and verified; pick it in the model list.</source>
        <translation>{model} をインストールして検証しました。モデル一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="526"/>
        <source>Paused at {done} of {total}.</source>
        <translation>{done}／{total} で一時停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="532"/>
        <source>Download cancelled; nothing was installed.</source>
        <translation>ダウンロードをキャンセルしました。何もインストールされていません。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="556"/>
        <source>Delete {file} ({size}) from the models folder?</source>
        <translation>{file}（{size}）をモデルフォルダーから削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="568"/>
        <source>{file} could not be deleted: {reason}. If the model is loaded, pick another one first.</source>
        <translation>{file} を削除できませんでした：{reason}。モデルが読み込まれている場合は、先に別のモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="573"/>
        <source>Deleted {file}.</source>
        <translation>{file} を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="585"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="587"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="598"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} は使用できません：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="603"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} を読み込めません：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager.py" line="608"/>
        <source>Imported {file}.</source>
        <translation>{file} をインポートしました。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="67"/>
        <source>No model installed: open a GGUF file</source>
        <translation>モデルがインストールされていません：GGUF ファイルを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="68"/>
        <source>Open model file…</source>
        <translation>モデルファイルを開く…</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="104"/>
        <source>Open a GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="106"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="133"/>
        <source>{file} cannot be used: {reason}.</source>
        <translation>{file} は使えません：{reason}。</translation>
    </message>
</context>
<context>
    <name>NetworkActivityDialog</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="146"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="147"/>
        <source>Where</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="148"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="149"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="150"/>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="183"/>
        <source>Network activity</source>
        <translation>ネットワークアクティビティ</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="194"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="223"/>
        <source>The offline lock is on: connections that would leave this computer are refused.</source>
        <translation>オフラインロックはオンです。このコンピューターの外に出る接続は拒否されます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="226"/>
        <source>The offline lock is off.</source>
        <translation>オフラインロックはオフです。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="230"/>
        <source>This session: {session}. The last {days} days: {recorded} recorded, {outside} leaving this computer. {lock}</source>
        <translation>このセッション：{session}。過去 {days} 日間：記録 {recorded} 件、うちこのコンピューターの外へ {outside} 件。{lock}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="242"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="244"/>
        <source>(this computer)</source>
        <translation>（このコンピューター）</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>name lookup</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="245"/>
        <source>listening</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="263"/>
        <source>{sent} sent, {received} received</source>
        <translation>送信 {sent}、受信 {received}</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="270"/>
        <source>Export network activity</source>
        <translation>ネットワークアクティビティをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="271"/>
        <source>hearth-network-activity.csv</source>
        <translation>hearth-network-activity.csv</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="119"/>
        <source>What Hearth did on the network since it started; %n on this computer. Click for all.</source>
        <translation>
            <numerusform>起動してから Hearth がネットワーク上で行ったこと（うちこのコンピューター内 %n 件）。クリックですべて表示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="125"/>
        <source>What Hearth did on the network since it started. Click for all.</source>
        <translation>起動してから Hearth がネットワーク上で行ったこと。クリックですべて表示。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="115"/>
        <source>offline lock on</source>
        <translation>オフラインロック中</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/privacy_panel.py" line="56"/>
        <source>Offline lock: refuse every connection that would leave this computer. Downloads, the hosted route and connection checks are refused at once and the refusal is recorded. Servers on this computer (127.0.0.1), Hearth&apos;s local server included, stay reachable only while you allow it below.</source>
        <translation>オフラインロック：このコンピューターの外に出る接続をすべて拒否します。ダウンロード、ホスト経路、接続テストはすぐに拒否され、その記録が残ります。このコンピューター上のサーバー（127.0.0.1、Hearth のローカルサーバーを含む）には、下で許可している間だけ接続できます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="63"/>
        <source>Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; the key is kept in the system keychain). This protects a copied disk, a stolen laptop&apos;s drive or a backup of the data folder. It does not protect against someone, or some program, using your unlocked session: while you are logged in, Hearth can read the key, and so can they. The database is converted the next time Hearth starts; turning it off converts it back.</source>
        <translation>このコンピューター上の会話とドキュメントの索引を暗号化します（SQLCipher、AES-256。鍵はシステムのキーチェーンに保管）。コピーされたディスク、盗まれたノートパソコンのドライブ、データフォルダーのバックアップを保護します。ロック解除されたセッションを使う人やプログラムからは保護できません。ログイン中は Hearth が鍵を読めるので、それらも読めます。データベースは次回 Hearth の起動時に変換され、オフにすると元に戻されます。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="72"/>
        <source>Encryption is not offered: no system keychain was found (or this install has no SQLCipher), and Hearth will not keep the key in a file next to the data it protects.</source>
        <translation>暗号化は利用できません。システムのキーチェーンが見つからない（またはこのインストールに SQLCipher がない）ためです。Hearth は、保護するデータの隣のファイルに鍵を保存することはしません。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="310"/>
        <source>Offline lock</source>
        <translation>オフラインロック</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="322"/>
        <source>Allow the local server (this computer only) while offline</source>
        <translation>オフライン中もローカルサーバー（このコンピューターのみ）を許可する</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="316"/>
        <source>{variable}=1 is set where Hearth was started, so the lock is on whatever this switch says.</source>
        <translation>Hearth の起動環境で {variable}=1 が設定されているため、このスイッチに関係なくロックはオンです。</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="325"/>
        <source>Encrypt conversations at rest</source>
        <translation>保存された会話を暗号化</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="330"/>
        <source>Checking the system keychain…</source>
        <translation>システムのキーチェーンを確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="386"/>
        <source>A change takes effect the next time Hearth starts.</source>
        <translation>変更は次回 Hearth を起動したときに有効になります。</translation>
    </message>
</context>
<context>
    <name>RefreshWorker</name>
    <message>
        <location filename="../ui/documents_watch.py" line="89"/>
        <source>The embedding model could not be used: {error}</source>
        <translation>埋め込みモデルを使えませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/server_panel.py" line="194"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="195"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="196"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="197"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="198"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="199"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="200"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server_panel.py" line="241"/>
        <source>Serving %n request(s) now</source>
        <translation>
            <numerusform>%n 件のリクエストを処理中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="243"/>
        <source>No request is being served.</source>
        <translation>処理中のリクエストはありません。</translation>
    </message>
</context>
<context>
    <name>RouteBanner</name>
    <message>
        <location filename="../ui/hosted_route.py" line="63"/>
        <source>no model set</source>
        <translation>モデル未設定</translation>
    </message>
    <message>
        <location filename="../ui/hosted_route.py" line="65"/>
        <source>Hosted: {destination} · {model} — messages leave this machine</source>
        <translation>ホスト：{destination} · {model} — メッセージはこのマシンの外に送られます</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../ui/server_panel.py" line="55"/>
        <source>Let other programs on this computer use Hearth&apos;s model</source>
        <translation>このコンピューター上のほかのプログラムに Hearth のモデルを使わせる</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="63"/>
        <source>Programs on other machines that can reach this address may connect (they still need the token). Use 127.0.0.1 to keep the server to this computer.</source>
        <translation>このアドレスに到達できるほかのマシンのプログラムも接続できます（トークンは必要です）。サーバーをこのコンピューターだけにするには 127.0.0.1 を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="72"/>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="74"/>
        <source>Programs must send this token to use the local server.</source>
        <translation>ローカルサーバーを使うには、プログラムがこのトークンを送る必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="76"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="77"/>
        <source>Copy the access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="78"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="79"/>
        <source>Make a new access token</source>
        <translation>新しいアクセストークンを作成</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="82"/>
        <source>Keep prompt text in the request log</source>
        <translation>リクエストログにプロンプトの本文を残す</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="90"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="91"/>
        <source>Address:</source>
        <translation>アドレス：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="93"/>
        <source>Base URL:</source>
        <translation>ベース URL：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="94"/>
        <source>Access token:</source>
        <translation>アクセストークン：</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="149"/>
        <source>Programs send it as &apos;Authorization: Bearer &lt;token&gt;&apos; (the API key in most tools).</source>
        <translation>プログラムは「Authorization: Bearer &lt;token&gt;」として送信します（多くのツールでは API キーの欄）。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="161"/>
        <source>The token was copied.</source>
        <translation>トークンをコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/server_panel.py" line="170"/>
        <source>A new token was made. Programs using the old one must be given this one.</source>
        <translation>新しいトークンを作成しました。古いトークンを使っているプログラムには、こちらを設定してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Who answers</source>
        <translation>回答する相手</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Local: a model on this machine (nothing leaves it)</source>
        <translation>ローカル：このマシン上のモデル（何も外に出ません）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Hosted: a provider&apos;s server (your messages are sent there)</source>
        <translation>ホスト：プロバイダーのサーバー（メッセージはそこへ送信されます）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>Hosted route</source>
        <translation>ホスト経路</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Provider:</source>
        <translation>プロバイダー：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>https://example.com/v1 or http://127.0.0.1:8080/v1</source>
        <translation>https://example.com/v1 または http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Server URL:</source>
        <translation>サーバー URL：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>Model (exact version)</source>
        <translation>モデル（正確なバージョン）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>List models</source>
        <translation>モデル一覧を取得</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Model (exact version):</source>
        <translation>モデル（正確なバージョン）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="150"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Forget stored key</source>
        <translation>保存したキーを削除</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>API key:</source>
        <translation>API キー：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Connect timeout:</source>
        <translation>接続タイムアウト：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest pause between chunks:</source>
        <translation>チャンク間の最長待ち時間：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Longest answer:</source>
        <translation>回答の最長時間：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Retries before the answer starts:</source>
        <translation>回答開始前の再試行回数：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Prompt price per million tokens</source>
        <translation>プロンプトの 100 万トークンあたりの価格</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Completion price per million tokens</source>
        <translation>回答の 100 万トークンあたりの価格</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>completion</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Price per million tokens:</source>
        <translation>100 万トークンあたりの価格：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="187"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="194"/>
        <source>Connection report</source>
        <translation>接続レポート</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Local models</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="223"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>System prompt:</source>
        <translation>システムプロンプト：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Temperature (0 = always the likeliest word):</source>
        <translation>温度（0 = 常に最も可能性の高い語）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="251"/>
        <source>Longest answer (tokens):</source>
        <translation>回答の最大長（トークン）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>Top-p (smaller = fewer unlikely words):</source>
        <translation>Top-p（小さいほど可能性の低い語が減る）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="263"/>
        <source>Seed (same seed and message, same answer):</source>
        <translation>シード（同じシードと同じメッセージなら同じ回答）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>automatic ({count} on this machine)</source>
        <translation>自動（このマシンでは {count}）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="276"/>
        <source>CPU threads:</source>
        <translation>CPU スレッド数：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="282"/>
        <source>Longest context (tokens, up to the model&apos;s own):</source>
        <translation>最大コンテキスト（トークン、モデル自体の上限まで）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>all (when llama.cpp was built for a GPU)</source>
        <translation>すべて（llama.cpp が GPU 向けにビルドされている場合）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>Layers on the GPU:</source>
        <translation>GPU に載せる層：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="290"/>
        <source>Saved conversations (instant return):</source>
        <translation>保存した会話（すぐに再開）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="294"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="295"/>
        <location filename="../ui/settings_dialog.py" line="426"/>
        <source>reading the keychain…</source>
        <translation>キーチェーンを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="296"/>
        <source>Forget token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="303"/>
        <source>Hugging Face token (gated models only):</source>
        <translation>Hugging Face トークン（アクセス制限付きモデルのみ）：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306"/>
        <source>Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a read token. It is kept in the system keychain, never in a file.</source>
        <translation>一部のモデル（Llama、Gemma）では、huggingface.co で利用規約に同意し、読み取り用トークンを用意する必要があります。トークンはファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="318"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="323"/>
        <source>Language of the window:</source>
        <translation>ウィンドウの言語：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>The window changes language when you save; no restart is needed.</source>
        <translation>保存すると言語が切り替わります。再起動は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>{variable} is set where Hearth was started, and wins over this.</source>
        <translation>Hearth の起動環境で {variable} が設定されており、こちらより優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="340"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="350"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="408"/>
        <location filename="../ui/settings_dialog.py" line="448"/>
        <source>stored in the keychain ({masked})</source>
        <translation>キーチェーンに保存済み（{masked}）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="423"/>
        <source>(optional for a server of your own)</source>
        <translation>（自分のサーバーでは省略可）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="427"/>
        <source>Reading the system keychain…</source>
        <translation>システムのキーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="432"/>
        <source>no system keychain</source>
        <translation>システムのキーチェーンなし</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="436"/>
        <source>No system keychain was found, so Hearth cannot store keys safely and will not write them to a file. Set the {variable} environment variable instead{optional}.</source>
        <translation>システムのキーチェーンが見つからないため、Hearth はキーを安全に保存できず、ファイルにも書き込みません。代わりに環境変数 {variable} を設定してください{optional}。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="440"/>
        <source>It is set and will be used.</source>
        <translation>設定済みなので使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="451"/>
        <source>A key is stored in the system keychain. Type to replace it.</source>
        <translation>システムのキーチェーンにキーが保存されています。入力すると置き換えます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="454"/>
        <source>from {variable}</source>
        <translation>{variable} から</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="456"/>
        <source>Using the key from {variable}. A key typed here takes its place.</source>
        <translation>{variable} のキーを使用中です。ここに入力したキーが優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="461"/>
        <source>paste your key</source>
        <translation>キーを貼り付け</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="464"/>
        <source>No key yet{optional}. It will be kept in the system keychain, never in a file; or set {variable}.</source>
        <translation>キーはまだありません{optional}。ファイルではなくシステムのキーチェーンに保管されます。または {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="525"/>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection works.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="530"/>
        <source>Connection problem.</source>
        <translation>接続に問題があります。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="541"/>
        <source>Asking the server for its models…</source>
        <translation>サーバーにモデル一覧を問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_dialog.py" line="548"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>サーバーには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="552"/>
        <source>The server listed no models; type the name instead.</source>
        <translation>サーバーはモデルを返しませんでした。名前を直接入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="610"/>
        <source>Enter the model name to use with {provider}.</source>
        <translation>{provider} で使うモデル名を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="635"/>
        <source>The key was not saved; set {variable} instead.</source>
        <translation>キーは保存されませんでした。代わりに {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="650"/>
        <source>The token was not saved; set HF_TOKEN instead.</source>
        <translation>トークンは保存されませんでした。代わりに HF_TOKEN を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="708"/>
        <source>The check failed unexpectedly: {error}</source>
        <translation>確認が予期せず失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_help.py" line="43"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_help.py" line="47"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../ui/status_area.py" line="60"/>
        <source>Model loading progress</source>
        <translation>モデルの読み込みの進行状況</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="83"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="86"/>
        <source>Dismiss the error</source>
        <translation>エラーを閉じる</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="130"/>
        <source>Checking {destination}…</source>
        <translation>{destination} を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="132"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="134"/>
        <source>Connected: {model} (hosted)</source>
        <translation>接続済み: {model}（ホスト型）</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="136"/>
        <source>Ready: {model}</source>
        <translation>準備完了: {model}</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="138"/>
        <source>Not loaded</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../ui/status_area.py" line="140"/>
        <source>No model loaded</source>
        <translation>モデル未読み込み</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/chat_view.py" line="49"/>
        <source>Reading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="51"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="52"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="53"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="76"/>
        <source>HOSTED</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="78"/>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="87"/>
        <source>Sent {when}</source>
        <translation>{when} に送信</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="88"/>
        <source>Answered {when}</source>
        <translation>{when} に回答</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="91"/>
        <source>hosted by {provider}</source>
        <translation>{provider} がホスト</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="95"/>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="98"/>
        <source>by {model}, {where}</source>
        <translation>{model}（{where}）</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="105"/>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="111"/>
        <source>first token after {seconds} s</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="117"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="379"/>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="393"/>
        <source>Answer interrupted: the text above is what arrived.</source>
        <translation>回答が中断されました。上の文章が届いた分です。</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="403"/>
        <source>Stopped at the {count}-token limit. Continue?</source>
        <translation>{count} トークンの上限で停止しました。続けますか？</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="455"/>
        <source>{count} more characters.</source>
        <translation>さらに {count} 文字あります。</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="458"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../ui/chat_view.py" line="512"/>
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
        <location filename="../ui/welcome.py" line="35"/>
        <source>What can I help with?</source>
        <translation>何をお手伝いしましょうか？</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="56"/>
        <source>Explain how a heat pump works, in simple words.</source>
        <translation>ヒートポンプの仕組みをやさしい言葉で説明して。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="57"/>
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>会議を断る、短くて感じのよいメールを書いて。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="58"/>
        <source>Give me three ideas for a quick vegetarian dinner.</source>
        <translation>手早く作れるベジタリアンの夕食のアイデアを 3 つちょうだい。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="82"/>
        <source>%1 answers, hosted: messages leave this computer.</source>
        <translation>%1 が回答します（ホスト）：メッセージはこのコンピューターの外に送られます。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="86"/>
        <source>%1 answers, on this computer.</source>
        <translation>%1 が回答します（このコンピューター上）。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="88"/>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="89"/>
        <source>No model is loaded: pick one above, or open the Models menu.</source>
        <translation>モデルが読み込まれていません。上で選ぶか、「モデル」メニューを開いてください。</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <location filename="../ui/window_documents.py" line="57"/>
        <source>Documents</source>
        <translation>文書</translation>
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
    <name>WindowServer</name>
    <message>
        <location filename="../ui/window_server.py" line="64"/>
        <source>Local server requests</source>
        <translation>ローカルサーバーへのリクエスト</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../ui/workers.py" line="180"/>
        <source>It failed unexpectedly: {error}</source>
        <translation>予期せず失敗しました：{error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="299"/>
        <source>The model could not be loaded: {error}</source>
        <translation>モデルを読み込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../ui/workers.py" line="501"/>
        <source>The answer failed: {error}</source>
        <translation>回答に失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>_SummaryWords</name>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="165"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="167"/>
        <source>%n name lookup(s)</source>
        <translation>
            <numerusform>名前解決 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacy_panel.py" line="169"/>
        <source>%n refused</source>
        <translation>
            <numerusform>拒否 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacy_panel.py" line="170"/>
        <source>No network use this session</source>
        <translation>このセッションではネットワーク未使用</translation>
    </message>
</context>
</TS>
