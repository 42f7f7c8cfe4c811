<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hl::cli::Cli</name>
    <message>
        <location filename="../app/cli_args.cpp" line="43"/>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="55"/>
        <source>unknown format &quot;%1&quot; (use jsonl, text or ladder)</source>
        <translation>unknown format &quot;%1&quot; (use jsonl, text or ladder)</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="61"/>
        <source>unknown profile &quot;%1&quot; (use teach, rfc9293, linux, bsd or windows)</source>
        <translation>unknown profile &quot;%1&quot; (use teach, rfc9293, linux, bsd or windows)</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="68"/>
        <source>bad seed &quot;%1&quot; (use a whole number from 0 to 18446744073709551615)</source>
        <translation>bad seed &quot;%1&quot; (use a whole number from 0 to 18446744073709551615)</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="73"/>
        <source>unknown language &quot;%1&quot; (use en or ko)</source>
        <translation>unknown language &quot;%1&quot; (use en or ko)</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="75"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="81"/>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="87"/>
        <source>%1 takes no argument</source>
        <translation>%1 takes no argument</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="88"/>
        <source>%1 takes exactly one argument</source>
        <translation>%1 takes exactly one argument</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="98"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli_args.cpp" line="111"/>
        <source>Usage:
  handshakelab-cli lessons
      List the built-in lessons: id, English title, Korean title (tab-separated).
  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder] [--profile P]
                       [--seed N] [--lang en|ko]
      Run a lesson and print its trace:
        text    one line per step: time, host, what happened and why (default)
        jsonl   one JSON object per trace event
        ladder  the two-column sequence diagram
      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson&apos;s profile
      --seed N   replaces the lesson&apos;s random seed
  handshakelab-cli check FILE
      Validate a lesson file.
  handshakelab-cli --help | --version

--lang chooses the language of the text and ladder output (default: the system&apos;s).
Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).
</source>
        <extracomment>Command-line help. Keep the command and option names (run, --format ...) as they are.</extracomment>
        <translation>Usage:
  handshakelab-cli lessons
      List the built-in lessons: id, English title, Korean title (tab-separated).
  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder] [--profile P]
                       [--seed N] [--lang en|ko]
      Run a lesson and print its trace:
        text    one line per step: time, host, what happened and why (default)
        jsonl   one JSON object per trace event
        ladder  the two-column sequence diagram
      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson&apos;s profile
      --seed N   replaces the lesson&apos;s random seed
  handshakelab-cli check FILE
      Validate a lesson file.
  handshakelab-cli --help | --version

--lang chooses the language of the text and ladder output (default: the system&apos;s).
Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).
</translation>
    </message>
    <message>
        <location filename="../app/cli_commands.cpp" line="29"/>
        <source>handshakelab-cli: &quot;%1&quot; is neither a built-in lesson nor a file (&quot;handshakelab-cli lessons&quot; lists the lessons)
</source>
        <translation>handshakelab-cli: &quot;%1&quot; is neither a built-in lesson nor a file (&quot;handshakelab-cli lessons&quot; lists the lessons)
</translation>
    </message>
    <message>
        <location filename="../app/cli_commands.cpp" line="56"/>
        <location filename="../app/cli_ladder.cpp" line="43"/>
        <source>(The run stops at %1, the lesson&apos;s until_ms: later events are not shown.)</source>
        <extracomment>%1 is a time such as &quot;16.000 s&quot;. until_ms is a lesson-file field: keep it as is.</extracomment>
        <translation>(The run stops at %1, the lesson&apos;s until_ms: later events are not shown.)</translation>
    </message>
    <message>
        <location filename="../app/cli_commands.cpp" line="64"/>
        <source>End at %1: client %2, server %3.</source>
        <extracomment>Last line of the text output: %1 time, %2 and %3 state names.</extracomment>
        <translation>End at %1: client %2, server %3.</translation>
    </message>
    <message>
        <location filename="../app/cli_commands.cpp" line="78"/>
        <source>%1: ok</source>
        <extracomment>Printed by &quot;handshakelab-cli check FILE&quot; for a valid file; %1 is the file name. Scripts read this line: keep &quot;ok&quot; untranslated.</extracomment>
        <translation>%1: ok</translation>
    </message>
    <message>
        <location filename="../app/cli_ladder.cpp" line="46"/>
        <source>▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated</source>
        <extracomment>Legend under the terminal sequence diagram; keep the symbols.</extracomment>
        <translation>▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated</translation>
    </message>
    <message>
        <location filename="../app/cli_ladder.cpp" line="69"/>
        <source>time</source>
        <extracomment>Column title of the time column in the terminal sequence diagram.</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../app/cli_ladder.cpp" line="83"/>
        <source>[crafted]</source>
        <extracomment>Marks a segment the lesson crafted and injected, in the terminal diagram.</extracomment>
        <translation>[crafted]</translation>
    </message>
</context>
<context>
    <name>hl::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="69"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/event_list_model.cpp" line="70"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/event_list_model.cpp" line="71"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/event_list_model.cpp" line="72"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>hl::ui::GuiOptions</name>
    <message>
        <location filename="../ui/gui_options.cpp" line="15"/>
        <source>Step through TCP connection opening and closing.</source>
        <translation>Step through TCP connection opening and closing.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="17"/>
        <source>Built-in lesson id or lesson file.</source>
        <translation>Built-in lesson id or lesson file.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="21"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Render the window to a PNG file and exit.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="24"/>
        <source>Go to this step (0 = start).</source>
        <translation>Go to this step (0 = start).</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="27"/>
        <source>Interface language: en or ko.</source>
        <translation>Interface language: en or ko.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="30"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Window size, e.g. 1600x1000.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="45"/>
        <source>--step needs a number of 0 or more, not &quot;%1&quot;</source>
        <translation>--step needs a number of 0 or more, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="52"/>
        <source>--lang must be en or ko, not &quot;%1&quot;</source>
        <translation>--lang must be en or ko, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="60"/>
        <source>--size must look like 1600x1000 (320x240 to 8192x8192), not &quot;%1&quot;</source>
        <translation>--size must look like 1600x1000 (320x240 to 8192x8192), not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="70"/>
        <source>Could not render the window.</source>
        <translation>Could not render the window.</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="73"/>
        <location filename="../ui/gui_options.cpp" line="79"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/gui_options.cpp" line="76"/>
        <source>Cannot encode PNG for %1</source>
        <translation>Cannot encode PNG for %1</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonPicker</name>
    <message>
        <location filename="../ui/lesson_picker.cpp" line="93"/>
        <source>Other lessons</source>
        <translation>Other lessons</translation>
    </message>
    <message>
        <location filename="../ui/lesson_picker.cpp" line="144"/>
        <source>Search lessons (English or 한국어)…</source>
        <translation>Search lessons (English or 한국어)…</translation>
    </message>
    <message>
        <location filename="../ui/lesson_picker.cpp" line="145"/>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
</context>
<context>
    <name>hl::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>HandshakeLab</source>
        <translation>HandshakeLab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>%1 — HandshakeLab</source>
        <translation>%1 — HandshakeLab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <location filename="../ui/main_window.cpp" line="201"/>
        <source>%1  ·  port %2</source>
        <extracomment>State box title: endpoint name and its port.</extracomment>
        <translation>%1  ·  port %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230"/>
        <source>HandshakeLab lessons (*.json);;All files (*)</source>
        <translation>HandshakeLab lessons (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Cannot open lesson</source>
        <translation>Cannot open lesson</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>The lesson could not be opened. The current lesson stays open.</source>
        <translation>The lesson could not be opened. The current lesson stays open.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="114"/>
        <source>About HandshakeLab</source>
        <translation>About HandshakeLab</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="115"/>
        <source>HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step.</source>
        <translation>HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="187"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="189"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="191"/>
        <source>&amp;Language</source>
        <extracomment>The Language menu keeps an English hint so that anyone can find it.</extracomment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="192"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="193"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="194"/>
        <source>State machine</source>
        <translation>State machine</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="195"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="196"/>
        <source>TCB</source>
        <translation>TCB</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="197"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="198"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="199"/>
        <source>Playback speed ( [ slower, ] faster )</source>
        <translation>Playback speed ( [ slower, ] faster )</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="207"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="208"/>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lessons…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="210"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="210"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="212"/>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="213"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="214"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="215"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="216"/>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="217"/>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="218"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="219"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="220"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="221"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="222"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="223"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="229"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/main_window_actions.cpp" line="230"/>
        <source>&amp;About HandshakeLab</source>
        <translation>&amp;About HandshakeLab</translation>
    </message>
</context>
<context>
    <name>hl::ui::NarrationPanel</name>
    <message>
        <location filename="../ui/narration_panel.cpp" line="42"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/narration_panel.cpp" line="45"/>
        <source>Press Space to play, or → to go one step at a time.</source>
        <translation>Press Space to play, or → to go one step at a time.</translation>
    </message>
    <message>
        <location filename="../ui/narration_panel.cpp" line="50"/>
        <source>Step %1 of %2 · t = %3</source>
        <extracomment>Narration heading: &quot;Step 3 of 12 · t = 0.200 s&quot;.</extracomment>
        <translation>Step %1 of %2 · t = %3</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentInspector</name>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="61"/>
        <source>No segment selected. Click an arrow in the diagram, or step onto a segment.</source>
        <translation>No segment selected. Click an arrow in the diagram, or step onto a segment.</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="65"/>
        <source>Segment #%1: %2</source>
        <translation>Segment #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="74"/>
        <source>crafted by the lesson</source>
        <translation>crafted by the lesson</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="76"/>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="81"/>
        <location filename="../ui/segment_inspector.cpp" line="84"/>
        <source>relative %1</source>
        <translation>relative %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="82"/>
        <source>— (ACK bit off)</source>
        <translation>— (ACK bit off)</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="87"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="88"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="89"/>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="90"/>
        <source>Sender&apos;s state</source>
        <translation>Sender&apos;s state</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="91"/>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="92"/>
        <source>Acknowledgement number</source>
        <translation>Acknowledgement number</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="93"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="94"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="95"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segment_inspector.cpp" line="95"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte(s)</numerusform>
            <numerusform>%n byte(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="97"/>
        <source>SEG.LEN</source>
        <extracomment>SEG.LEN is the RFC&apos;s name; keep it.</extracomment>
        <translation>SEG.LEN</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="105"/>
        <source>What happened to it</source>
        <translation>What happened to it</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="112"/>
        <source>later in the lesson</source>
        <translation>later in the lesson</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="115"/>
        <source>Lost at %1: %2</source>
        <translation>Lost at %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="118"/>
        <source>Arrived at %1</source>
        <translation>Arrived at %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="125"/>
        <source>nothing (no effect)</source>
        <translation>nothing (no effect)</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="126"/>
        <source>It caused:</source>
        <translation>It caused:</translation>
    </message>
    <message>
        <location filename="../ui/segment_inspector.cpp" line="128"/>
        <source>Still in flight when the lesson ends</source>
        <translation>Still in flight when the lesson ends</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentItem</name>
    <message>
        <location filename="../ui/segment_item.cpp" line="23"/>
        <source>⚡ injected</source>
        <translation>⚡ injected</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="24"/>
        <source>↻ retransmission</source>
        <translation>↻ retransmission</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="25"/>
        <source>⇉ copy</source>
        <translation>⇉ copy</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="26"/>
        <source>✕ lost</source>
        <translation>✕ lost</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="55"/>
        <source>Segment #%1</source>
        <translation>Segment #%1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="56"/>
        <source>duplicate copy %1</source>
        <translation>duplicate copy %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="57"/>
        <source>Ports: %1 → %2</source>
        <translation>Ports: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="58"/>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="59"/>
        <source>Sequence number: %1</source>
        <translation>Sequence number: %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="60"/>
        <source>Acknowledgment number: %1</source>
        <translation>Acknowledgment number: %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="61"/>
        <source>(ACK flag off)</source>
        <translation>(ACK flag off)</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="62"/>
        <source>Window: %1</source>
        <translation>Window: %1</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="63"/>
        <source>Payload: %1 bytes</source>
        <translation>Payload: %1 bytes</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="64"/>
        <source>Sent by %1 at %2</source>
        <translation>Sent by %1 at %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="66"/>
        <source>Arrived at %1 at %2</source>
        <translation>Arrived at %1 at %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="68"/>
        <source>Lost at %1: %2</source>
        <translation>Lost at %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="70"/>
        <source>Still in flight when the run ended</source>
        <translation>Still in flight when the run ended</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="71"/>
        <source>A retransmission of data sent before</source>
        <translation>A retransmission of data sent before</translation>
    </message>
    <message>
        <location filename="../ui/segment_item.cpp" line="72"/>
        <source>Crafted and injected by the lesson, not sent by an endpoint</source>
        <translation>Crafted and injected by the lesson, not sent by an endpoint</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBandItem</name>
    <message>
        <location filename="../ui/state_band_item.cpp" line="36"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBox</name>
    <message>
        <location filename="../ui/state_box.cpp" line="66"/>
        <source>No change yet</source>
        <translation>No change yet</translation>
    </message>
    <message>
        <location filename="../ui/state_box.cpp" line="68"/>
        <source>from %1: %2</source>
        <extracomment>In a state box: &quot;from SYN_SENT: received SYN,ACK acknowledging our SYN&quot;.</extracomment>
        <translation>from %1: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateMachineView</name>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="26"/>
        <source>passive OPEN</source>
        <translation>passive OPEN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="27"/>
        <location filename="../ui/state_machine_layout.cpp" line="36"/>
        <location filename="../ui/state_machine_layout.cpp" line="37"/>
        <location filename="../ui/state_machine_layout.cpp" line="43"/>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="28"/>
        <source>active OPEN</source>
        <translation>active OPEN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="29"/>
        <source>CLOSE / timeout</source>
        <translation>CLOSE / timeout</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="30"/>
        <location filename="../ui/state_machine_layout.cpp" line="33"/>
        <source>rcv SYN</source>
        <translation>rcv SYN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="31"/>
        <source>rcv RST</source>
        <translation>rcv RST</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="32"/>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="34"/>
        <source>rcv ACK of SYN</source>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="35"/>
        <source>rcv SYN,ACK</source>
        <translation>rcv SYN,ACK</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="38"/>
        <location filename="../ui/state_machine_layout.cpp" line="40"/>
        <location filename="../ui/state_machine_layout.cpp" line="41"/>
        <source>rcv FIN</source>
        <translation>rcv FIN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="39"/>
        <location filename="../ui/state_machine_layout.cpp" line="42"/>
        <location filename="../ui/state_machine_layout.cpp" line="44"/>
        <source>rcv ACK of FIN</source>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_layout.cpp" line="45"/>
        <source>timeout = 2MSL</source>
        <translation>timeout = 2MSL</translation>
    </message>
    <message>
        <location filename="../ui/state_machine_view.cpp" line="96"/>
        <location filename="../ui/state_machine_view.cpp" line="262"/>
        <source>TCP state diagram</source>
        <translation>TCP state diagram</translation>
    </message>
</context>
<context>
    <name>hl::ui::TcbPanel</name>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="45"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="55"/>
        <source>no sample yet</source>
        <translation>no sample yet</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="60"/>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="61"/>
        <source>Bytes queued to send</source>
        <translation>Bytes queued to send</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="62"/>
        <source>Bytes received, unread</source>
        <translation>Bytes received, unread</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="85"/>
        <source>&lt;b&gt;%1 left&lt;/b&gt; (fires at %2)</source>
        <extracomment>Timer countdown in the TCB panel: &quot;0.8 s left (fires at 1.000 s)&quot;.</extracomment>
        <translation>&lt;b&gt;%1 left&lt;/b&gt; (fires at %2)</translation>
    </message>
    <message>
        <location filename="../ui/tcb_panel.cpp" line="94"/>
        <source>Numbers in brackets are relative to the ISN (sending) or IRS (receiving).</source>
        <translation>Numbers in brackets are relative to the ISN (sending) or IRS (receiving).</translation>
    </message>
</context>
<context>
    <name>hl::ui::Texts</name>
    <message>
        <location filename="../ui/texts.cpp" line="11"/>
        <source>No connection exists.</source>
        <translation>No connection exists.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="12"/>
        <source>Waiting for a connection request (SYN) from any client.</source>
        <translation>Waiting for a connection request (SYN) from any client.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="13"/>
        <source>SYN sent; waiting for the peer&apos;s SYN,ACK.</source>
        <translation>SYN sent; waiting for the peer&apos;s SYN,ACK.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="15"/>
        <source>SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.</source>
        <translation>SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="16"/>
        <source>The connection is open: data can flow both ways.</source>
        <translation>The connection is open: data can flow both ways.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="17"/>
        <source>Our FIN is sent; waiting for its ACK (or for the peer&apos;s FIN).</source>
        <translation>Our FIN is sent; waiting for its ACK (or for the peer&apos;s FIN).</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="18"/>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN.</source>
        <translation>Our FIN is acknowledged; waiting for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="20"/>
        <source>The peer has finished sending; waiting for our application to close.</source>
        <translation>The peer has finished sending; waiting for our application to close.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="21"/>
        <source>Both sides sent FIN at once; waiting for the ACK of our FIN.</source>
        <translation>Both sides sent FIN at once; waiting for the ACK of our FIN.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="22"/>
        <source>Our FIN followed the peer&apos;s; waiting for the last ACK.</source>
        <translation>Our FIN followed the peer&apos;s; waiting for the last ACK.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="24"/>
        <source>Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.</source>
        <translation>Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="45"/>
        <source>Client</source>
        <extracomment>The machine that opens the connection, as a title (lane headers, lists).</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="47"/>
        <source>Server</source>
        <extracomment>The machine that listens, as a title (lane headers, lists).</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="53"/>
        <source>Handshake</source>
        <extracomment>Lesson group: opening a connection.</extracomment>
        <translation>Handshake</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="55"/>
        <source>Closing</source>
        <extracomment>Lesson group: closing a connection.</extracomment>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="57"/>
        <source>Loss and retransmission</source>
        <extracomment>Lesson group: lost segments and retransmission.</extracomment>
        <translation>Loss and retransmission</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="59"/>
        <source>Resets</source>
        <extracomment>Lesson group: RST segments and resets.</extracomment>
        <translation>Resets</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="61"/>
        <source>TIME_WAIT</source>
        <extracomment>Lesson group: the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="63"/>
        <source>Load</source>
        <extracomment>Lesson group: many connections or much data at once.</extracomment>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="77"/>
        <source>reboot</source>
        <extracomment>A host restart, listed among the user&apos;s calls (listen(), connect() ...).</extracomment>
        <translation>reboot</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="84"/>
        <source>retransmission timer</source>
        <translation>retransmission timer</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="86"/>
        <source>TIME_WAIT timer</source>
        <extracomment>The 2·MSL timer of the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT timer</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="88"/>
        <source>FIN_WAIT_2 timer</source>
        <extracomment>The timer that ends an orphaned connection stuck in FIN_WAIT_2 (Linux tcp_fin_timeout).</extracomment>
        <translation>FIN_WAIT_2 timer</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="96"/>
        <source>connection established</source>
        <extracomment>Told to the application: the handshake completed.</extracomment>
        <translation>connection established</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="97"/>
        <source>data received</source>
        <translation>data received</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="99"/>
        <source>end of data (the peer closed its side)</source>
        <extracomment>Told to the application: the peer sent FIN, no more data will come (end of file).</extracomment>
        <translation>end of data (the peer closed its side)</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="100"/>
        <source>connection reset</source>
        <translation>connection reset</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="101"/>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="103"/>
        <source>timed out</source>
        <extracomment>Told to the application: retries or a timer ran out.</extracomment>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="104"/>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="112"/>
        <source>lost (lesson fault)</source>
        <extracomment>A segment dropped because the lesson file says so.</extracomment>
        <translation>lost (lesson fault)</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="113"/>
        <source>lost (random loss)</source>
        <translation>lost (random loss)</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="115"/>
        <source>lost (dropped by you)</source>
        <extracomment>A segment the user chose to drop in the app.</extracomment>
        <translation>lost (dropped by you)</translation>
    </message>
    <message>
        <location filename="../ui/texts.cpp" line="122"/>
        <source>%1 s</source>
        <extracomment>Simulated time in seconds with three decimals, e.g. &quot;1.250 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="21"/>
        <source>no rule involved</source>
        <extracomment>Short reason shown when an event needs no protocol rule.</extracomment>
        <translation>no rule involved</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="22"/>
        <source>Nothing to explain here: no protocol rule was involved.</source>
        <translation>Nothing to explain here: no protocol rule was involved.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="26"/>
        <source>the application called listen()</source>
        <translation>the application called listen()</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="27"/>
        <source>The application opened a listening socket (a passive open). From now on a SYN that arrives at this port starts a 3-way handshake.</source>
        <translation>The application opened a listening socket (a passive open). From now on a SYN that arrives at this port starts a 3-way handshake.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="30"/>
        <source>the application called connect()</source>
        <translation>the application called connect()</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="31"/>
        <source>The application asked for a connection (an active open). TCP picks an initial sequence number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.</source>
        <translation>The application asked for a connection (an active open). TCP picks an initial sequence number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="34"/>
        <source>data queued until the connection is established</source>
        <translation>data queued until the connection is established</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="35"/>
        <source>The application handed over data before the handshake was finished. TCP keeps it in the send buffer and sends it once the connection is ESTABLISHED.</source>
        <translation>The application handed over data before the handshake was finished. TCP keeps it in the send buffer and sends it once the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="38"/>
        <source>the application sent data</source>
        <translation>the application sent data</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="39"/>
        <source>The application handed over data. TCP cuts it into segments of at most MSS bytes, as far as the peer&apos;s window allows, and keeps a copy of each until it is acknowledged.</source>
        <translation>The application handed over data. TCP cuts it into segments of at most MSS bytes, as far as the peer&apos;s window allows, and keeps a copy of each until it is acknowledged.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="42"/>
        <source>send refused: this side has already closed</source>
        <translation>send refused: this side has already closed</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="43"/>
        <source>The application tried to send after closing its sending side. TCP refuses with the error &quot;connection closing&quot;: no new data may follow our FIN.</source>
        <translation>The application tried to send after closing its sending side. TCP refuses with the error &quot;connection closing&quot;: no new data may follow our FIN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="46"/>
        <source>send refused: there is no connection</source>
        <translation>send refused: there is no connection</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="47"/>
        <source>The application tried to send, but there is no connection to send on. TCP answers with the error &quot;connection does not exist&quot;.</source>
        <translation>The application tried to send, but there is no connection to send on. TCP answers with the error &quot;connection does not exist&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="50"/>
        <source>the application called close(): FIN sent</source>
        <translation>the application called close(): FIN sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="51"/>
        <source>The application has nothing more to send and closed the connection. TCP sends a FIN (it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.</source>
        <translation>The application has nothing more to send and closed the connection. TCP sends a FIN (it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="54"/>
        <source>close() noted: the FIN will follow the queued data</source>
        <translation>close() noted: the FIN will follow the queued data</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="55"/>
        <source>The application closed while earlier data still had to be sent (or before the handshake was finished). TCP remembers the close and sends the FIN after everything queued before it.</source>
        <translation>The application closed while earlier data still had to be sent (or before the handshake was finished). TCP remembers the close and sends the FIN after everything queued before it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="59"/>
        <source>the application closed after the peer&apos;s FIN: FIN sent</source>
        <translation>the application closed after the peer&apos;s FIN: FIN sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="60"/>
        <source>The peer had already closed its side, and now this application closes too. TCP sends its own FIN and waits in LAST_ACK for the acknowledgement of it.</source>
        <translation>The peer had already closed its side, and now this application closes too. TCP sends its own FIN and waits in LAST_ACK for the acknowledgement of it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="63"/>
        <source>close() in SYN_SENT: the connection is deleted</source>
        <translation>close() in SYN_SENT: the connection is deleted</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="64"/>
        <source>The application gave up before the handshake was answered. The peer has not synchronized with us yet, so TCP deletes the connection without sending anything.</source>
        <translation>The application gave up before the handshake was answered. The peer has not synchronized with us yet, so TCP deletes the connection without sending anything.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="67"/>
        <source>close() on the listening socket</source>
        <translation>close() on the listening socket</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="68"/>
        <source>The application stopped listening. The listening socket is removed; a SYN that arrives at this port later is answered with RST.</source>
        <translation>The application stopped listening. The listening socket is removed; a SYN that arrives at this port later is answered with RST.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="71"/>
        <source>close() again: the connection is already closing</source>
        <translation>close() again: the connection is already closing</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="72"/>
        <source>The application called close() on a connection that is already closing. Nothing new happens; the call gets the error &quot;connection closing&quot;.</source>
        <translation>The application called close() on a connection that is already closing. Nothing new happens; the call gets the error &quot;connection closing&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="75"/>
        <source>close() with unread data: RST instead of FIN</source>
        <translation>close() with unread data: RST instead of FIN</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="76"/>
        <source>The application closed while received data was still unread, so that data will never be read. Rather than close politely with FIN, TCP resets the connection with RST so the peer learns that data was lost (RFC 2525, and what Linux does).</source>
        <translation>The application closed while received data was still unread, so that data will never be read. Rather than close politely with FIN, TCP resets the connection with RST so the peer learns that data was lost (RFC 2525, and what Linux does).</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="80"/>
        <source>the application shut down its sending side: FIN sent</source>
        <translation>the application shut down its sending side: FIN sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="81"/>
        <source>The application called shutdown(): it will send nothing more but still wants to receive. TCP sends a FIN; the connection is half-closed and data can still flow towards this side.</source>
        <translation>The application called shutdown(): it will send nothing more but still wants to receive. TCP sends a FIN; the connection is half-closed and data can still flow towards this side.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="85"/>
        <source>the application aborted: RST sent</source>
        <translation>the application aborted: RST sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="86"/>
        <source>The application aborted the connection. TCP sends a RST so that the peer drops the connection at once, throws away everything queued and goes to CLOSED.</source>
        <translation>The application aborted the connection. TCP sends a RST so that the peer drops the connection at once, throws away everything queued and goes to CLOSED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="89"/>
        <source>the application aborted: nothing to send</source>
        <translation>the application aborted: nothing to send</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="90"/>
        <source>The application aborted the connection. In this state the RFC sends no RST (the handshake has not been answered yet, or a FIN was already exchanged), so the connection just goes to CLOSED.</source>
        <translation>The application aborted the connection. In this state the RFC sends no RST (the handshake has not been answered yet, or a FIN was already exchanged), so the connection just goes to CLOSED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="94"/>
        <source>connect() failed: no local port free</source>
        <translation>connect() failed: no local port free</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="95"/>
        <source>The application asked for a connection, but no local port was free for it. The call fails and nothing is sent.</source>
        <translation>The application asked for a connection, but no local port was free for it. The call fails and nothing is sent.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="98"/>
        <source>the host rebooted and forgot its connections</source>
        <translation>the host rebooted and forgot its connections</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="99"/>
        <source>The host restarted and lost all memory of its connections, without sending anything. The peer is not told: its side of a connection may now be half-open.</source>
        <translation>The host restarted and lost all memory of its connections, without sending anything. The peer is not told: its side of a connection may now be half-open.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="103"/>
        <source>call refused: there is no connection</source>
        <translation>call refused: there is no connection</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="104"/>
        <source>The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error &quot;connection does not exist&quot; and sends nothing.</source>
        <translation>The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error &quot;connection does not exist&quot; and sends nothing.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="106"/>
        <source>listen() again: already listening</source>
        <translation>listen() again: already listening</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="107"/>
        <source>The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.</source>
        <translation>The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="111"/>
        <source>RST for no connection: ignored</source>
        <translation>RST for no connection: ignored</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="112"/>
        <source>A RST arrived for a connection that does not exist. A RST is never answered, so it is simply discarded.</source>
        <translation>A RST arrived for a connection that does not exist. A RST is never answered, so it is simply discarded.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="115"/>
        <source>segment for no connection: RST sent (its seq is the segment&apos;s ACK)</source>
        <translation>segment for no connection: RST sent (its seq is the segment&apos;s ACK)</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="116"/>
        <source>A segment arrived for a connection that does not exist. The host answers with RST; because the segment carried an ACK, the RST takes that ACK number as its sequence number, so that the sender will accept it.</source>
        <translation>A segment arrived for a connection that does not exist. The host answers with RST; because the segment carried an ACK, the RST takes that ACK number as its sequence number, so that the sender will accept it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="120"/>
        <source>segment for no connection: RST,ACK sent</source>
        <translation>segment for no connection: RST,ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="121"/>
        <source>A segment without ACK arrived for a port or connection that does not exist (for example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 and ack = the segment&apos;s sequence number plus its length: &quot;I got it, and I refuse&quot;.</source>
        <translation>A segment without ACK arrived for a port or connection that does not exist (for example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 and ack = the segment&apos;s sequence number plus its length: &quot;I got it, and I refuse&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="127"/>
        <source>RST at a listening socket: ignored</source>
        <translation>RST at a listening socket: ignored</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="128"/>
        <source>A RST arrived at a listening socket. There is no connection to reset, so it is ignored.</source>
        <translation>A RST arrived at a listening socket. There is no connection to reset, so it is ignored.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="131"/>
        <source>ACK at a listening socket: RST sent</source>
        <translation>ACK at a listening socket: RST sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="132"/>
        <source>A segment with ACK arrived at a listening socket, but a listener has sent nothing that could be acknowledged. The server answers with a RST whose sequence number is that ACK number.</source>
        <translation>A segment with ACK arrived at a listening socket, but a listener has sent nothing that could be acknowledged. The server answers with a RST whose sequence number is that ACK number.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="136"/>
        <source>SYN at a listening socket: SYN,ACK sent</source>
        <translation>SYN at a listening socket: SYN,ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="137"/>
        <source>A connection request (SYN) arrived at a listening port. The server notes the client&apos;s sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client&apos;s SYN, the SYN offers the server&apos;s number. It now waits in SYN_RECEIVED for the client&apos;s ACK.</source>
        <translation>A connection request (SYN) arrived at a listening port. The server notes the client&apos;s sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client&apos;s SYN, the SYN offers the server&apos;s number. It now waits in SYN_RECEIVED for the client&apos;s ACK.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="142"/>
        <source>other segment at a listening socket: dropped</source>
        <translation>other segment at a listening socket: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="143"/>
        <source>A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start a connection, so it is dropped without a reply.</source>
        <translation>A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start a connection, so it is dropped without a reply.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="148"/>
        <source>ACK of something we never sent: RST sent</source>
        <translation>ACK of something we never sent: RST sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="149"/>
        <source>While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge our SYN. It probably belongs to an old connection, so we answer with RST (seq = its ACK number) and drop it.</source>
        <translation>While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge our SYN. It probably belongs to an old connection, so we answer with RST (seq = its ACK number) and drop it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="153"/>
        <source>RST with a wrong ACK in SYN_SENT: dropped</source>
        <translation>RST with a wrong ACK in SYN_SENT: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="154"/>
        <source>A RST arrived while we waited for SYN,ACK, but its ACK number does not match our SYN. It cannot be meant for this connection, so it is dropped; a RST is never answered.</source>
        <translation>A RST arrived while we waited for SYN,ACK, but its ACK number does not match our SYN. It cannot be meant for this connection, so it is dropped; a RST is never answered.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="158"/>
        <source>RST acknowledging our SYN: connection refused</source>
        <translation>RST acknowledging our SYN: connection refused</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="159"/>
        <source>The peer answered our SYN with a RST that acknowledges it: nobody is listening on that port. The connection is refused, goes to CLOSED, and the application is told.</source>
        <translation>The peer answered our SYN with a RST that acknowledges it: nobody is listening on that port. The connection is refused, goes to CLOSED, and the application is told.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="162"/>
        <source>RST without ACK in SYN_SENT: dropped</source>
        <translation>RST without ACK in SYN_SENT: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="163"/>
        <source>A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it answers our SYN. It is dropped.</source>
        <translation>A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it answers our SYN. It is dropped.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="166"/>
        <source>received SYN,ACK acknowledging our SYN</source>
        <translation>received SYN,ACK acknowledging our SYN</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="167"/>
        <source>The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the peer&apos;s initial sequence number. We send the last ACK of the 3-way handshake; for us the connection is now ESTABLISHED.</source>
        <translation>The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the peer&apos;s initial sequence number. We send the last ACK of the 3-way handshake; for us the connection is now ESTABLISHED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="171"/>
        <source>SYN without ACK in SYN_SENT: simultaneous open</source>
        <translation>SYN without ACK in SYN_SENT: simultaneous open</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="172"/>
        <source>A SYN arrived while our own SYN was still unanswered: both sides opened at the same time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of its SYN.</source>
        <translation>A SYN arrived while our own SYN was still unanswered: both sides opened at the same time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of its SYN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="176"/>
        <source>segment without SYN or RST in SYN_SENT: dropped</source>
        <translation>segment without SYN or RST in SYN_SENT: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="177"/>
        <source>While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot complete the handshake, so it is dropped.</source>
        <translation>While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot complete the handshake, so it is dropped.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="182"/>
        <source>segment outside the receive window: ACK sent</source>
        <translation>segment outside the receive window: ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="183"/>
        <source>The segment&apos;s sequence numbers are not the ones we expect (an old duplicate, or beyond our window). It is not used; we answer with an ACK that repeats the sequence number we expect next.</source>
        <translation>The segment&apos;s sequence numbers are not the ones we expect (an old duplicate, or beyond our window). It is not used; we answer with an ACK that repeats the sequence number we expect next.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="187"/>
        <source>RST outside the receive window: dropped</source>
        <translation>RST outside the receive window: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="188"/>
        <source>A RST arrived whose sequence number is outside our receive window. It is not believed and is dropped silently; a RST is never answered.</source>
        <translation>A RST arrived whose sequence number is outside our receive window. It is not believed and is dropped silently; a RST is never answered.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="191"/>
        <source>segment ahead of the expected sequence: held</source>
        <translation>segment ahead of the expected sequence: held</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="192"/>
        <source>This segment starts beyond the next byte we expect, so something sent before it is still missing. TCP keeps it and processes it in order once the gap is filled.</source>
        <translation>This segment starts beyond the next byte we expect, so something sent before it is still missing. TCP keeps it and processes it in order once the gap is filled.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="195"/>
        <source>valid RST: connection reset</source>
        <translation>valid RST: connection reset</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="196"/>
        <source>A RST arrived with exactly the sequence number we expect next, so it is trusted. The connection is reset at once: it goes to CLOSED and the application is told.</source>
        <translation>A RST arrived with exactly the sequence number we expect next, so it is trusted. The connection is reset at once: it goes to CLOSED and the application is told.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="199"/>
        <source>RST inside the window but not exact: challenge ACK</source>
        <translation>RST inside the window but not exact: challenge ACK</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="200"/>
        <source>A RST arrived whose sequence number is inside the window but not exactly the next one expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real peer answers that with a RST carrying the exact number.</source>
        <translation>A RST arrived whose sequence number is inside the window but not exactly the next one expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real peer answers that with a RST carrying the exact number.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="204"/>
        <source>RST in SYN_RECEIVED: back to listening</source>
        <translation>RST in SYN_RECEIVED: back to listening</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="205"/>
        <source>The handshake was reset while the server waited for the last ACK. This connection came from a listening socket, so it is simply removed and the listener keeps waiting for new connections.</source>
        <translation>The handshake was reset while the server waited for the last ACK. This connection came from a listening socket, so it is simply removed and the listener keeps waiting for new connections.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="209"/>
        <source>RST in SYN_RECEIVED after our own SYN: connection refused</source>
        <translation>RST in SYN_RECEIVED after our own SYN: connection refused</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="210"/>
        <source>The peer reset the handshake of a connection we opened ourselves (a simultaneous open). The connection is refused and goes to CLOSED.</source>
        <translation>The peer reset the handshake of a connection we opened ourselves (a simultaneous open). The connection is refused and goes to CLOSED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="213"/>
        <source>RST while closing: connection closed</source>
        <translation>RST while closing: connection closed</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="214"/>
        <source>A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or TIME_WAIT). The connection goes to CLOSED at once.</source>
        <translation>A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or TIME_WAIT). The connection goes to CLOSED at once.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="217"/>
        <source>RST in TIME_WAIT: ignored (RFC 1337)</source>
        <translation>RST in TIME_WAIT: ignored (RFC 1337)</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="218"/>
        <source>A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end TIME_WAIT early (&quot;TIME_WAIT assassination&quot;) would let old segments disturb a new connection.</source>
        <translation>A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end TIME_WAIT early (&quot;TIME_WAIT assassination&quot;) would let old segments disturb a new connection.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="222"/>
        <source>SYN on a synchronized connection: challenge ACK</source>
        <translation>SYN on a synchronized connection: challenge ACK</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="223"/>
        <source>A SYN arrived on a connection that is already synchronized. It may be an old duplicate or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really restarted, it answers with a RST that ends this stale connection.</source>
        <translation>A SYN arrived on a connection that is already synchronized. It may be an old duplicate or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really restarted, it answers with a RST that ends this stale connection.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="227"/>
        <source>SYN on a synchronized connection: reset (old rule)</source>
        <translation>SYN on a synchronized connection: reset (old rule)</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="228"/>
        <source>A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an error: TCP sends a RST and resets the connection.</source>
        <translation>A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an error: TCP sends a RST and resets the connection.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="231"/>
        <source>duplicate SYN in SYN_RECEIVED: ACK sent</source>
        <translation>duplicate SYN in SYN_RECEIVED: ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="232"/>
        <source>The client&apos;s SYN arrived again while we wait for its ACK. The server does not start a second connection; it answers with an ACK that repeats what it expects.</source>
        <translation>The client&apos;s SYN arrived again while we wait for its ACK. The server does not start a second connection; it answers with an ACK that repeats what it expects.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="235"/>
        <source>duplicate SYN in SYN_RECEIVED: SYN,ACK sent again</source>
        <translation>duplicate SYN in SYN_RECEIVED: SYN,ACK sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="236"/>
        <source>The client&apos;s SYN arrived again, so our SYN,ACK may have been lost. The server sends its SYN,ACK again with the same sequence number instead of starting a second connection (what Linux and BSD do).</source>
        <translation>The client&apos;s SYN arrived again, so our SYN,ACK may have been lost. The server sends its SYN,ACK again with the same sequence number instead of starting a second connection (what Linux and BSD do).</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="240"/>
        <source>new SYN in TIME_WAIT: connection reopened</source>
        <translation>new SYN in TIME_WAIT: connection reopened</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="241"/>
        <source>A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old connection&apos;s. The old connection ends early and the SYN starts a new one, as many systems allow.</source>
        <translation>A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old connection&apos;s. The old connection ends early and the SYN starts a new one, as many systems allow.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="245"/>
        <source>segment without ACK: dropped</source>
        <translation>segment without ACK: dropped</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="246"/>
        <source>A segment without the ACK flag arrived on a synchronized connection. After the handshake every segment must carry ACK, so this one is dropped.</source>
        <translation>A segment without the ACK flag arrived on a synchronized connection. After the handshake every segment must carry ACK, so this one is dropped.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="249"/>
        <source>ACK of our SYN,ACK: connection established</source>
        <translation>ACK of our SYN,ACK: connection established</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="250"/>
        <source>The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The 3-way handshake is complete and the connection is ESTABLISHED.</source>
        <translation>The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The 3-way handshake is complete and the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="253"/>
        <source>wrong ACK in SYN_RECEIVED: RST sent</source>
        <translation>wrong ACK in SYN_RECEIVED: RST sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="254"/>
        <source>A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.</source>
        <translation>A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="257"/>
        <source>ACK of new data</source>
        <translation>ACK of new data</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="258"/>
        <source>The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing is left unacknowledged, the retransmission timer stops.</source>
        <translation>The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing is left unacknowledged, the retransmission timer stops.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="261"/>
        <source>old ACK: ignored</source>
        <translation>old ACK: ignored</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="262"/>
        <source>This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment is still processed.</source>
        <translation>This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment is still processed.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="265"/>
        <source>ACK of data never sent: ACK sent</source>
        <translation>ACK of data never sent: ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="266"/>
        <source>The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that shows where we really are.</source>
        <translation>The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that shows where we really are.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="269"/>
        <source>our FIN acknowledged: FIN_WAIT_2</source>
        <translation>our FIN acknowledged: FIN_WAIT_2</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="270"/>
        <source>The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and wait for the peer to finish and send its own FIN.</source>
        <translation>The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and wait for the peer to finish and send its own FIN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="273"/>
        <source>our FIN acknowledged in CLOSING: TIME_WAIT</source>
        <translation>our FIN acknowledged in CLOSING: TIME_WAIT</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="274"/>
        <source>During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; we enter TIME_WAIT for 2·MSL.</source>
        <translation>During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; we enter TIME_WAIT for 2·MSL.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="277"/>
        <source>last ACK received: connection closed</source>
        <translation>last ACK received: connection closed</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="278"/>
        <source>The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so the connection goes to CLOSED and is deleted.</source>
        <translation>The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so the connection goes to CLOSED and is deleted.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="281"/>
        <source>data received in order</source>
        <translation>data received in order</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="282"/>
        <source>The data starts exactly at the next byte we expect. TCP accepts it, passes it to the application and acknowledges it.</source>
        <translation>The data starts exactly at the next byte we expect. TCP accepts it, passes it to the application and acknowledges it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="285"/>
        <source>data after the peer&apos;s FIN: ignored</source>
        <translation>data after the peer&apos;s FIN: ignored</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="286"/>
        <source>Data arrived after the peer&apos;s FIN. The FIN said that no more data would come, so this data is ignored.</source>
        <translation>Data arrived after the peer&apos;s FIN. The FIN said that no more data would come, so this data is ignored.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="289"/>
        <source>data after our application closed: RST sent</source>
        <translation>data after our application closed: RST sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="290"/>
        <source>Data arrived, but the application here has already closed and can never read it. TCP resets the connection with RST so the sender learns that its data is lost.</source>
        <translation>Data arrived, but the application here has already closed and can never read it. TCP resets the connection with RST so the sender learns that its data is lost.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="293"/>
        <source>peer&apos;s FIN received: CLOSE_WAIT</source>
        <translation>peer&apos;s FIN received: CLOSE_WAIT</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="294"/>
        <source>The peer sent FIN: it has no more data to send. We acknowledge it, tell our application (end of data) and move to CLOSE_WAIT. We may still send until our application closes.</source>
        <translation>The peer sent FIN: it has no more data to send. We acknowledge it, tell our application (end of data) and move to CLOSE_WAIT. We may still send until our application closes.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="298"/>
        <source>peer&apos;s FIN while ours is unacknowledged: CLOSING</source>
        <translation>peer&apos;s FIN while ours is unacknowledged: CLOSING</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="299"/>
        <source>The peer&apos;s FIN arrived while our own FIN was still unacknowledged: both sides are closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK of our FIN.</source>
        <translation>The peer&apos;s FIN arrived while our own FIN was still unacknowledged: both sides are closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK of our FIN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="303"/>
        <source>peer&apos;s FIN received: TIME_WAIT</source>
        <translation>peer&apos;s FIN received: TIME_WAIT</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="304"/>
        <source>The peer&apos;s FIN arrived and our own FIN is already acknowledged. We send the last ACK and enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and so that old segments die out.</source>
        <translation>The peer&apos;s FIN arrived and our own FIN is already acknowledged. We send the last ACK and enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and so that old segments die out.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="308"/>
        <source>repeated FIN: ACK sent again</source>
        <translation>repeated FIN: ACK sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="309"/>
        <source>The peer&apos;s FIN arrived again, so our ACK of it was probably lost or late. We acknowledge it again and stay in the same state.</source>
        <translation>The peer&apos;s FIN arrived again, so our ACK of it was probably lost or late. We acknowledge it again and stay in the same state.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="312"/>
        <source>FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted</source>
        <translation>FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="313"/>
        <source>The peer&apos;s FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.</source>
        <translation>The peer&apos;s FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="316"/>
        <source>the application closes on end of data: FIN sent</source>
        <translation>the application closes on end of data: FIN sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="317"/>
        <source>This application closes as soon as the peer has finished. TCP sends its FIN together with the ACK of the peer&apos;s FIN (one FIN,ACK segment) and waits in LAST_ACK.</source>
        <translation>This application closes as soon as the peer has finished. TCP sends its FIN together with the ACK of the peer&apos;s FIN (one FIN,ACK segment) and waits in LAST_ACK.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="321"/>
        <source>SYN,ACK in SYN_RECEIVED (simultaneous open): established</source>
        <translation>SYN,ACK in SYN_RECEIVED (simultaneous open): established</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="322"/>
        <source>During a simultaneous open the peer&apos;s SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.</source>
        <translation>During a simultaneous open the peer&apos;s SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="324"/>
        <source>segment for a deleted connection: left to the host</source>
        <translation>segment for a deleted connection: left to the host</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="325"/>
        <source>The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.</source>
        <translation>The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="330"/>
        <source>ACK sent</source>
        <extracomment>Short reason: an acknowledgement segment was sent.</extracomment>
        <translation>ACK sent</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="331"/>
        <source>TCP acknowledges what it received: the ACK number is the next byte it expects.</source>
        <translation>TCP acknowledges what it received: the ACK number is the next byte it expects.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="333"/>
        <source>the peer&apos;s window is full: waiting</source>
        <translation>the peer&apos;s window is full: waiting</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="334"/>
        <source>The peer&apos;s receive window is full, so TCP must not send more for now. The data waits until an ACK opens the window again.</source>
        <translation>The peer&apos;s receive window is full, so TCP must not send more for now. The data waits until an ACK opens the window again.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="339"/>
        <source>retransmission timeout: SYN sent again</source>
        <translation>retransmission timeout: SYN sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="340"/>
        <source>No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been lost, so it is sent again with the same sequence number (the same ISN).</source>
        <translation>No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been lost, so it is sent again with the same sequence number (the same ISN).</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="343"/>
        <source>retransmission timeout: SYN,ACK sent again</source>
        <translation>retransmission timeout: SYN,ACK sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="344"/>
        <source>The last ACK of the handshake did not arrive before the timeout. The server sends its SYN,ACK again, unchanged.</source>
        <translation>The last ACK of the handshake did not arrive before the timeout. The server sends its SYN,ACK again, unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="347"/>
        <source>retransmission timeout: data sent again</source>
        <translation>retransmission timeout: data sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="348"/>
        <source>The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged segment again, from SND.UNA.</source>
        <translation>The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged segment again, from SND.UNA.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="351"/>
        <source>retransmission timeout: FIN sent again</source>
        <translation>retransmission timeout: FIN sent again</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="352"/>
        <source>Our FIN was not acknowledged before the timeout. It is sent again with the same sequence number.</source>
        <translation>Our FIN was not acknowledged before the timeout. It is sent again with the same sequence number.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="355"/>
        <source>timeout doubled (exponential backoff)</source>
        <translation>timeout doubled (exponential backoff)</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="356"/>
        <source>After a timeout, the next wait is twice as long (exponential backoff), so that a slow or broken path is not flooded with copies.</source>
        <translation>After a timeout, the next wait is twice as long (exponential backoff), so that a slow or broken path is not flooded with copies.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="359"/>
        <source>the SYN was sent more than once: the data timeout starts at 3 s</source>
        <translation>the SYN was sent more than once: the data timeout starts at 3 s</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="360"/>
        <source>Because the SYN had to be retransmitted, its round trip could not be measured reliably, so the retransmission timeout for data starts at 3 seconds.</source>
        <translation>Because the SYN had to be retransmitted, its round trip could not be measured reliably, so the retransmission timeout for data starts at 3 seconds.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="363"/>
        <source>SYN never answered after all retries: gave up</source>
        <translation>SYN never answered after all retries: gave up</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="364"/>
        <source>The SYN was retransmitted as often as allowed and never answered. TCP gives up: the connection is aborted without sending anything and the application is told that it timed out.</source>
        <translation>The SYN was retransmitted as often as allowed and never answered. TCP gives up: the connection is aborted without sending anything and the application is told that it timed out.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="368"/>
        <source>SYN,ACK never acknowledged after all retries: gave up</source>
        <translation>SYN,ACK never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="369"/>
        <source>The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The server gives up on this half-open connection and deletes it without sending anything.</source>
        <translation>The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The server gives up on this half-open connection and deletes it without sending anything.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="373"/>
        <source>data never acknowledged after all retries: gave up</source>
        <translation>data never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="374"/>
        <source>The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and aborts the connection without sending anything; the application is told that it timed out.</source>
        <translation>The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and aborts the connection without sending anything; the application is told that it timed out.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="378"/>
        <source>2·MSL elapsed: TIME_WAIT is over</source>
        <translation>2·MSL elapsed: TIME_WAIT is over</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="379"/>
        <source>TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the connection is finally CLOSED.</source>
        <translation>TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the connection is finally CLOSED.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="382"/>
        <source>FIN_WAIT_2 timer expired: connection deleted</source>
        <translation>FIN_WAIT_2 timer expired: connection deleted</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="383"/>
        <source>The peer never sent its FIN. This host does not wait forever for a connection its application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.</source>
        <translation>The peer never sent its FIN. This host does not wait forever for a connection its application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="388"/>
        <source>FIN never acknowledged after all retries: gave up</source>
        <translation>FIN never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="389"/>
        <source>Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.</source>
        <translation>Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="393"/>
        <source>delivered by the network</source>
        <translation>delivered by the network</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="394"/>
        <source>The network delivered the segment to the other host after the one-way delay.</source>
        <translation>The network delivered the segment to the other host after the one-way delay.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="396"/>
        <source>lost: dropped by a lesson fault</source>
        <translation>lost: dropped by a lesson fault</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="397"/>
        <source>The lesson (or you) told the network to drop this segment, to show what TCP does when a segment is lost. The sender is not told; only a timeout will reveal the loss.</source>
        <translation>The lesson (or you) told the network to drop this segment, to show what TCP does when a segment is lost. The sender is not told; only a timeout will reveal the loss.</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="400"/>
        <source>lost: random loss</source>
        <translation>lost: random loss</translation>
    </message>
    <message>
        <location filename="../ui/texts_reasons.cpp" line="401"/>
        <source>The network lost this segment at random (the lesson&apos;s loss rate). The sender is not told; only a timeout will reveal the loss.</source>
        <translation>The network lost this segment at random (the lesson&apos;s loss rate). The sender is not told; only a timeout will reveal the loss.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="39"/>
        <source>client</source>
        <extracomment>The client as a noun inside a sentence (&quot;the client receives ...&quot;).</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="41"/>
        <source>server</source>
        <extracomment>The server as a noun inside a sentence (&quot;the server receives ...&quot;).</extracomment>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="51"/>
        <source> (retransmission)</source>
        <extracomment>Marks a segment label as a retransmission: &quot;SYN seq=100 (retransmission)&quot;.</extracomment>
        <translation> (retransmission)</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="53"/>
        <source> (crafted)</source>
        <extracomment>Marks a segment the lesson crafted and injected: &quot;RST seq=90 (crafted)&quot;.</extracomment>
        <translation> (crafted)</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="64"/>
        <source>The %1 receives %2 and answers with %3.</source>
        <translation>The %1 receives %2 and answers with %3.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="65"/>
        <location filename="../ui/texts_steps.cpp" line="124"/>
        <source>The %1 receives %2.</source>
        <translation>The %1 receives %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="69"/>
        <source>The %1&apos;s %2 expires, so it sends %3.</source>
        <extracomment>%1 host, %2 timer name, %3 segment labels.</extracomment>
        <translation>The %1&apos;s %2 expires, so it sends %3.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="70"/>
        <location filename="../ui/texts_steps.cpp" line="123"/>
        <source>The %1&apos;s %2 expires.</source>
        <translation>The %1&apos;s %2 expires.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="73"/>
        <source>The lesson puts the crafted segment %1 on the wire towards the %2.</source>
        <translation>The lesson puts the crafted segment %1 on the wire towards the %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="75"/>
        <source>The %1 answers with %2.</source>
        <translation>The %1 answers with %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="85"/>
        <source>The %1 reboots.</source>
        <translation>The %1 reboots.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/texts_steps.cpp" line="87"/>
        <source>The %1&apos;s application hands %n byte(s) to send().</source>
        <translation>
            <numerusform>The %1&apos;s application hands %n byte to send().</numerusform>
            <numerusform>The %1&apos;s application hands %n bytes to send().</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="90"/>
        <source>The %1&apos;s application calls %2.</source>
        <extracomment>%1 host, %2 a call such as connect().</extracomment>
        <translation>The %1&apos;s application calls %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="91"/>
        <location filename="../ui/texts_steps.cpp" line="207"/>
        <source>The %1 sends %2.</source>
        <translation>The %1 sends %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="99"/>
        <source>The network drops the %1&apos;s segment %2, as the lesson says.</source>
        <translation>The network drops the %1&apos;s segment %2, as the lesson says.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="100"/>
        <source>The network loses the %1&apos;s segment %2 at random.</source>
        <translation>The network loses the %1&apos;s segment %2 at random.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="101"/>
        <source>The network drops the %1&apos;s segment %2, as you asked.</source>
        <translation>The network drops the %1&apos;s segment %2, as you asked.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="112"/>
        <source>The %1 goes from %2 to %3.</source>
        <extracomment>%1 host, %2 and %3 state names such as SYN_SENT.</extracomment>
        <translation>The %1 goes from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/texts_steps.cpp" line="115"/>
        <source>The %1&apos;s application receives %n byte(s).</source>
        <translation>
            <numerusform>The %1&apos;s application receives %n byte.</numerusform>
            <numerusform>The %1&apos;s application receives %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="117"/>
        <source>The %1&apos;s application is told: %2.</source>
        <extracomment>%1 host, %2 what the application is told, e.g. &quot;connection established&quot;.</extracomment>
        <translation>The %1&apos;s application is told: %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="121"/>
        <source>The %1 sets its %2 to expire at %3.</source>
        <extracomment>%1 host, %2 timer name, %3 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>The %1 sets its %2 to expire at %3.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="122"/>
        <source>The %1 stops its %2.</source>
        <translation>The %1 stops its %2.</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="140"/>
        <source>call</source>
        <extracomment>Event list, kind column: a user call such as connect().</extracomment>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="142"/>
        <source>state</source>
        <extracomment>Event list, kind column: a state change.</extracomment>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="144"/>
        <source>send</source>
        <extracomment>Event list, kind column: a segment sent.</extracomment>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="146"/>
        <source>inject</source>
        <extracomment>Event list, kind column: a crafted segment put on the wire.</extracomment>
        <translation>inject</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="148"/>
        <source>arrive</source>
        <extracomment>Event list, kind column: a segment arrived at a host.</extracomment>
        <translation>arrive</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="150"/>
        <source>lost</source>
        <extracomment>Event list, kind column: the network lost a segment.</extracomment>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="152"/>
        <source>timer</source>
        <extracomment>Event list, kind column: a timer set, stopped or expired.</extracomment>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="154"/>
        <source>notify</source>
        <extracomment>Event list, kind column: something told to the application.</extracomment>
        <translation>notify</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="156"/>
        <source>note</source>
        <extracomment>Event list, kind column: a decision with no other effect (segment discarded ...).</extracomment>
        <translation>note</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/texts_steps.cpp" line="168"/>
        <source>send(), %n byte(s)</source>
        <translation>
            <numerusform>send(), %n byte</numerusform>
            <numerusform>send(), %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="178"/>
        <source>%1 set, expires at %2</source>
        <extracomment>%1 timer name, %2 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>%1 set, expires at %2</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="179"/>
        <source>%1 stopped</source>
        <translation>%1 stopped</translation>
    </message>
    <message>
        <location filename="../ui/texts_steps.cpp" line="180"/>
        <source>%1 expired</source>
        <translation>%1 expired</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/texts_steps.cpp" line="184"/>
        <source>%n byte(s) received</source>
        <translation>
            <numerusform>%n byte received</numerusform>
            <numerusform>%n bytes received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="19"/>
        <source>Synchronize: the flag that opens a connection and carries the initial sequence number.</source>
        <translation>Synchronize: the flag that opens a connection and carries the initial sequence number.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="20"/>
        <source>Each side sends one SYN when the connection opens. It carries that side&apos;s initial sequence number (ISN) and, like a byte of data, uses one sequence number, so it must be acknowledged: the answer&apos;s ack is ISN + 1.</source>
        <translation>Each side sends one SYN when the connection opens. It carries that side&apos;s initial sequence number (ISN) and, like a byte of data, uses one sequence number, so it must be acknowledged: the answer&apos;s ack is ISN + 1.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="25"/>
        <source>Acknowledgement: the flag saying that the acknowledgement number is valid.</source>
        <translation>Acknowledgement: the flag saying that the acknowledgement number is valid.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="26"/>
        <source>With ACK set, the acknowledgement number names the byte the sender expects next: everything before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no sequence number, so it is never acknowledged itself.</source>
        <translation>With ACK set, the acknowledgement number names the byte the sender expects next: everything before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no sequence number, so it is never acknowledged itself.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="31"/>
        <source>Finish: the sender has no more data to send.</source>
        <translation>Finish: the sender has no more data to send.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="32"/>
        <source>A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be acknowledged. The other direction stays open until the other side sends its own FIN: that is why closing takes four segments.</source>
        <translation>A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be acknowledged. The other direction stays open until the other side sends its own FIN: that is why closing takes four segments.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="37"/>
        <source>Reset: drop the connection at once.</source>
        <translation>Reset: drop the connection at once.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="38"/>
        <source>A RST makes the receiver drop the connection immediately, without the FIN exchange; data not yet delivered is lost. It answers segments that belong to no connection, and an application that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it is never answered.</source>
        <translation>A RST makes the receiver drop the connection immediately, without the FIN exchange; data not yet delivered is lost. It answers segments that belong to no connection, and an application that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it is never answered.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="44"/>
        <source>Push: hand the data to the application without waiting.</source>
        <translation>Push: hand the data to the application without waiting.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="45"/>
        <source>PSH asks the receiver to pass the data to the application now instead of collecting more. It does not change the connection&apos;s state, and lesson faults ignore it.</source>
        <translation>PSH asks the receiver to pass the data to the application now instead of collecting more. It does not change the connection&apos;s state, and lesson faults ignore it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="49"/>
        <source>Initial sequence number: the first sequence number a side uses, carried by its SYN.</source>
        <translation>Initial sequence number: the first sequence number a side uses, carried by its SYN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="50"/>
        <source>Each side picks its own ISN when the connection opens. It is chosen at random (RFC 9293 §3.4.1) so that segments of an old connection on the same ports are not taken for new ones, and so that an attacker cannot guess it.</source>
        <translation>Each side picks its own ISN when the connection opens. It is chosen at random (RFC 9293 §3.4.1) so that segments of an old connection on the same ports are not taken for new ones, and so that an attacker cannot guess it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="54"/>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="55"/>
        <source>The number of the first byte in a segment; SYN and FIN count as one byte each.</source>
        <translation>The number of the first byte in a segment; SYN and FIN count as one byte each.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="56"/>
        <source>TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put data in order, to drop duplicates and to say what it has received. The arithmetic is modulo 2^32, so the numbers wrap around.</source>
        <translation>TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put data in order, to drop duplicates and to say what it has received. The arithmetic is modulo 2^32, so the numbers wrap around.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="60"/>
        <source>Acknowledgement number</source>
        <translation>Acknowledgement number</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="61"/>
        <source>The next sequence number the sender of the ACK expects to receive.</source>
        <translation>The next sequence number the sender of the ACK expects to receive.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="62"/>
        <source>Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and sends it again if no acknowledgement comes in time.</source>
        <translation>Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and sends it again if no acknowledgement comes in time.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="66"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="67"/>
        <source>How many more bytes the receiver is ready to accept.</source>
        <translation>How many more bytes the receiver is ready to accept.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="68"/>
        <source>Every segment advertises its sender&apos;s receive window. The other side may send only that many bytes beyond the last acknowledged one; a full window makes it wait. The window also decides which sequence numbers of an arriving segment are acceptable.</source>
        <translation>Every segment advertises its sender&apos;s receive window. The other side may send only that many bytes beyond the last acknowledged one; a full window makes it wait. The window also decides which sequence numbers of an arriving segment are acceptable.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="73"/>
        <source>Retransmission timeout: how long TCP waits for an acknowledgement before sending again.</source>
        <translation>Retransmission timeout: how long TCP waits for an acknowledgement before sending again.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="74"/>
        <source>The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + 4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries TCP gives up the connection.</source>
        <translation>The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + 4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries TCP gives up the connection.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="79"/>
        <source>Maximum segment lifetime: the longest time a segment is assumed to survive in the network.</source>
        <translation>Maximum segment lifetime: the longest time a segment is assumed to survive in the network.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="80"/>
        <source>The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems use less (the teach profile uses 5 s). TIME_WAIT lasts twice the MSL.</source>
        <translation>The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems use less (the teach profile uses 5 s). TIME_WAIT lasts twice the MSL.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="84"/>
        <source>The length of TIME_WAIT: twice the maximum segment lifetime.</source>
        <translation>The length of TIME_WAIT: twice the maximum segment lifetime.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="85"/>
        <source>Twice the MSL leaves time for our last ACK to be lost and for the peer&apos;s retransmitted FIN to arrive, and for every old segment of the connection, in both directions, to die out before the same ports are used again.</source>
        <translation>Twice the MSL leaves time for our last ACK to be lost and for the peer&apos;s retransmitted FIN to arrive, and for every old segment of the connection, in both directions, to die out before the same ports are used again.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="89"/>
        <source>Half-open connection</source>
        <translation>Half-open connection</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="90"/>
        <source>One side still believes the connection is open while the other has forgotten it.</source>
        <translation>One side still believes the connection is open while the other has forgotten it.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="91"/>
        <source>This happens when a host crashes or reboots without closing. The survivor finds out only when it sends something: the other side has no such connection and answers with RST. (The name is also used for a handshake still waiting for its last ACK.)</source>
        <translation>This happens when a host crashes or reboots without closing. The survivor finds out only when it sends something: the other side has no such connection and answers with RST. (The name is also used for a handshake still waiting for its last ACK.)</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="95"/>
        <source>Half-closed connection</source>
        <translation>Half-closed connection</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="96"/>
        <source>One direction is closed by a FIN; the other still carries data.</source>
        <translation>One direction is closed by a FIN; the other still carries data.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="97"/>
        <source>After one side sends FIN (shutdown or close), the other may go on sending until it closes too. The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and may still send.</source>
        <translation>After one side sends FIN (shutdown or close), the other may go on sending until it closes too. The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and may still send.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="110"/>
        <source>There is no connection (no TCB). A segment that arrives for it is answered with RST, unless it is a RST itself.</source>
        <translation>There is no connection (no TCB). A segment that arrives for it is answered with RST, unless it is a RST itself.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="114"/>
        <source>A server&apos;s socket waits for SYNs on its port. Each SYN starts a new connection in SYN_RECEIVED; the listening socket itself stays in LISTEN.</source>
        <translation>A server&apos;s socket waits for SYNs on its port. Each SYN starts a new connection in SYN_RECEIVED; the listening socket itself stays in LISTEN.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="118"/>
        <source>After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends the SYN again.</source>
        <translation>After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends the SYN again.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="123"/>
        <source>A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.</source>
        <translation>A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="127"/>
        <source>Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends FIN (close) or RST (abort).</source>
        <translation>Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends FIN (close) or RST (abort).</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="131"/>
        <source>Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; the peer&apos;s FIN before that ACK leads to CLOSING; both in one segment lead straight to TIME_WAIT.</source>
        <translation>Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; the peer&apos;s FIN before that ACK leads to CLOSING; both in one segment lead straight to TIME_WAIT.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="136"/>
        <source>Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, which leads to TIME_WAIT. If the peer never closes, some systems end a connection its application has left with a timer.</source>
        <translation>Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, which leads to TIME_WAIT. If the peer never closes, some systems end a connection its application has left with a timer.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="141"/>
        <source>The peer sent FIN and we acknowledged it; our application has been told (end of data) and may still send. The connection stays here until our application calls close(): an application that never does leaves it stuck.</source>
        <translation>The peer sent FIN and we acknowledged it; our application has been told (end of data) and may still send. The connection stays here until our application calls close(): an application that never does leaves it stuck.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="146"/>
        <source>Both sides sent FIN at about the same time: the peer&apos;s FIN arrived while ours was still unacknowledged. The ACK of our FIN leads to TIME_WAIT.</source>
        <translation>Both sides sent FIN at about the same time: the peer&apos;s FIN arrived while ours was still unacknowledged. The ACK of our FIN leads to TIME_WAIT.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="150"/>
        <source>The peer closed first; then our application closed and our FIN went out. When its ACK arrives the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.</source>
        <translation>The peer closed first; then our application closed and our FIN went out. When its ACK arrives the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.</translation>
    </message>
    <message>
        <location filename="../ui/texts_glossary.cpp" line="154"/>
        <source>The side that closed first waits 2·MSL after sending the last ACK. If that ACK was lost, the peer&apos;s FIN comes again and is acknowledged again; and the old segments of the connection die out before its ports are used again.</source>
        <translation>The side that closed first waits 2·MSL after sending the last ACK. If that ACK was lost, the peer&apos;s FIN comes again and is acknowledged again; and the old segments of the connection die out before its ports are used again.</translation>
    </message>
</context>
<context>
    <name>hl::ui::Theme</name>
    <message>
        <location filename="../ui/window_theme.cpp" line="20"/>
        <source>C</source>
        <extracomment>One-letter badge for the client endpoint, shown next to its colour.</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/window_theme.cpp" line="22"/>
        <source>S</source>
        <extracomment>One-letter badge for the server endpoint, shown next to its colour.</extracomment>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimeAxis</name>
    <message>
        <location filename="../ui/time_axis.cpp" line="94"/>
        <location filename="../ui/time_axis.cpp" line="97"/>
        <location filename="../ui/time_axis.cpp" line="98"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/time_axis.cpp" line="95"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/time_axis.cpp" line="104"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimeBreakItem</name>
    <message>
        <location filename="../ui/time_break_item.cpp" line="13"/>
        <source>… %1 …</source>
        <extracomment>A compressed idle stretch in the sequence diagram; %1 is its real length (&quot;9.8 s&quot;).</extracomment>
        <translation>… %1 …</translation>
    </message>
    <message>
        <location filename="../ui/time_break_item.cpp" line="21"/>
        <source>Nothing happens for %1 (from %2 to %3); the diagram shortens this stretch.</source>
        <translation>Nothing happens for %1 (from %2 to %3); the diagram shortens this stretch.</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimelineBar</name>
    <message>
        <location filename="../ui/timeline_bar.cpp" line="21"/>
        <location filename="../ui/timeline_bar.cpp" line="114"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.cpp" line="26"/>
        <location filename="../ui/timeline_bar.cpp" line="30"/>
        <source>Step %1 of %2</source>
        <extracomment>Timeline position; step 0 is the start, before anything happened.</extracomment>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimerBracketItem</name>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="32"/>
        <source>%1 left</source>
        <extracomment>Time left on a running timer in the sequence diagram; %1 is &quot;1.95 s&quot;.</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="55"/>
        <source>fired at %1</source>
        <translation>fired at %1</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="56"/>
        <source>cancelled at %1</source>
        <translation>cancelled at %1</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="57"/>
        <source>restarted at %1</source>
        <translation>restarted at %1</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="58"/>
        <source>stopped at %1: the connection closed</source>
        <translation>stopped at %1: the connection closed</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="59"/>
        <source>still running when the run ended</source>
        <translation>still running when the run ended</translation>
    </message>
    <message>
        <location filename="../ui/timer_bracket_item.cpp" line="61"/>
        <source>%1: set at %2 for %3, %4</source>
        <translation>%1: set at %2 for %3, %4</translation>
    </message>
</context>
</TS>
