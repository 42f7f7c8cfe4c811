<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hl::cli::Cli</name>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is a load lesson: print it with &quot;--format counts&quot;
</source>
        <extracomment>%1 is a lesson id or file name. Keep &quot;--format counts&quot; as it is.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot; is a load lesson: print it with &quot;--format counts&quot;
</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;--format counts&quot; is for load lessons; &quot;%1&quot; has no &quot;load&quot;
</source>
        <extracomment>%1 is a lesson id or file name. Keep &quot;--format counts&quot; and &quot;load&quot; as they are.</extracomment>
        <translation>handshakelab-cli: &quot;--format counts&quot; is for load lessons; &quot;%1&quot; has no &quot;load&quot;
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (use teach, rfc9293, linux, bsd or windows)</source>
        <translation>unknown profile &quot;%1&quot; (use teach, rfc9293, linux, bsd or windows)</translation>
    </message>
    <message>
        <source>bad seed &quot;%1&quot; (use a whole number from 0 to 18446744073709551615)</source>
        <translation>bad seed &quot;%1&quot; (use a whole number from 0 to 18446744073709551615)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or ko)</source>
        <translation>unknown language &quot;%1&quot; (use en or ko)</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 takes no argument</translation>
    </message>
    <message>
        <source>%1 takes exactly one argument</source>
        <translation>%1 takes exactly one argument</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is neither a built-in lesson nor a file (&quot;handshakelab-cli lessons&quot; lists the lessons)
</source>
        <translation>handshakelab-cli: &quot;%1&quot; is neither a built-in lesson nor a file (&quot;handshakelab-cli lessons&quot; lists the lessons)
</translation>
    </message>
    <message>
        <source>(The run stops at %1, the lesson&apos;s until_ms: later events are not shown.)</source>
        <extracomment>%1 is a time such as &quot;16.000 s&quot;. until_ms is a lesson-file field: keep it as is.</extracomment>
        <translation>(The run stops at %1, the lesson&apos;s until_ms: later events are not shown.)</translation>
    </message>
    <message>
        <source>End at %1: client %2, server %3.</source>
        <extracomment>Last line of the text output: %1 time, %2 and %3 state names.</extracomment>
        <translation>End at %1: client %2, server %3.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <extracomment>Printed by &quot;handshakelab-cli check FILE&quot; for a valid file; %1 is the file name. Scripts read this line: keep &quot;ok&quot; untranslated.</extracomment>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated</source>
        <extracomment>Legend under the terminal sequence diagram; keep the symbols.</extracomment>
        <translation>▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>Column title of the time column in the terminal sequence diagram.</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>[crafted]</source>
        <extracomment>Marks a segment the lesson crafted and injected, in the terminal diagram.</extracomment>
        <translation>[crafted]</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; cannot finish: its load would send about %2 segments, more than the %3 one run may send (lower rate_per_s, duration_ms or the bytes, or raise the mss)
</source>
        <extracomment>%1 lesson id or file name, %2 and %3 numbers of segments such as &quot;4,000,000,000&quot;.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot; cannot finish: its load would send about %2 segments, more than the %3 one run may send (lower rate_per_s, duration_ms or the bytes, or raise the mss)
</translation>
    </message>
    <message>
        <source>%1: warning: the lesson&apos;s data needs about %2 segments; the run will be stopped at %3 events and show only its beginning
</source>
        <extracomment>Printed by &quot;check&quot; for a valid lesson that the work budget will stop. %1 file name, %2 number of data segments, %3 number of events.</extracomment>
        <translation>%1: warning: the lesson&apos;s data needs about %2 segments; the run will be stopped at %3 events and show only its beginning
</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>cannot write the output: %1</translation>
    </message>
    <message>
        <source>unknown tap &quot;%1&quot; (use both, client or server)</source>
        <translation>unknown tap &quot;%1&quot; (use both, client or server)</translation>
    </message>
    <message>
        <source>unknown vantage point &quot;%1&quot; (use client, server, middle or loopback)</source>
        <translation>unknown vantage point &quot;%1&quot; (use client, server, middle or loopback)</translation>
    </message>
    <message>
        <source>bad connection number &quot;%1&quot; (use 1 or more, as numbered by --list)</source>
        <translation>bad connection number &quot;%1&quot; (use 1 or more, as numbered by --list)</translation>
    </message>
    <message>
        <source>#	client	server	packets	start	duration	outcome</source>
        <extracomment>Header of &quot;handshakelab-cli capture FILE --list&quot;; the columns are tab-separated.</extracomment>
        <translation>#	client	server	packets	start	duration	outcome</translation>
    </message>
    <message>
        <source>handshakelab-cli: %1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)
</source>
        <extracomment>%1 file name.</extracomment>
        <translation>handshakelab-cli: %1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)
</translation>
    </message>
    <message>
        <source>handshakelab-cli: there is no connection %1: the capture has %2 (see --list)
</source>
        <extracomment>%1 the number asked for, %2 how many there are.</extracomment>
        <translation>handshakelab-cli: there is no connection %1: the capture has %2 (see --list)
</translation>
    </message>
    <message>
        <source>Connection %1: %2 → %3, %4</source>
        <extracomment>%1 number, %2 client address:port, %3 server address:port, %4 an outcome such as &quot;closed normally&quot;.</extracomment>
        <translation>Connection %1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>capture prints text, ladder or jsonl</source>
        <extracomment>Keep the format names as they are.</extracomment>
        <translation>capture prints text, ladder or jsonl</translation>
    </message>
    <message>
        <source>handshakelab-cli: a capture is binary: give --output FILE or redirect stdout to a file
</source>
        <extracomment>Keep &quot;--output&quot; as it is.</extracomment>
        <translation>handshakelab-cli: a capture is binary: give --output FILE or redirect stdout to a file
</translation>
    </message>
    <message>
        <source>handshakelab-cli: cannot write &quot;%1&quot;: %2
</source>
        <extracomment>%1 file name, %2 what failed and why.</extracomment>
        <translation>handshakelab-cli: cannot write &quot;%1&quot;: %2
</translation>
    </message>
    <message>
        <source>--answer-key is for the quiz command</source>
        <translation>--answer-key is for the quiz command</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is a load lesson: it has no single connection to quiz on
</source>
        <extracomment>%1 is a lesson id or file name.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot; is a load lesson: it has no single connection to quiz on
</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; has no step to ask about
</source>
        <extracomment>%1 is a lesson id or file name.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot; has no step to ask about
</translation>
    </message>
    <message>
        <source>--out, --size and --moments are for the export command</source>
        <translation>--out, --size and --moments are for the export command</translation>
    </message>
    <message>
        <source>bad moment &quot;%1&quot; in --moments (use seconds into the run, e.g. 1,2.5,10)</source>
        <translation>bad moment &quot;%1&quot; in --moments (use seconds into the run, e.g. 1,2.5,10)</translation>
    </message>
    <message>
        <source>export needs --out DIR (the folder to write the pack into)</source>
        <translation>export needs --out DIR (the folder to write the pack into)</translation>
    </message>
    <message>
        <source>bad size &quot;%1&quot; (use WIDTHxHEIGHT, from %2x%3 to %4x%5, e.g. 1920x1080)</source>
        <translation>bad size &quot;%1&quot; (use WIDTHxHEIGHT, from %2x%3 to %4x%5, e.g. 1920x1080)</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2
</source>
        <extracomment>After a successful export: %1 number of files, %2 the folder.</extracomment>
        <translation>Wrote %1 files into %2
</translation>
    </message>
    <message>
        <source>--moments is for load lessons (a lesson with steps exports every step)</source>
        <translation>--moments is for load lessons (a lesson with steps exports every step)</translation>
    </message>
    <message>
        <source>--format lesson is for the capture command (the lesson built from a capture)</source>
        <extracomment>Keep &quot;--format lesson&quot; and &quot;capture&quot; as they are.</extracomment>
        <translation>--format lesson is for the capture command (the lesson built from a capture)</translation>
    </message>
    <message>
        <source>with capture, --profile goes with --format lesson (the profile of the lesson built from it)</source>
        <extracomment>Keep &quot;--profile&quot; and &quot;--format lesson&quot; as they are.</extracomment>
        <translation>with capture, --profile goes with --format lesson (the profile of the lesson built from it)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use jsonl, text, ladder, counts, pcapng or lesson)</source>
        <translation>unknown format &quot;%1&quot; (use jsonl, text, ladder, counts, pcapng or lesson)</translation>
    </message>
    <message>
        <source>Usage:
  handshakelab-cli lessons
      List the built-in lessons: id, English title, Korean title (tab-separated).
  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder|counts|pcapng] [--profile P]
                       [--seed N] [--lang en|ko|both] [--output FILE] [--tap both|client|server]
      Run a lesson and print its trace:
        text    one line per step: time, host, what happened and why (default)
        jsonl   one JSON object per trace event
        ladder  the two-column sequence diagram
        counts  a load lesson&apos;s sockets per state, one CSV line per second
        pcapng  a capture for Wireshark: one interface next to each host, a comment
                on every packet (--lang both: English and Korean); written to
                --output FILE, or to stdout when it is not a terminal. Wireshark&apos;s TCP
                analysis sees each segment once per tap: for its retransmission and
                duplicate-ACK marks, export one tap (--tap client or --tap server)
      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson&apos;s profile
      --seed N   replaces the lesson&apos;s random seed
  handshakelab-cli quiz LESSON-ID|FILE [--lang en|ko] [--seed N] [--answer-key]
      Predict first: one question before each step that teaches something; one answer
      line per question from standard input; the last line is &quot;score: A/N&quot;.
      --seed N        new ISNs and ports (the lesson&apos;s story stays the same)
      --answer-key    print &quot;Q&lt;n&gt;: question =&gt; answer&quot; for every question and exit
  handshakelab-cli check FILE
      Validate a lesson file.
  handshakelab-cli capture FILE [--list] [--conn N] [--vantage client|server|middle|loopback]
                           [--format text|jsonl|ladder|lesson] [--profile P] [--output FILE]
                           [--lang en|ko]
      Read a pcap or pcapng capture: --list lists its TCP connections; otherwise one
      connection (the first by default) with both endpoints&apos; inferred states.
      --vantage says where the capture was taken (default: guessed from the timing;
      loopback: each packet seen as it leaves its sender, as on one machine&apos;s lo).
      --format lesson writes the lesson built from the connection, with profile P
      (default linux), to --output FILE or stdout: `run` it to compare the simulator
      with the capture.
  handshakelab-cli export LESSON-ID|FILE --out DIR [--lang en|ko|both] [--size WxH] [--seed N]
                          [--moments S,S,...]
      Write a teacher&apos;s pack into DIR: step-NN.png and step-NN.svg for every step,
      lesson.gif, handout.pdf, worksheet.pdf, answers.pdf, lesson.mmd (Mermaid) and
      index.html. --lang both puts every text in English and Korean; --size sets the
      pictures&apos; size (default 1920x1080). The same options give the same bytes.
      A load lesson has no steps: its charts at --moments (seconds; default the
      quarters of the run) as moment-NN.png and .svg, and no lesson.mmd.
  handshakelab-cli --help | --version

--lang chooses the language of the text and ladder output and of the quiz (default: the system&apos;s).
Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).
</source>
        <extracomment>Command-line help. Keep the command and option names (run, --format ...) as they are.</extracomment>
        <translation>Usage:
  handshakelab-cli lessons
      List the built-in lessons: id, English title, Korean title (tab-separated).
  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder|counts|pcapng] [--profile P]
                       [--seed N] [--lang en|ko|both] [--output FILE] [--tap both|client|server]
      Run a lesson and print its trace:
        text    one line per step: time, host, what happened and why (default)
        jsonl   one JSON object per trace event
        ladder  the two-column sequence diagram
        counts  a load lesson&apos;s sockets per state, one CSV line per second
        pcapng  a capture for Wireshark: one interface next to each host, a comment
                on every packet (--lang both: English and Korean); written to
                --output FILE, or to stdout when it is not a terminal. Wireshark&apos;s TCP
                analysis sees each segment once per tap: for its retransmission and
                duplicate-ACK marks, export one tap (--tap client or --tap server)
      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson&apos;s profile
      --seed N   replaces the lesson&apos;s random seed
  handshakelab-cli quiz LESSON-ID|FILE [--lang en|ko] [--seed N] [--answer-key]
      Predict first: one question before each step that teaches something; one answer
      line per question from standard input; the last line is &quot;score: A/N&quot;.
      --seed N        new ISNs and ports (the lesson&apos;s story stays the same)
      --answer-key    print &quot;Q&lt;n&gt;: question =&gt; answer&quot; for every question and exit
  handshakelab-cli check FILE
      Validate a lesson file.
  handshakelab-cli capture FILE [--list] [--conn N] [--vantage client|server|middle|loopback]
                           [--format text|jsonl|ladder|lesson] [--profile P] [--output FILE]
                           [--lang en|ko]
      Read a pcap or pcapng capture: --list lists its TCP connections; otherwise one
      connection (the first by default) with both endpoints&apos; inferred states.
      --vantage says where the capture was taken (default: guessed from the timing;
      loopback: each packet seen as it leaves its sender, as on one machine&apos;s lo).
      --format lesson writes the lesson built from the connection, with profile P
      (default linux), to --output FILE or stdout: `run` it to compare the simulator
      with the capture.
  handshakelab-cli export LESSON-ID|FILE --out DIR [--lang en|ko|both] [--size WxH] [--seed N]
                          [--moments S,S,...]
      Write a teacher&apos;s pack into DIR: step-NN.png and step-NN.svg for every step,
      lesson.gif, handout.pdf, worksheet.pdf, answers.pdf, lesson.mmd (Mermaid) and
      index.html. --lang both puts every text in English and Korean; --size sets the
      pictures&apos; size (default 1920x1080). The same options give the same bytes.
      A load lesson has no steps: its charts at --moments (seconds; default the
      quarters of the run) as moment-NN.png and .svg, and no lesson.mmd.
  handshakelab-cli --help | --version

--lang chooses the language of the text and ladder output and of the quiz (default: the system&apos;s).
Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).
</translation>
    </message>
</context>
<context>
    <name>hl::ui::AtomicFile</name>
    <message>
        <source>cannot start writing it: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>cannot start writing it: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>cannot write the file: %1</translation>
    </message>
    <message>
        <source>cannot put the new file in place of the old one: %1</source>
        <extracomment>%1 is the system&apos;s reason. The old file is still there, unchanged.</extracomment>
        <translation>cannot put the new file in place of the old one: %1</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <extracomment>%1 a file name, %2 what failed and why (for example &quot;cannot write the file: File too large&quot;).</extracomment>
        <translation>Cannot save &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::CaptureExport</name>
    <message>
        <source>Capture, both taps (*.pcapng)</source>
        <translation>Capture, both taps (*.pcapng)</translation>
    </message>
    <message>
        <source>Capture, the client&apos;s tap only (*.pcapng)</source>
        <translation>Capture, the client&apos;s tap only (*.pcapng)</translation>
    </message>
    <message>
        <source>Capture, the server&apos;s tap only (*.pcapng)</source>
        <translation>Capture, the server&apos;s tap only (*.pcapng)</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>Export capture</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>hl::ui::CapturePickerDialog</name>
    <message>
        <source>Choose a connection</source>
        <translation>Choose a connection</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Guess from the timing</source>
        <extracomment>Vantage point choice: let the program guess from the handshake&apos;s timing.</extracomment>
        <translation>Guess from the timing</translation>
    </message>
    <message>
        <source>Captured &amp;where:</source>
        <extracomment>Where the capture was taken.</extracomment>
        <translation>Captured &amp;where:</translation>
    </message>
</context>
<context>
    <name>hl::ui::CaptureTexts</name>
    <message>
        <source>Leaves the client.</source>
        <translation>Leaves the client.</translation>
    </message>
    <message>
        <source>Leaves the server.</source>
        <translation>Leaves the server.</translation>
    </message>
    <message>
        <source>Reaches the client.</source>
        <translation>Reaches the client.</translation>
    </message>
    <message>
        <source>Reaches the server.</source>
        <translation>Reaches the server.</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>cannot read the file; check its name and that you may read it</source>
        <translation>cannot read the file; check its name and that you may read it</translation>
    </message>
    <message>
        <source>the file is empty; record a capture first (tcpdump -w FILE, or Wireshark)</source>
        <translation>the file is empty; record a capture first (tcpdump -w FILE, or Wireshark)</translation>
    </message>
    <message>
        <source>found %1, which starts neither a pcap nor a pcapng file; save the capture in one of these formats (Wireshark: File → Save As…)</source>
        <extracomment>%1 four bytes in hex. Keep pcap, pcapng and the menu names as Wireshark shows them.</extracomment>
        <translation>found %1, which starts neither a pcap nor a pcapng file; save the capture in one of these formats (Wireshark: File → Save As…)</translation>
    </message>
    <message numerus="yes">
        <source>the file ends %n byte(s) too early, inside a header; the capture was cut short: record it again</source>
        <translation>
            <numerusform>the file ends %n byte too early, inside a header; the capture was cut short: record it again</numerusform>
            <numerusform>the file ends %n bytes too early, inside a header; the capture was cut short: record it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file ends %n byte(s) before the end of this packet; the capture was cut short (stopped while writing?): record it again, or keep the packets before it with editcap</source>
        <translation>
            <numerusform>the file ends %n byte before the end of this packet; the capture was cut short (stopped while writing?): record it again, or keep the packets before it with editcap</numerusform>
            <numerusform>the file ends %n bytes before the end of this packet; the capture was cut short (stopped while writing?): record it again, or keep the packets before it with editcap</numerusform>
        </translation>
    </message>
    <message>
        <source>a packet names interface %1, which no interface block describes; the file is damaged: save it again with Wireshark or editcap</source>
        <translation>a packet names interface %1, which no interface block describes; the file is damaged: save it again with Wireshark or editcap</translation>
    </message>
    <message>
        <source>closed normally</source>
        <extracomment>Outcome of a captured connection: a FIN each way, both acknowledged.</extracomment>
        <translation>closed normally</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>refused</source>
        <extracomment>Outcome of a captured connection: the SYN was answered with RST.</extracomment>
        <translation>refused</translation>
    </message>
    <message>
        <source>SYN never answered</source>
        <translation>SYN never answered</translation>
    </message>
    <message>
        <source>no SYN seen</source>
        <translation>no SYN seen</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>handshake unfinished</source>
        <extracomment>Outcome of a captured connection: the handshake had not finished when the capture ends.</extracomment>
        <translation>handshake unfinished</translation>
    </message>
    <message>
        <source>next to the client</source>
        <translation>next to the client</translation>
    </message>
    <message>
        <source>next to the server</source>
        <translation>next to the server</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>in the middle</translation>
    </message>
    <message>
        <source>on the loopback of one machine</source>
        <translation>on the loopback of one machine</translation>
    </message>
    <message>
        <source>The capture seems to be taken %1 (guessed from the handshake&apos;s timing; you can change it).</source>
        <extracomment>%1 e.g. &quot;next to the client&quot;. The vantage point is where the capture was taken.</extracomment>
        <translation>The capture seems to be taken %1 (guessed from the handshake&apos;s timing; you can change it).</translation>
    </message>
    <message>
        <source>The capture is taken %1.</source>
        <translation>The capture is taken %1.</translation>
    </message>
    <message>
        <source>Each packet is seen as it leaves its sender; it reaches the server %1 later and the client %2 later. The receiver&apos;s changes are placed with these delays and marked as inferred.</source>
        <extracomment>%1 and %2 are durations such as &quot;0.050 s&quot;.</extracomment>
        <translation>Each packet is seen as it leaves its sender; it reaches the server %1 later and the client %2 later. The receiver&apos;s changes are placed with these delays and marked as inferred.</translation>
    </message>
    <message>
        <source>Segments take %1 between the client and the tap and %2 between the tap and the server; the far side&apos;s changes are placed with these delays and marked as inferred.</source>
        <translation>Segments take %1 between the client and the tap and %2 between the tap and the server; the far side&apos;s changes are placed with these delays and marked as inferred.</translation>
    </message>
    <message>
        <source>The capture starts in the middle of this connection: no SYN was seen, so both sides are taken to be ESTABLISHED from the first packet on.</source>
        <translation>The capture starts in the middle of this connection: no SYN was seen, so both sides are taken to be ESTABLISHED from the first packet on.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>An error about a capture file: %1 what was found, %2 what would help.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the file is damaged: record the capture again</source>
        <translation>the file is damaged: record the capture again</translation>
    </message>
    <message>
        <source>save the capture again with Wireshark or editcap</source>
        <translation>save the capture again with Wireshark or editcap</translation>
    </message>
    <message>
        <source>the file is damaged or not a capture</source>
        <translation>the file is damaged or not a capture</translation>
    </message>
    <message>
        <source>format version %1 is not supported (pcap 2.4 and pcapng 1.0 are)</source>
        <translation>format version %1 is not supported (pcap 2.4 and pcapng 1.0 are)</translation>
    </message>
    <message>
        <source>found %1 where a pcapng section header has its byte-order mark 0x1A2B3C4D</source>
        <translation>found %1 where a pcapng section header has its byte-order mark 0x1A2B3C4D</translation>
    </message>
    <message>
        <source>a pcapng block length of %1 cannot be right (a multiple of 4, at least 12, inside the file)</source>
        <translation>a pcapng block length of %1 cannot be right (a multiple of 4, at least 12, inside the file)</translation>
    </message>
    <message>
        <source>a pcapng block ends with the length %1, which differs from the length it starts with</source>
        <translation>a pcapng block ends with the length %1, which differs from the length it starts with</translation>
    </message>
    <message>
        <source>found block type %1 before any section header, where a pcapng file starts with one</source>
        <translation>found block type %1 before any section header, where a pcapng file starts with one</translation>
    </message>
    <message>
        <source>a captured length of %1 bytes is over the limit of %2</source>
        <translation>a captured length of %1 bytes is over the limit of %2</translation>
    </message>
    <message>
        <source>the timestamp resolution %1 cannot be used</source>
        <translation>the timestamp resolution %1 cannot be used</translation>
    </message>
    <message>
        <source>a packet&apos;s time lies outside the years 1824 to 2116; the capturing clock or the interface&apos;s if_tsoffset is wrong: shift the times with editcap -t</source>
        <extracomment>Keep if_tsoffset (a pcapng option name) and &quot;editcap -t&quot; as they are.</extracomment>
        <translation>a packet&apos;s time lies outside the years 1824 to 2116; the capturing clock or the interface&apos;s if_tsoffset is wrong: shift the times with editcap -t</translation>
    </message>
    <message>
        <source>Capture %1, connection %2</source>
        <extracomment>Title of a captured connection shown as a lesson: %1 file name, %2 connection number.</extracomment>
        <translation>Capture %1, connection %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::ChartExport</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Export diagram</translation>
    </message>
</context>
<context>
    <name>hl::ui::ChartsPanel</name>
    <message>
        <source>Sequence numbers</source>
        <extracomment>Tab of the Charts panel: the Stevens/tcptrace sequence-number graph.</extracomment>
        <translation>Sequence numbers</translation>
    </message>
    <message>
        <source>States</source>
        <translation>States</translation>
    </message>
    <message>
        <source>Retransmission timer</source>
        <translation>Retransmission timer</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG image</source>
        <translation>Save the chart shown as a PNG or SVG image</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>As PNG image…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>As SVG image…</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>Accessible name of the Charts panel&apos;s tabs (read by screen readers).</extracomment>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>hl::ui::DiagramAccessible</name>
    <message>
        <source>from %1 to %2</source>
        <extracomment>Accessible description of an arrow: who sent it to whom.</extracomment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>injected by the lesson</source>
        <translation>injected by the lesson</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>duplicate copy %1</source>
        <extracomment>A second copy of a segment made by the network; %1 is 1, 2, ...</extracomment>
        <translation>duplicate copy %1</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>sent at %1</translation>
    </message>
    <message>
        <source>delayed by %1</source>
        <translation>delayed by %1</translation>
    </message>
    <message>
        <source>delivered at %1</source>
        <translation>delivered at %1</translation>
    </message>
    <message>
        <source>lost at %1 (%2)</source>
        <extracomment>%1 the time, %2 the cause (&quot;random loss&quot;).</extracomment>
        <translation>lost at %1 (%2)</translation>
    </message>
    <message>
        <source>still in flight when the run ended</source>
        <translation>still in flight when the run ended</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3</source>
        <extracomment>The state change an arrival caused: &quot;the server goes from LISTEN to SYN_RECEIVED&quot;.</extracomment>
        <translation>%1 goes from %2 to %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a state band: &quot;Client: SYN_SENT&quot;.
----------
Accessible name of a timer bracket: &quot;Client: retransmission timer&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <extracomment>Why a state band began: &quot;from SYN_SENT: received SYN,ACK acknowledging our SYN&quot;.</extracomment>
        <translation>from %1: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>hl::ui::EventListView</name>
    <message>
        <source>Events</source>
        <extracomment>Accessible name of the event table (read by screen readers).</extracomment>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>hl::ui::GlossaryPanel</name>
    <message>
        <source>Search terms (English or Korean)…</source>
        <extracomment>Placeholder of the glossary&apos;s search field; both languages are searched.</extracomment>
        <translation>Search terms (English or Korean)…</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>No term matches “%1”.</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>Search terms</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <extracomment>Accessible name of the glossary&apos;s list of terms (read by screen readers).</extracomment>
        <translation>Glossary terms</translation>
    </message>
    <message>
        <source>Definition</source>
        <extracomment>Accessible name of the glossary&apos;s text showing the chosen term (read by screen readers).</extracomment>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>hl::ui::GuiOptions</name>
    <message>
        <source>Step through TCP connection opening and closing.</source>
        <translation>Step through TCP connection opening and closing.</translation>
    </message>
    <message>
        <source>Built-in lesson id or lesson file.</source>
        <translation>Built-in lesson id or lesson file.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Render the window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Go to this step (0 = start).</source>
        <translation>Go to this step (0 = start).</translation>
    </message>
    <message>
        <source>Interface language: en or ko.</source>
        <translation>Interface language: en or ko.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Window size, e.g. 1600x1000.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--step needs a number of 0 or more, not &quot;%1&quot;</source>
        <translation>--step needs a number of 0 or more, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be en or ko, not &quot;%1&quot;</source>
        <translation>--lang must be en or ko, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (320x240 to 8192x8192), not &quot;%1&quot;</source>
        <translation>--size must look like 1600x1000 (320x240 to 8192x8192), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show the narration and the glossary in both languages.</source>
        <translation>Show the narration and the glossary in both languages.</translation>
    </message>
    <message>
        <source>Open the glossary at a term, e.g. SYN or TIME_WAIT.</source>
        <translation>Open the glossary at a term, e.g. SYN or TIME_WAIT.</translation>
    </message>
    <message>
        <source>Start in presentation mode (large type).</source>
        <translation>Start in presentation mode (large type).</translation>
    </message>
    <message>
        <source>Built-in lesson id or lesson file, as --lesson.</source>
        <translation>Built-in lesson id or lesson file, as --lesson.</translation>
    </message>
    <message>
        <source>Start in predict mode: a question before each step.</source>
        <translation>Start in predict mode: a question before each step.</translation>
    </message>
    <message>
        <source>In predict mode, answer the waiting question (repeatable; for screenshots).</source>
        <translation>In predict mode, answer the waiting question (repeatable; for screenshots).</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or high-contrast.</source>
        <translation>Colour theme: light, dark or high-contrast.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or high-contrast, not &quot;%1&quot;</source>
        <translation>--theme must be light, dark or high-contrast, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hl::ui::ImageExport</name>
    <message>
        <source>Cannot save %1: the file name must end in .png or .svg.</source>
        <translation>Cannot save %1: the file name must end in .png or .svg.</translation>
    </message>
    <message>
        <source>Cannot save %1: there is nothing to draw.</source>
        <translation>Cannot save %1: there is nothing to draw.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>the image could not be encoded</translation>
    </message>
</context>
<context>
    <name>hl::ui::InjectDialog</name>
    <message>
        <source>Inject a segment</source>
        <translation>Inject a segment</translation>
    </message>
    <message>
        <source>Spoofed RST (in the window)</source>
        <translation>Spoofed RST (in the window)</translation>
    </message>
    <message>
        <source>Old duplicate SYN</source>
        <translation>Old duplicate SYN</translation>
    </message>
    <message>
        <source>Stray ACK (acknowledges unsent data)</source>
        <translation>Stray ACK (acknowledges unsent data)</translation>
    </message>
    <message>
        <source>Send to</source>
        <extracomment>Inject dialog: the endpoint the crafted segment arrives at.</extracomment>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>Acknowledgement number</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Payload length</translation>
    </message>
    <message>
        <source>Arrives at %1 (the cursor).</source>
        <translation>Arrives at %1 (the cursor).</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sequence and acknowledgement numbers are whole numbers from 0 to %1.</source>
        <translation>Sequence and acknowledgement numbers are whole numbers from 0 to %1.</translation>
    </message>
    <message>
        <source>Choose at least one flag.</source>
        <translation>Choose at least one flag.</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonBrowserDialog</name>
    <message>
        <source>Lessons</source>
        <extracomment>Title of the lesson browser dialog (File → Browse lessons…).</extracomment>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonPack</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Export pack error: %1 a file or folder, %2 why (from the system).</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The lesson has no steps to export.</source>
        <translation>The lesson has no steps to export.</translation>
    </message>
    <message>
        <source>A load lesson has no steps to export; open it in the app to see its charts.</source>
        <translation>A load lesson has no steps to export; open it in the app to see its charts.</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>the picture could not be encoded</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>the folder could not be created</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonPicker</name>
    <message>
        <source>Other lessons</source>
        <translation>Other lessons</translation>
    </message>
    <message>
        <source>Search lessons (English or 한국어)…</source>
        <translation>Search lessons (English or 한국어)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <source>Lessons</source>
        <extracomment>Accessible name of the lesson tree (read by screen readers).</extracomment>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonSettingsPanel</name>
    <message>
        <source>Latency client → server %1 ms</source>
        <translation>Latency client → server %1 ms</translation>
    </message>
    <message>
        <source>Latency server → client %1 ms</source>
        <translation>Latency server → client %1 ms</translation>
    </message>
    <message>
        <source>Behaviour profile: %1</source>
        <translation>Behaviour profile: %1</translation>
    </message>
    <message>
        <source>Random loss</source>
        <extracomment>Share of segments the network loses at random.</extracomment>
        <translation>Random loss</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same run</source>
        <translation>The same seed gives the same run</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>New seed</translation>
    </message>
    <message>
        <source>Latency client → server</source>
        <translation>Latency client → server</translation>
    </message>
    <message>
        <source>Latency server → client</source>
        <translation>Latency server → client</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Each change replays the lesson and can be undone (Ctrl+Z).</source>
        <translation>Each change replays the lesson and can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadChartView</name>
    <message>
        <source>other states</source>
        <extracomment>Load chart: connections in any state other than the four named ones.</extracomment>
        <translation>other states</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Time (ms)</translation>
    </message>
    <message>
        <source>%1 sockets</source>
        <extracomment>Load chart y axis; %1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1 sockets</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>failed connection attempts so far: %1</source>
        <translation>failed connection attempts so far: %1</translation>
    </message>
    <message numerus="yes">
        <source>Port range: %n port(s)</source>
        <extracomment>Load chart: the line at the number of the client&apos;s ephemeral ports.</extracomment>
        <translation>
            <numerusform>Port range: %n port</numerusform>
            <numerusform>Port range: %n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed connection attempts</source>
        <translation>Failed connection attempts</translation>
    </message>
    <message>
        <source>Connection attempts fail from %1 (no free ephemeral port)</source>
        <translation>Connection attempts fail from %1 (no free ephemeral port)</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadPack</name>
    <message>
        <source>Moment %1 of %2</source>
        <extracomment>Export pack of a load lesson: the slide heading (%1 number, %2 count).</extracomment>
        <translation>Moment %1 of %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Export pack of a load lesson: one side&apos;s sockets per state group (%1 host, %2 the list).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no open sockets</source>
        <extracomment>Export pack of a load lesson: a side without open sockets at that moment.</extracomment>
        <translation>no open sockets</translation>
    </message>
    <message>
        <source>At %1 — %2; %3</source>
        <extracomment>Export pack of a load lesson: the caption (%1 the time, %2 the client&apos;s counts, %3 the server&apos;s).</extracomment>
        <translation>At %1 — %2; %3</translation>
    </message>
    <message>
        <source>The moment %1 is after the end of the run (%2).</source>
        <extracomment>Export pack of a load lesson: a chosen moment after the end of the run (%1 moment, %2 end).</extracomment>
        <translation>The moment %1 is after the end of the run (%2).</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadTexts</name>
    <message>
        <source>The first clients connect</source>
        <translation>The first clients connect</translation>
    </message>
    <message>
        <source>Ports run out: every client port is held, so new connection attempts fail</source>
        <translation>Ports run out: every client port is held, so new connection attempts fail</translation>
    </message>
    <message>
        <source>CLOSE_WAIT grows on the server: the application does not close these sockets</source>
        <translation>CLOSE_WAIT grows on the server: the application does not close these sockets</translation>
    </message>
    <message>
        <source>CLOSE_WAIT grows on the client: the application does not close these sockets</source>
        <translation>CLOSE_WAIT grows on the client: the application does not close these sockets</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets pile up on the server, the side that closed first</source>
        <translation>TIME_WAIT sockets pile up on the server, the side that closed first</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets pile up on the client, the side that closed first</source>
        <translation>TIME_WAIT sockets pile up on the client, the side that closed first</translation>
    </message>
    <message>
        <source>CLOSE_WAIT stays on the server: nothing closes these sockets</source>
        <translation>CLOSE_WAIT stays on the server: nothing closes these sockets</translation>
    </message>
    <message>
        <source>CLOSE_WAIT stays on the client: nothing closes these sockets</source>
        <translation>CLOSE_WAIT stays on the client: nothing closes these sockets</translation>
    </message>
    <message>
        <source>TIME_WAIT falls on the server: the oldest sockets reach 2·MSL and close</source>
        <translation>TIME_WAIT falls on the server: the oldest sockets reach 2·MSL and close</translation>
    </message>
    <message>
        <source>TIME_WAIT falls on the client: the oldest sockets reach 2·MSL and close</source>
        <translation>TIME_WAIT falls on the client: the oldest sockets reach 2·MSL and close</translation>
    </message>
    <message>
        <source>TIME_WAIT holds steady on the server: as many sockets expire as begin</source>
        <translation>TIME_WAIT holds steady on the server: as many sockets expire as begin</translation>
    </message>
    <message>
        <source>TIME_WAIT holds steady on the client: as many sockets expire as begin</source>
        <translation>TIME_WAIT holds steady on the client: as many sockets expire as begin</translation>
    </message>
    <message>
        <source>Connections open and close; nothing piles up</source>
        <translation>Connections open and close; nothing piles up</translation>
    </message>
    <message>
        <source>Every socket is closed</source>
        <translation>Every socket is closed</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <extracomment>Load lesson&apos;s timeline: the moment shown and the run&apos;s length, in whole seconds.</extracomment>
        <translation>%1 s of %2 s</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadView</name>
    <message>
        <source>teaching</source>
        <extracomment>The teaching profile of the lessons (round numbers).</extracomment>
        <translation>teaching</translation>
    </message>
    <message>
        <source>Simulating every connection…</source>
        <translation>Simulating every connection…</translation>
    </message>
    <message>
        <source>Cancelled: showing the part simulated so far.</source>
        <translation>Cancelled: showing the part simulated so far.</translation>
    </message>
    <message>
        <source>%1 connections, %2 segments simulated.</source>
        <translation>%1 connections, %2 segments simulated.</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>Linux profile (TIME_WAIT 60 s)</source>
        <translation>Linux profile (TIME_WAIT 60 s)</translation>
    </message>
    <message>
        <source>Older Windows profile (TIME_WAIT 240 s)</source>
        <translation>Older Windows profile (TIME_WAIT 240 s)</translation>
    </message>
    <message>
        <source>%1 closes first</source>
        <extracomment>%1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1 closes first</translation>
    </message>
    <message>
        <source>No leak: every handler closes</source>
        <translation>No leak: every handler closes</translation>
    </message>
    <message>
        <source>Leak: 10 % of handlers never close</source>
        <translation>Leak: 10 % of handlers never close</translation>
    </message>
    <message>
        <source>This lesson (%1 profile)</source>
        <extracomment>Title of the base run&apos;s chart; %1 is a profile name (&quot;Linux&quot;, &quot;teaching&quot;).</extracomment>
        <translation>This lesson (%1 profile)</translation>
    </message>
    <message>
        <source>&amp;Sockets of:</source>
        <translation>&amp;Sockets of:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mpare with:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>%1 connections · %2 failed connection attempts
Peak TIME_WAIT: %3 client, %4 server · peak CLOSE_WAIT: %5 client, %6 server</source>
        <translation>%1 connections · %2 failed connection attempts
Peak TIME_WAIT: %3 client, %4 server · peak CLOSE_WAIT: %5 client, %6 server</translation>
    </message>
    <message>
        <source>Stopped after %1 segments, the most one run may send: showing the part simulated so far.</source>
        <extracomment>%1 is a number of segments such as &quot;50,000,000&quot;.</extracomment>
        <translation>Stopped after %1 segments, the most one run may send: showing the part simulated so far.</translation>
    </message>
    <message>
        <source>Sockets per state</source>
        <extracomment>Accessible name of the load lesson&apos;s chart of the sockets in each state (read by screen readers).</extracomment>
        <translation>Sockets per state</translation>
    </message>
    <message>
        <source>At %1, %2 sockets: %3</source>
        <extracomment>Under a load chart: %1 is a time (&quot;42.000 s&quot;), %2 &quot;Client&quot; or &quot;Server&quot;, %3 the counts per state.</extracomment>
        <translation>At %1, %2 sockets: %3</translation>
    </message>
</context>
<context>
    <name>hl::ui::MainWindow</name>
    <message>
        <source>HandshakeLab</source>
        <translation>HandshakeLab</translation>
    </message>
    <message>
        <source>%1 — HandshakeLab</source>
        <translation>%1 — HandshakeLab</translation>
    </message>
    <message>
        <source>%1  ·  port %2</source>
        <extracomment>State box title: endpoint name and its port.</extracomment>
        <translation>%1  ·  port %2</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>HandshakeLab lessons (*.json);;All files (*)</source>
        <translation>HandshakeLab lessons (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Cannot open lesson</translation>
    </message>
    <message>
        <source>The lesson could not be opened. The current lesson stays open.</source>
        <translation>The lesson could not be opened. The current lesson stays open.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About HandshakeLab</source>
        <translation>About HandshakeLab</translation>
    </message>
    <message>
        <source>HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step.</source>
        <translation>HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The Language menu keeps an English hint so that anyone can find it.</extracomment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>State machine</source>
        <translation>State machine</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>TCB</source>
        <translation>TCB</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Playback speed ( [ slower, ] faster )</source>
        <translation>Playback speed ( [ slower, ] faster )</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lessons…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About HandshakeLab</source>
        <translation>&amp;About HandshakeLab</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>&amp;Bilingual captions (English + 한국어)</source>
        <extracomment>View option: the narration and the glossary in both languages at once.</extracomment>
        <translation>&amp;Bilingual captions (English + 한국어)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Export diagram as &amp;PNG…</source>
        <translation>Export diagram as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export diagram as S&amp;VG…</source>
        <translation>Export diagram as S&amp;VG…</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;nels</translation>
    </message>
    <message>
        <source>This load lesson cannot finish: its connections would send about %1 segments, more than the %2 one run may send. Lower rate_per_s, duration_ms or the bytes sent, or raise the MSS.</source>
        <extracomment>%1 and %2 are numbers of segments. rate_per_s and duration_ms are lesson-file fields: keep them.</extracomment>
        <translation>This load lesson cannot finish: its connections would send about %1 segments, more than the %2 one run may send. Lower rate_per_s, duration_ms or the bytes sent, or raise the MSS.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <extracomment>Zoom so that both lifelines (client and server) are in view.</extracomment>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Fit &amp;lesson</source>
        <extracomment>Zoom so that the whole lesson (top to bottom) is in view.</extracomment>
        <translation>Fit &amp;lesson</translation>
    </message>
    <message>
        <source>&amp;Spotlight on the current step</source>
        <extracomment>Presentation mode, key S: everything but the current step is dimmed.</extracomment>
        <translation>&amp;Spotlight on the current step</translation>
    </message>
    <message>
        <source>Pause at each state &amp;change</source>
        <extracomment>Playback stops at every step that changes a state (press Play to go on).</extracomment>
        <translation>Pause at each state &amp;change</translation>
    </message>
    <message>
        <source>Back to step %1: your change starts here</source>
        <extracomment>Shown over the diagram when a change moves the cursor back; %1 is the step number.</extracomment>
        <translation>Back to step %1: your change starts here</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Single keys (D, L, U, Space, [ ]) do nothing while you type in a search box or a list has the focus.</source>
        <extracomment>Under the shortcut list: why a letter key may seem to do nothing.</extracomment>
        <translation>Single keys (D, L, U, Space, [ ]) do nothing while you type in a search box or a list has the focus.</translation>
    </message>
    <message>
        <source>Press Ctrl+L and type a word (for example “lost” or “대기”) to find a lesson; Enter opens it.</source>
        <translation>Press Ctrl+L and type a word (for example “lost” or “대기”) to find a lesson; Enter opens it.</translation>
    </message>
    <message>
        <source>Press → or Space to go through the lesson one step at a time; the narration below says what happened and why.</source>
        <translation>Press → or Space to go through the lesson one step at a time; the narration below says what happened and why.</translation>
    </message>
    <message>
        <source>Click an arrow to see the segment&apos;s fields; the state boxes and the state machine show where each side is.</source>
        <translation>Click an arrow to see the segment&apos;s fields; the state boxes and the state machine show where each side is.</translation>
    </message>
    <message>
        <source>Right-click an arrow to drop, delay or duplicate it and see what TCP does; Ctrl+Z undoes the change.</source>
        <translation>Right-click an arrow to drop, delay or duplicate it and see what TCP does; Ctrl+Z undoes the change.</translation>
    </message>
    <message>
        <source>F5 switches to presentation mode for a projector; F1 lists every key.</source>
        <translation>F5 switches to presentation mode for a projector; F1 lists every key.</translation>
    </message>
    <message>
        <source>&amp;Find lesson…</source>
        <translation>&amp;Find lesson…</translation>
    </message>
    <message>
        <source>Export &amp;capture for Wireshark…</source>
        <translation>Export &amp;capture for Wireshark…</translation>
    </message>
    <message>
        <source>%1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)</source>
        <extracomment>%1 file name.</extracomment>
        <translation>%1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)</translation>
    </message>
    <message>
        <source>There is no connection %1: the capture has %2.</source>
        <extracomment>%1 the number asked for, %2 how many there are.</extracomment>
        <translation>There is no connection %1: the capture has %2.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Open capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation>Cannot open capture</translation>
    </message>
    <message>
        <source>The capture could not be read. The current lesson stays open.</source>
        <translation>The capture could not be read. The current lesson stays open.</translation>
    </message>
    <message>
        <source>Pre&amp;dict mode</source>
        <extracomment>Play menu: stop before each step and ask what will happen (a quiz).</extracomment>
        <translation>Pre&amp;dict mode</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Open captu&amp;re…</source>
        <translation>Open captu&amp;re…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <extracomment>Text size, apart from the zoom (Ctrl+Plus).</extracomment>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>Normal &amp;text size</source>
        <translation>Normal &amp;text size</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>Getting &amp;started</translation>
    </message>
    <message>
        <source>Blac&amp;k screen</source>
        <extracomment>Presentation mode, key B: the screen goes black until the next key.</extracomment>
        <translation>Blac&amp;k screen</translation>
    </message>
    <message>
        <source>W&amp;hite screen</source>
        <extracomment>Presentation mode, key W: the screen goes white until the next key.</extracomment>
        <translation>W&amp;hite screen</translation>
    </message>
    <message>
        <source>Full narr&amp;ation</source>
        <extracomment>Presentation mode, key N: the whole narration instead of the one-line caption.</extracomment>
        <translation>Full narr&amp;ation</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Anno&amp;unce steps to screen readers</source>
        <extracomment>View option: a screen reader hears each step&apos;s caption when the step changes.</extracomment>
        <translation>Anno&amp;unce steps to screen readers</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>Accessible name of a row of panel tabs (read by screen readers).</extracomment>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Export lesson pac&amp;k…</source>
        <translation>Export lesson pac&amp;k…</translation>
    </message>
    <message>
        <source>&amp;Browse lessons…</source>
        <extracomment>File menu: a dialog with the whole list of lessons and the whole summary of each.</extracomment>
        <translation>&amp;Browse lessons…</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <extracomment>View menu: the colour theme submenu (light, dark, high contrast).</extracomment>
        <translation>Th&amp;eme</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Light theme</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <extracomment>The theme for low vision: black background, white and yellow text, thick lines.</extracomment>
        <translation>&amp;High-contrast theme</translation>
    </message>
</context>
<context>
    <name>hl::ui::NarrationPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Press Space to play, or → to go one step at a time.</source>
        <translation>Press Space to play, or → to go one step at a time.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · t = %3</source>
        <extracomment>Narration heading: &quot;Step 3 of 12 · t = 0.200 s&quot;.</extracomment>
        <translation>Step %1 of %2 · t = %3</translation>
    </message>
    <message>
        <source>Narration</source>
        <extracomment>Accessible name of the narration&apos;s scrolling text (read by screen readers).</extracomment>
        <translation>Narration</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackExport</name>
    <message>
        <source>Export lesson pack</source>
        <translation>Export lesson pack</translation>
    </message>
    <message>
        <source>The load run is not finished yet: export its pack when the charts are complete.</source>
        <translation>The load run is not finished yet: export its pack when the charts are complete.</translation>
    </message>
    <message>
        <source>Export lesson pack into a folder</source>
        <translation>Export lesson pack into a folder</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Lesson pack exported</source>
        <translation>Lesson pack exported</translation>
    </message>
    <message>
        <source>The lesson pack is in %1: slides for every step (PNG and SVG), an animated GIF, a handout, a worksheet with its answer key (PDF), a Mermaid diagram and a web page (index.html).</source>
        <extracomment>%1 the folder. The list names the pack&apos;s files as they are written.</extracomment>
        <translation>The lesson pack is in %1: slides for every step (PNG and SVG), an animated GIF, a handout, a worksheet with its answer key (PDF), a Mermaid diagram and a web page (index.html).</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackLegend</name>
    <message>
        <source>lost</source>
        <extracomment>Export pack legend: the ✕ at the end of an arrow.</extracomment>
        <translation>lost</translation>
    </message>
    <message>
        <source>retransmission</source>
        <extracomment>Export pack legend: a dashed arrow.</extracomment>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>duplicate</source>
        <extracomment>Export pack legend: a dotted arrow (a copy the network made).</extracomment>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>timer running</source>
        <extracomment>Export pack legend: the brackets beside a lifeline while a timer runs.</extracomment>
        <translation>timer running</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Export pack slide heading: step number and count.</extracomment>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackPdf</name>
    <message>
        <source>Handout</source>
        <extracomment>Export pack: what the PDF is, under the lesson&apos;s title.</extracomment>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Answer key</source>
        <extracomment>Export pack: the worksheet&apos;s key.</extracomment>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>For every step, write down each end&apos;s state after it and the flags, sequence number and acknowledgement number of every segment it sends.</source>
        <extracomment>Export pack worksheet: what the student does.</extracomment>
        <translation>For every step, write down each end&apos;s state after it and the flags, sequence number and acknowledgement number of every segment it sends.</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <extracomment>Export pack: heading of one step (%1 number, %2 its time).</extracomment>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <source>At the start: client %1, server %2.</source>
        <extracomment>Export pack: both ends&apos; states before the first step.</extracomment>
        <translation>At the start: client %1, server %2.</translation>
    </message>
    <message>
        <source>%1 after the step: %2</source>
        <extracomment>Export pack: a host&apos;s state after the step (%1 host name such as &quot;Client&quot;, %2 the state or a blank).</extracomment>
        <translation>%1 after the step: %2</translation>
    </message>
    <message>
        <source>%1 sends: flags %2 seq %3 ack %4</source>
        <extracomment>Export pack: one segment a host sends (%1 host name, %2 flags, %3 seq, %4 ack; blanks on the worksheet).</extracomment>
        <translation>%1 sends: flags %2 seq %3 ack %4</translation>
    </message>
    <message>
        <source>No segment is sent.</source>
        <extracomment>Export pack: the step sends no segment.</extracomment>
        <translation>No segment is sent.</translation>
    </message>
    <message>
        <source>(lost)</source>
        <extracomment>Export pack: appended to a segment that the network loses.</extracomment>
        <translation>(lost)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Export pack answer key: the ack field of a segment without the ACK flag.</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>The whole run</source>
        <extracomment>Export pack: heading over the whole ladder.</extracomment>
        <translation>The whole run</translation>
    </message>
    <message>
        <source>Moment %1 · %2</source>
        <extracomment>Export pack of a load lesson: heading of one chosen moment (%1 number, %2 its time).</extracomment>
        <translation>Moment %1 · %2</translation>
    </message>
    <message>
        <source>For every moment, write down how many sockets each side has in each state group.</source>
        <extracomment>Export pack of a load lesson, worksheet: what the student does.</extracomment>
        <translation>For every moment, write down how many sockets each side has in each state group.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Export pack of a load lesson: one state group&apos;s count (%1 the group, %2 the count or a blank).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackPrompt</name>
    <message>
        <source>The client&apos;s application calls %1.</source>
        <translation>The client&apos;s application calls %1.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1.</source>
        <translation>The server&apos;s application calls %1.</translation>
    </message>
    <message>
        <source>A segment arrives at the client.</source>
        <translation>A segment arrives at the client.</translation>
    </message>
    <message>
        <source>A segment arrives at the server.</source>
        <translation>A segment arrives at the server.</translation>
    </message>
    <message>
        <source>The network loses a segment the client sent.</source>
        <translation>The network loses a segment the client sent.</translation>
    </message>
    <message>
        <source>The network loses a segment the server sent.</source>
        <translation>The network loses a segment the server sent.</translation>
    </message>
    <message>
        <source>One of the client&apos;s timers expires.</source>
        <translation>One of the client&apos;s timers expires.</translation>
    </message>
    <message>
        <source>One of the server&apos;s timers expires.</source>
        <translation>One of the server&apos;s timers expires.</translation>
    </message>
    <message>
        <source>The client&apos;s %1 expires.</source>
        <translation>The client&apos;s %1 expires.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 expires.</source>
        <translation>The server&apos;s %1 expires.</translation>
    </message>
    <message>
        <source>A crafted segment arrives at the client.</source>
        <translation>A crafted segment arrives at the client.</translation>
    </message>
    <message>
        <source>A crafted segment arrives at the server.</source>
        <translation>A crafted segment arrives at the server.</translation>
    </message>
    <message>
        <source>Time passes.</source>
        <translation>Time passes.</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackTextFiles</name>
    <message>
        <source>lost</source>
        <extracomment>Mermaid export: appended to the label of a segment the network loses.</extracomment>
        <translation>lost</translation>
    </message>
    <message>
        <source>retransmission</source>
        <extracomment>Mermaid export: appended to the label of a retransmitted segment.</extracomment>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>crafted</source>
        <extracomment>Mermaid export: appended to the label of a segment crafted by the lesson.</extracomment>
        <translation>crafted</translation>
    </message>
    <message>
        <source>Use the ← and → keys (or the buttons) to move between the steps.</source>
        <extracomment>Export pack web page: how to move between the steps.</extracomment>
        <translation>Use the ← and → keys (or the buttons) to move between the steps.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbActions</name>
    <message>
        <source>Reset lesson</source>
        <translation>Reset lesson</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>This segment cannot be changed</source>
        <translation>This segment cannot be changed</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <source>De&amp;lay by</source>
        <translation>De&amp;lay by</translation>
    </message>
    <message>
        <source>Delay segment</source>
        <translation>Delay segment</translation>
    </message>
    <message>
        <source>Extra delay (milliseconds):</source>
        <translation>Extra delay (milliseconds):</translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation>Save lesson as</translation>
    </message>
    <message>
        <source>HandshakeLab lessons (*.json)</source>
        <translation>HandshakeLab lessons (*.json)</translation>
    </message>
    <message>
        <source>Cannot save lesson</source>
        <translation>Cannot save lesson</translation>
    </message>
    <message>
        <source>The lesson could not be saved. Nothing was changed on disk.</source>
        <translation>The lesson could not be saved. Nothing was changed on disk.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>&amp;Drop segment</source>
        <translation>&amp;Drop segment</translation>
    </message>
    <message>
        <source>Drop the selected segment (D)</source>
        <translation>Drop the selected segment (D)</translation>
    </message>
    <message>
        <source>De&amp;lay segment…</source>
        <translation>De&amp;lay segment…</translation>
    </message>
    <message>
        <source>Delay the selected segment (L)</source>
        <translation>Delay the selected segment (L)</translation>
    </message>
    <message>
        <source>Duplicate the selected segment (U)</source>
        <translation>Duplicate the selected segment (U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Remove every perturbation (undoable)</source>
        <translation>Remove every perturbation (undoable)</translation>
    </message>
    <message>
        <source>&amp;Inject segment…</source>
        <translation>&amp;Inject segment…</translation>
    </message>
    <message>
        <source>&amp;Compare with the original run</source>
        <translation>&amp;Compare with the original run</translation>
    </message>
    <message>
        <source>&amp;Save lesson as…</source>
        <translation>&amp;Save lesson as…</translation>
    </message>
    <message>
        <source>P&amp;erturb</source>
        <translation>P&amp;erturb</translation>
    </message>
    <message>
        <source>Perturb</source>
        <translation>Perturb</translation>
    </message>
    <message>
        <source>Perturbations</source>
        <translation>Perturbations</translation>
    </message>
    <message>
        <source>Lesson settings</source>
        <translation>Lesson settings</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <source>Du&amp;plicate segment</source>
        <translation>Du&amp;plicate segment</translation>
    </message>
    <message>
        <source>Rese&amp;t lesson</source>
        <translation>Rese&amp;t lesson</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <extracomment>The title of a lesson saved with the user&apos;s changes; %1 is the lesson&apos;s title.</extracomment>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>&amp;Compare with the simulator</source>
        <translation>&amp;Compare with the simulator</translation>
    </message>
    <message>
        <source>Simulator pro&amp;file</source>
        <extracomment>Perturb menu: the behaviour profile the simulator uses when comparing with a capture.</extracomment>
        <translation>Simulator pro&amp;file</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbationTexts</name>
    <message>
        <source>%1st</source>
        <extracomment>Ordinal number ending in 1 (1st, 21st). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1st</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>Ordinal number ending in 2 (2nd, 22nd). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1nd</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>Ordinal number ending in 3 (3rd, 23rd). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1rd</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>Other ordinal numbers (4th, 11th, 12th). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1th</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>the %1 %2 from the client</source>
        <extracomment>A segment by its position: %1 ordinal (&quot;2nd&quot;), %2 flags (&quot;FIN&quot;).</extracomment>
        <translation>the %1 %2 from the client</translation>
    </message>
    <message>
        <source>the %1 %2 from the server</source>
        <extracomment>A segment by its position: %1 ordinal (&quot;2nd&quot;), %2 flags (&quot;FIN&quot;).</extracomment>
        <translation>the %1 %2 from the server</translation>
    </message>
    <message>
        <source>segment #%1</source>
        <translation>segment #%1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>the %1 %2</translation>
    </message>
    <message>
        <source>every %1 from the client</source>
        <extracomment>%1: flags (&quot;FIN&quot;).</extracomment>
        <translation>every %1 from the client</translation>
    </message>
    <message>
        <source>every %1 from the server</source>
        <extracomment>%1: flags (&quot;FIN&quot;).</extracomment>
        <translation>every %1 from the server</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in whole seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <extracomment>A perturbation: %1 is a segment (&quot;the 2nd FIN from the client&quot;).</extracomment>
        <translation>Drop %1</translation>
    </message>
    <message>
        <source>Delay %1 by %2</source>
        <extracomment>A perturbation: %1 is a segment, %2 a duration (&quot;500 ms&quot;).</extracomment>
        <translation>Delay %1 by %2</translation>
    </message>
    <message>
        <source>Duplicate %1 (copy %2 later)</source>
        <extracomment>A perturbation: %1 is a segment, %2 a duration: the copy arrives that much later.</extracomment>
        <translation>Duplicate %1 (copy %2 later)</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <extracomment>A fault that changes nothing (as a lesson file may hold).</extracomment>
        <translation>Watch %1</translation>
    </message>
    <message>
        <source>Inject %1 to the client at %2</source>
        <extracomment>%1: the crafted segment (&quot;RST seq=101&quot;), %2: a time (&quot;1.200 s&quot;).</extracomment>
        <translation>Inject %1 to the client at %2</translation>
    </message>
    <message>
        <source>Inject %1 to the server at %2</source>
        <extracomment>%1: the crafted segment (&quot;RST seq=101&quot;), %2: a time (&quot;1.200 s&quot;).</extracomment>
        <translation>Inject %1 to the server at %2</translation>
    </message>
    <message>
        <source>Teaching</source>
        <extracomment>Behaviour profile: simplified values for the classroom.</extracomment>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>Random loss %1 %, seed %2</source>
        <extracomment>%1: percentage of segments lost at random, %2: the random seed.</extracomment>
        <translation>Random loss %1 %, seed %2</translation>
    </message>
    <message>
        <source>Latency client → server %1</source>
        <extracomment>One-way latency of the client-to-server direction.</extracomment>
        <translation>Latency client → server %1</translation>
    </message>
    <message>
        <source>Latency server → client %1</source>
        <extracomment>One-way latency of the server-to-client direction.</extracomment>
        <translation>Latency server → client %1</translation>
    </message>
    <message>
        <source>Behaviour profile: %1</source>
        <extracomment>%1: profile name (&quot;Linux&quot;).</extracomment>
        <translation>Behaviour profile: %1</translation>
    </message>
    <message>
        <source>Switched off from the lesson: %1</source>
        <extracomment>One of the lesson&apos;s own faults that the user switched off; %1 the fault in words.</extracomment>
        <translation>Switched off from the lesson: %1</translation>
    </message>
    <message>
        <source>From the lesson: %1</source>
        <extracomment>A fault the lesson file itself makes (not the user); %1 the fault (&quot;Drop the 1st ACK from the client&quot;).</extracomment>
        <translation>From the lesson: %1</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbationsPanel</name>
    <message>
        <source>Reset lesson</source>
        <translation>Reset lesson</translation>
    </message>
    <message>
        <source>This is a load lesson: it cannot be perturbed.</source>
        <translation>This is a load lesson: it cannot be perturbed.</translation>
    </message>
    <message>
        <source>Your changes to this lesson, in order:</source>
        <translation>Your changes to this lesson, in order:</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected change (Del)</source>
        <translation>Remove the selected change (Del)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>No changes yet. Right-click a segment arrow (or a “send” event) to drop, delay or duplicate it.</source>
        <translation>No changes yet. Right-click a segment arrow (or a “send” event) to drop, delay or duplicate it.</translation>
    </message>
    <message>
        <source>Perturbations</source>
        <extracomment>Accessible name of the list of the user&apos;s changes (read by screen readers).</extracomment>
        <translation>Perturbations</translation>
    </message>
    <message>
        <source>This is a captured connection: it shows what happened and cannot be perturbed. Compare with the simulator draws the run simulated with the %1 profile behind it (Perturb → Simulator profile).</source>
        <translation>This is a captured connection: it shows what happened and cannot be perturbed. Compare with the simulator draws the run simulated with the %1 profile behind it (Perturb → Simulator profile).</translation>
    </message>
    <message>
        <source>Part of the lesson. Untick it (or press Del) to see the run without it.</source>
        <extracomment>Tooltip of a fault the lesson file makes, in the Perturbations list.</extracomment>
        <translation>Part of the lesson. Untick it (or press Del) to see the run without it.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>The Remove button while one of the lesson&apos;s own faults (switched on) is selected.</extracomment>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>The Remove button while one of the lesson&apos;s own faults (switched off) is selected.</extracomment>
        <translation>Switch on</translation>
    </message>
</context>
<context>
    <name>hl::ui::PredictMode</name>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>your answer</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>right answer</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
</context>
<context>
    <name>hl::ui::QuizPanel</name>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reveal (PageDown)</source>
        <extracomment>Class mode: shows the answer of the question on screen (also PageDown, the clicker key).</extracomment>
        <translation>Reveal (PageDown)</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>New numbers</translation>
    </message>
    <message>
        <source>The same lesson with new initial sequence numbers and ports</source>
        <translation>The same lesson with new initial sequence numbers and ports</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <source>Your answer, then Enter</source>
        <extracomment>Placeholder of the answer field (short: the field is narrow).</extracomment>
        <translation>Your answer, then Enter</translation>
    </message>
    <message>
        <source>Enter: next question</source>
        <translation>Enter: next question</translation>
    </message>
    <message>
        <source>Predict mode is off (Play → Predict mode, P).</source>
        <translation>Predict mode is off (Play → Predict mode, P).</translation>
    </message>
    <message>
        <source>This run has no step to ask about.</source>
        <translation>This run has no step to ask about.</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) done.</source>
        <translation>
            <numerusform>All %n question done.</numerusform>
            <numerusform>All %n questions done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>%1 question number, %2 number of questions.</extracomment>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Play or step on: the lesson stops before the next question.</source>
        <translation>Play or step on: the lesson stops before the next question.</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>Answer: %1.</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <extracomment>A link under the quiz explanation; %1 a glossary term such as &quot;SYN_RECEIVED&quot;.</extracomment>
        <translation>Glossary: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Review columns: the question, &quot;✗ your answer → right answer&quot; (or &quot;✓ answer&quot;), the time taken.</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>review column</comment>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>Export quiz results</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <extracomment>Accessible names in the Predict panel (read by screen readers).</extracomment>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Answers so far</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Or click the state in the state machine.</source>
        <extracomment>Under a &quot;which state will … be in&quot; question in predict mode.</extracomment>
        <translation>Or click the state in the state machine.</translation>
    </message>
</context>
<context>
    <name>hl::ui::QuizTexts</name>
    <message>
        <source>client</source>
        <extracomment>The client as a noun inside a quiz sentence (&quot;the client receives ...&quot;).</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>The server as a noun inside a quiz sentence (&quot;the server receives ...&quot;).</extracomment>
        <translation>server</translation>
    </message>
    <message>
        <source>The %1 receives %2 again (a retransmission or a duplicate).</source>
        <extracomment>%1 host, %2 a segment label such as &quot;SYN seq=100&quot;.</extracomment>
        <translation>The %1 receives %2 again (a retransmission or a duplicate).</translation>
    </message>
    <message>
        <source>The %1 receives %2.</source>
        <extracomment>%1 host, %2 a segment label such as &quot;SYN seq=100&quot;.</extracomment>
        <translation>The %1 receives %2.</translation>
    </message>
    <message>
        <source>A crafted segment %2 arrives at the %1.</source>
        <extracomment>%1 host, %2 a segment label such as &quot;RST seq=5301&quot;.</extracomment>
        <translation>A crafted segment %2 arrives at the %1.</translation>
    </message>
    <message>
        <source>The %1 reboots.</source>
        <translation>The %1 reboots.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application hands %n byte(s) to send().</source>
        <translation>
            <numerusform>The %1&apos;s application hands %n byte to send().</numerusform>
            <numerusform>The %1&apos;s application hands %n bytes to send().</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application calls %2.</source>
        <extracomment>%1 host, %2 a call such as close().</extracomment>
        <translation>The %1&apos;s application calls %2.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires.</source>
        <extracomment>%1 host, %2 timer name such as &quot;TIME_WAIT timer&quot;.</extracomment>
        <translation>The %1&apos;s %2 expires.</translation>
    </message>
    <message>
        <source>accepted and processed</source>
        <extracomment>Fate of an arriving segment (quiz choice).</extracomment>
        <translation>accepted and processed</translation>
    </message>
    <message>
        <source>ignored, nothing is sent</source>
        <extracomment>Fate of an arriving segment (quiz choice): dropped without any answer.</extracomment>
        <translation>ignored, nothing is sent</translation>
    </message>
    <message>
        <source>answered with an ACK</source>
        <translation>answered with an ACK</translation>
    </message>
    <message>
        <source>answered with a RST</source>
        <translation>answered with a RST</translation>
    </message>
    <message>
        <source>answered with a challenge ACK</source>
        <extracomment>RFC 5961 challenge ACK; keep &quot;ACK&quot;.</extracomment>
        <translation>answered with a challenge ACK</translation>
    </message>
    <message>
        <source>it resets the connection</source>
        <translation>it resets the connection</translation>
    </message>
    <message>
        <source>Which state will the %1 be in?</source>
        <extracomment>%1 host. Answered with a state name such as SYN_RECEIVED.</extracomment>
        <translation>Which state will the %1 be in?</translation>
    </message>
    <message>
        <source>What does the %1 send now?</source>
        <extracomment>%1 host. Answered with a flag set such as SYN,ACK or &quot;nothing&quot;.</extracomment>
        <translation>What does the %1 send now?</translation>
    </message>
    <message>
        <source>The %1 sends a segment with %2: what are its seq and ack?</source>
        <extracomment>%1 host, %2 flags such as &quot;SYN,ACK&quot;. seq and ack are header fields: keep them.</extracomment>
        <translation>The %1 sends a segment with %2: what are its seq and ack?</translation>
    </message>
    <message>
        <source>The %1 sends a segment with %2: what is its seq?</source>
        <extracomment>%1 host, %2 flags such as &quot;SYN&quot;. seq is a header field: keep it.</extracomment>
        <translation>The %1 sends a segment with %2: what is its seq?</translation>
    </message>
    <message>
        <source>What happens to this segment?</source>
        <translation>What happens to this segment?</translation>
    </message>
    <message>
        <source>Nothing has arrived for the %1 yet and its retransmission timer is running. When does it expire, and which segment does the %1 send again?</source>
        <extracomment>%1 host. Answered with a time in seconds, the flags and the seq of the segment resent.</extracomment>
        <translation>Nothing has arrived for the %1 yet and its retransmission timer is running. When does it expire, and which segment does the %1 send again?</translation>
    </message>
    <message>
        <source>%1 s: %2 seq=%3</source>
        <translation>%1 s: %2 seq=%3</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or a state name such as SYN_RECEIVED.</source>
        <extracomment>%1 the choice letters, e.g. &quot;a–d&quot;. Keep SYN_RECEIVED as it is.</extracomment>
        <translation>Answer with a letter %1 or a state name such as SYN_RECEIVED.</translation>
    </message>
    <message>
        <source>Answer with a letter %1, a flag set such as SYN,ACK (any order), or &quot;nothing&quot;.</source>
        <extracomment>%1 the choice letters. Keep SYN,ACK and &quot;nothing&quot; as they are (typed answers).</extracomment>
        <translation>Answer with a letter %1, a flag set such as SYN,ACK (any order), or &quot;nothing&quot;.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or two numbers &quot;SEQ ACK&quot; (e.g. 101 301), or &quot;rel SEQ ACK&quot; counted from the ISNs (e.g. rel 1 1).</source>
        <extracomment>%1 the choice letters. Keep the typed forms as they are.</extracomment>
        <translation>Answer with a letter %1 or two numbers &quot;SEQ ACK&quot; (e.g. 101 301), or &quot;rel SEQ ACK&quot; counted from the ISNs (e.g. rel 1 1).</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or the number (e.g. 100), or &quot;rel N&quot; counted from the ISN.</source>
        <extracomment>%1 the choice letters. Keep the typed forms as they are.</extracomment>
        <translation>Answer with a letter %1 or the number (e.g. 100), or &quot;rel N&quot; counted from the ISN.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or a word: accepted, ignored, ack, rst, challenge-ack, reset.</source>
        <extracomment>%1 the choice letters. Keep the six words as they are (typed answers).</extracomment>
        <translation>Answer with a letter %1 or a word: accepted, ignored, ack, rst, challenge-ack, reset.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or &quot;SECONDS FLAGS SEQ&quot; (e.g. 1.000 SYN 100).</source>
        <extracomment>%1 the choice letters. Keep the typed form as it is.</extracomment>
        <translation>Answer with a letter %1 or &quot;SECONDS FLAGS SEQ&quot; (e.g. 1.000 SYN 100).</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Right: %1.</translation>
    </message>
    <message>
        <source>Wrong: the answer is %1.</source>
        <translation>Wrong: the answer is %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the answer is %2.</source>
        <extracomment>%1 what the student typed, %2 the right answer.</extracomment>
        <translation>Cannot read &quot;%1&quot;: the answer is %2.</translation>
    </message>
    <message>
        <source>The ack is not the seq that arrived: it names the next byte expected, so it is that seq plus the segment&apos;s length (a SYN or FIN counts one).</source>
        <translation>The ack is not the seq that arrived: it names the next byte expected, so it is that seq plus the segment&apos;s length (a SYN or FIN counts one).</translation>
    </message>
    <message>
        <source>SYN and FIN each use one sequence number, exactly like a byte of data: that is why they are acknowledged.</source>
        <translation>SYN and FIN each use one sequence number, exactly like a byte of data: that is why they are acknowledged.</translation>
    </message>
    <message>
        <source>Only the side that closes first (the active closer) goes through TIME_WAIT; the other side goes CLOSE_WAIT → LAST_ACK → CLOSED.</source>
        <translation>Only the side that closes first (the active closer) goes through TIME_WAIT; the other side goes CLOSE_WAIT → LAST_ACK → CLOSED.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 is the side that closed first, waiting for the peer&apos;s FIN; CLOSE_WAIT is the side that received a FIN and waits for its own application to close.</source>
        <translation>FIN_WAIT_2 is the side that closed first, waiting for the peer&apos;s FIN; CLOSE_WAIT is the side that received a FIN and waits for its own application to close.</translation>
    </message>
    <message>
        <source>A RST is never answered with a RST: that could go on forever. It is either accepted or dropped.</source>
        <translation>A RST is never answered with a RST: that could go on forever. It is either accepted or dropped.</translation>
    </message>
    <message>
        <source>A retransmission is the same segment again: a resent SYN carries the same ISN.</source>
        <translation>A retransmission is the same segment again: a resent SYN carries the same ISN.</translation>
    </message>
    <message>
        <source>After each expiry the retransmission timeout doubles (exponential backoff).</source>
        <translation>After each expiry the retransmission timeout doubles (exponential backoff).</translation>
    </message>
    <message>
        <source>This step does change the state.</source>
        <translation>This step does change the state.</translation>
    </message>
    <message>
        <source>the %1&apos;s state after it receives %2</source>
        <extracomment>Summary topic: %1 host, %2 flags such as FIN,ACK.</extracomment>
        <translation>the %1&apos;s state after it receives %2</translation>
    </message>
    <message>
        <source>the %1&apos;s next state</source>
        <translation>the %1&apos;s next state</translation>
    </message>
    <message>
        <source>what the %1 sends</source>
        <translation>what the %1 sends</translation>
    </message>
    <message>
        <source>the numbers of the %1&apos;s segment</source>
        <translation>the numbers of the %1&apos;s segment</translation>
    </message>
    <message>
        <source>what the %1 does with an arriving %2</source>
        <translation>what the %1 does with an arriving %2</translation>
    </message>
    <message>
        <source>the %1&apos;s retransmission</source>
        <translation>the %1&apos;s retransmission</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <extracomment>Quiz summary: %1 right answers, %2 questions.</extracomment>
        <translation>%1 of %2 right</translation>
    </message>
    <message>
        <source>; missed: %1</source>
        <extracomment>After the quiz summary: the list of missed questions.</extracomment>
        <translation>; missed: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>A quiz choice: the host sends no segment. Keep the typed answer &quot;nothing&quot; in brackets after your words.</extracomment>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>hl::ui::RtoChartView</name>
    <message>
        <source>Retransmission timeout per attempt</source>
        <translation>Retransmission timeout per attempt</translation>
    </message>
    <message>
        <source>RTO (s)</source>
        <translation>RTO (s)</translation>
    </message>
    <message>
        <source>RTO (ms)</source>
        <translation>RTO (ms)</translation>
    </message>
    <message>
        <source>%1: timer armed</source>
        <extracomment>Legend entry of the RTO chart; %1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1: timer armed</translation>
    </message>
    <message>
        <source>%1, attempt %2
armed at %3, RTO %4</source>
        <translation>%1, attempt %2
armed at %3, RTO %4</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>expired at %1</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>stopped at %1</translation>
    </message>
    <message>
        <source>Retry limit reached: gave up</source>
        <translation>Retry limit reached: gave up</translation>
    </message>
    <message>
        <source>%1 gave up at %2
%3
%4</source>
        <translation>%1 gave up at %2
%3
%4</translation>
    </message>
</context>
<context>
    <name>hl::ui::RunProgress</name>
    <message>
        <source>Simulating the lesson… %1 events so far. The current lesson stays until it is ready.</source>
        <extracomment>Above the diagram while a large lesson is simulated; %1 is a number of trace events.</extracomment>
        <translation>Simulating the lesson… %1 events so far. The current lesson stays until it is ready.</translation>
    </message>
    <message>
        <source>Replaying your change… %1 events so far. Cancel undoes the change.</source>
        <translation>Replaying your change… %1 events so far. Cancel undoes the change.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops simulating a large lesson (the lesson shown before stays).</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentInspector</name>
    <message>
        <source>No segment selected. Click an arrow in the diagram, or step onto a segment.</source>
        <translation>No segment selected. Click an arrow in the diagram, or step onto a segment.</translation>
    </message>
    <message>
        <source>Segment #%1: %2</source>
        <translation>Segment #%1: %2</translation>
    </message>
    <message>
        <source>crafted by the lesson</source>
        <translation>crafted by the lesson</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>relative %1</source>
        <translation>relative %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Sender&apos;s state</source>
        <translation>Sender&apos;s state</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>Acknowledgement number</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte(s)</numerusform>
            <numerusform>%n byte(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>SEG.LEN</source>
        <extracomment>SEG.LEN is the RFC&apos;s name; keep it.</extracomment>
        <translation>SEG.LEN</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation>What happened to it</translation>
    </message>
    <message>
        <source>later in the lesson</source>
        <translation>later in the lesson</translation>
    </message>
    <message>
        <source>Arrived at %1</source>
        <translation>Arrived at %1</translation>
    </message>
    <message>
        <source>nothing (no effect)</source>
        <translation>nothing (no effect)</translation>
    </message>
    <message>
        <source>It caused:</source>
        <translation>It caused:</translation>
    </message>
    <message>
        <source>— (ACK flag off)</source>
        <translation>— (ACK flag off)</translation>
    </message>
    <message>
        <source>Lost at %1 (%2)</source>
        <translation>Lost at %1 (%2)</translation>
    </message>
    <message>
        <source>delayed +%1 by the network</source>
        <extracomment>In the Segment panel: the network held this copy back (a Delay perturbation).</extracomment>
        <translation>delayed +%1 by the network</translation>
    </message>
    <message>
        <source>Still in flight when the run ended</source>
        <translation>Still in flight when the run ended</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentItem</name>
    <message>
        <source>⚡ injected</source>
        <translation>⚡ injected</translation>
    </message>
    <message>
        <source>↻ retransmission</source>
        <translation>↻ retransmission</translation>
    </message>
    <message>
        <source>⇉ copy</source>
        <translation>⇉ copy</translation>
    </message>
    <message>
        <source>✕ lost</source>
        <translation>✕ lost</translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation>Segment #%1</translation>
    </message>
    <message>
        <source>duplicate copy %1</source>
        <translation>duplicate copy %1</translation>
    </message>
    <message>
        <source>Ports: %1 → %2</source>
        <translation>Ports: %1 → %2</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Sequence number: %1</source>
        <translation>Sequence number: %1</translation>
    </message>
    <message>
        <source>(ACK flag off)</source>
        <translation>(ACK flag off)</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Window: %1</translation>
    </message>
    <message>
        <source>Payload: %1 bytes</source>
        <translation>Payload: %1 bytes</translation>
    </message>
    <message>
        <source>Sent by %1 at %2</source>
        <translation>Sent by %1 at %2</translation>
    </message>
    <message>
        <source>Arrived at %1 at %2</source>
        <translation>Arrived at %1 at %2</translation>
    </message>
    <message>
        <source>Still in flight when the run ended</source>
        <translation>Still in flight when the run ended</translation>
    </message>
    <message>
        <source>A retransmission of data sent before</source>
        <translation>A retransmission of data sent before</translation>
    </message>
    <message>
        <source>Crafted and injected by the lesson, not sent by an endpoint</source>
        <translation>Crafted and injected by the lesson, not sent by an endpoint</translation>
    </message>
    <message>
        <source>Acknowledgement number: %1</source>
        <translation>Acknowledgement number: %1</translation>
    </message>
    <message>
        <source>Lost at %1 (%2)</source>
        <translation>Lost at %1 (%2)</translation>
    </message>
    <message>
        <source>delayed +%1</source>
        <translation>delayed +%1</translation>
    </message>
    <message>
        <source>Delayed by the network: %1 longer than the usual one-way trip</source>
        <translation>Delayed by the network: %1 longer than the usual one-way trip</translation>
    </message>
</context>
<context>
    <name>hl::ui::SeqChartView</name>
    <message>
        <source>Sequence numbers over time: %1 → %2</source>
        <extracomment>Chart title; %1 and %2 are &quot;Client&quot;/&quot;Server&quot;.</extracomment>
        <translation>Sequence numbers over time: %1 → %2</translation>
    </message>
    <message>
        <source>Segment #%1 at %2</source>
        <translation>Segment #%1 at %2</translation>
    </message>
    <message>
        <source>relative seq %1 … %2 (SEG.LEN %3)</source>
        <extracomment>Relative sequence numbers: the range a segment occupies, counted from the sender&apos;s ISN.</extracomment>
        <translation>relative seq %1 … %2 (SEG.LEN %3)</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>lost in the network</source>
        <translation>lost in the network</translation>
    </message>
    <message>
        <source>duplicated by the network</source>
        <translation>duplicated by the network</translation>
    </message>
    <message>
        <source>Relative seq</source>
        <extracomment>Axis title: sequence numbers counted from the sender&apos;s initial sequence number.</extracomment>
        <translation>Relative seq</translation>
    </message>
    <message>
        <source>ACK from %1</source>
        <translation>ACK from %1</translation>
    </message>
    <message>
        <source>ACK %1 (relative), segment #%2</source>
        <translation>ACK %1 (relative), segment #%2</translation>
    </message>
    <message>
        <source>ACK %1 (relative), segment #%2 at %3</source>
        <translation>ACK %1 (relative), segment #%2 at %3</translation>
    </message>
    <message>
        <source>ACK %1 (relative)</source>
        <translation>ACK %1 (relative)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmission</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicated</translation>
    </message>
</context>
<context>
    <name>hl::ui::SequenceDiagramView</name>
    <message>
        <source>Random loss: %1 of %2 segments lost</source>
        <extracomment>Under the diagram when the lesson has random loss: &quot;3 of 24 segments lost&quot;.</extracomment>
        <translation>Random loss: %1 of %2 segments lost</translation>
    </message>
    <message>
        <source>The run stops here: the lesson&apos;s time limit (%1)</source>
        <extracomment>Under the diagram when the run was cut at the lesson&apos;s time limit (&quot;until&quot;).</extracomment>
        <translation>The run stops here: the lesson&apos;s time limit (%1)</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <extracomment>Accessible name of the ladder (read by screen readers).</extracomment>
        <translation>Sequence diagram</translation>
    </message>
</context>
<context>
    <name>hl::ui::SessionController</name>
    <message>
        <source>Change lesson settings</source>
        <extracomment>Undo step: a change in the Lesson settings panel.</extracomment>
        <translation>Change lesson settings</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <extracomment>Undo step: one line of the Perturbations list removed.</extracomment>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>Reset lesson</source>
        <translation>Reset lesson</translation>
    </message>
    <message>
        <source>Switch on: %1</source>
        <extracomment>Undo steps: one of the lesson&apos;s own faults switched off or back on; %1 the fault in words.</extracomment>
        <translation>Switch on: %1</translation>
    </message>
    <message>
        <source>Switch off: %1</source>
        <translation>Switch off: %1</translation>
    </message>
</context>
<context>
    <name>hl::ui::SettingsFile</name>
    <message>
        <source>Cannot save the settings to %1: the folder is read-only or the disk is full. The previous settings are kept.</source>
        <translation>Cannot save the settings to %1: the folder is read-only or the disk is full. The previous settings are kept.</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBandItem</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>(inferred: the capture implies this state, it does not show it)</source>
        <extracomment>Tooltip addition on a state band of a capture: the capture does not show this state itself.</extracomment>
        <translation>(inferred: the capture implies this state, it does not show it)</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBox</name>
    <message>
        <source>No change yet</source>
        <translation>No change yet</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <extracomment>In a state box: &quot;from SYN_SENT: received SYN,ACK acknowledging our SYN&quot;.</extracomment>
        <translation>from %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A state box read by a screen reader: &quot;Client: ESTABLISHED&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateMachineAccessible</name>
    <message>
        <source>client and server here</source>
        <translation>client and server here</translation>
    </message>
    <message>
        <source>client here</source>
        <translation>client here</translation>
    </message>
    <message>
        <source>server here</source>
        <translation>server here</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A state of the state machine read by a screen reader: &quot;ESTABLISHED: client here&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <extracomment>The transition a host took last: &quot;Client took SYN_SENT to ESTABLISHED: rcv SYN,ACK / snd ACK&quot;.</extracomment>
        <translation>%1 took %2</translation>
    </message>
    <message>
        <source>No transition taken yet</source>
        <translation>No transition taken yet</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateMachineView</name>
    <message>
        <source>passive OPEN</source>
        <translation>passive OPEN</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>active OPEN</translation>
    </message>
    <message>
        <source>CLOSE / timeout</source>
        <translation>CLOSE / timeout</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>rcv SYN</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>rcv RST</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>rcv SYN,ACK</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>rcv FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP state diagram</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>snd SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>snd SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>snd ACK</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>snd FIN</translation>
    </message>
    <message>
        <source>timeout = 2·MSL</source>
        <translation>timeout = 2·MSL</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>The transition a host last took, for screen readers: &quot;SYN_SENT to ESTABLISHED&quot;.</extracomment>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateTimelineView</name>
    <message>
        <source>Connection states over time</source>
        <translation>Connection states over time</translation>
    </message>
    <message>
        <source>%1: %2
%3 – %4
%5</source>
        <translation>%1: %2
%3 – %4
%5</translation>
    </message>
</context>
<context>
    <name>hl::ui::StepAnnouncer</name>
    <message>
        <source>Start of the lesson: %1</source>
        <extracomment>Announced to a screen reader when a lesson opens or the player goes back to its start; %1 the lesson&apos;s title.</extracomment>
        <translation>Start of the lesson: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Announced to a screen reader at each step: &quot;Step 3 of 9: The server receives SYN.&quot;</extracomment>
        <translation>Step %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>hl::ui::TcbPanel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>no sample yet</source>
        <translation>no sample yet</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>Bytes queued to send</source>
        <translation>Bytes queued to send</translation>
    </message>
    <message>
        <source>Bytes received, unread</source>
        <translation>Bytes received, unread</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 left&lt;/b&gt; (fires at %2)</source>
        <extracomment>Timer countdown in the TCB panel: &quot;0.8 s left (fires at 1.000 s)&quot;.</extracomment>
        <translation>&lt;b&gt;%1 left&lt;/b&gt; (fires at %2)</translation>
    </message>
    <message>
        <source>Numbers in brackets are relative to the ISN (sending) or IRS (receiving).</source>
        <translation>Numbers in brackets are relative to the ISN (sending) or IRS (receiving).</translation>
    </message>
</context>
<context>
    <name>hl::ui::Texts</name>
    <message>
        <source>No connection exists.</source>
        <translation>No connection exists.</translation>
    </message>
    <message>
        <source>Waiting for a connection request (SYN) from any client.</source>
        <translation>Waiting for a connection request (SYN) from any client.</translation>
    </message>
    <message>
        <source>SYN sent; waiting for the peer&apos;s SYN,ACK.</source>
        <translation>SYN sent; waiting for the peer&apos;s SYN,ACK.</translation>
    </message>
    <message>
        <source>SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.</source>
        <translation>SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.</translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation>The connection is open: data can flow both ways.</translation>
    </message>
    <message>
        <source>Our FIN is sent; waiting for its ACK (or for the peer&apos;s FIN).</source>
        <translation>Our FIN is sent; waiting for its ACK (or for the peer&apos;s FIN).</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN.</source>
        <translation>Our FIN is acknowledged; waiting for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>The peer has finished sending; waiting for our application to close.</source>
        <translation>The peer has finished sending; waiting for our application to close.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at once; waiting for the ACK of our FIN.</source>
        <translation>Both sides sent FIN at once; waiting for the ACK of our FIN.</translation>
    </message>
    <message>
        <source>Our FIN followed the peer&apos;s; waiting for the last ACK.</source>
        <translation>Our FIN followed the peer&apos;s; waiting for the last ACK.</translation>
    </message>
    <message>
        <source>Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.</source>
        <translation>Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>The machine that opens the connection, as a title (lane headers, lists).</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>The machine that listens, as a title (lane headers, lists).</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Handshake</source>
        <extracomment>Lesson group: opening a connection.</extracomment>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Lesson group: closing a connection.</extracomment>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Loss and retransmission</source>
        <extracomment>Lesson group: lost segments and retransmission.</extracomment>
        <translation>Loss and retransmission</translation>
    </message>
    <message>
        <source>Resets</source>
        <extracomment>Lesson group: RST segments and resets.</extracomment>
        <translation>Resets</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <extracomment>Lesson group: the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Lesson group: many connections or much data at once.</extracomment>
        <translation>Load</translation>
    </message>
    <message>
        <source>reboot</source>
        <extracomment>A host restart, listed among the user&apos;s calls (listen(), connect() ...).</extracomment>
        <translation>reboot</translation>
    </message>
    <message>
        <source>retransmission timer</source>
        <translation>retransmission timer</translation>
    </message>
    <message>
        <source>TIME_WAIT timer</source>
        <extracomment>The 2·MSL timer of the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT timer</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer</source>
        <extracomment>The timer that ends an orphaned connection stuck in FIN_WAIT_2 (Linux tcp_fin_timeout).</extracomment>
        <translation>FIN_WAIT_2 timer</translation>
    </message>
    <message>
        <source>connection established</source>
        <extracomment>Told to the application: the handshake completed.</extracomment>
        <translation>connection established</translation>
    </message>
    <message>
        <source>data received</source>
        <translation>data received</translation>
    </message>
    <message>
        <source>end of data (the peer closed its side)</source>
        <extracomment>Told to the application: the peer sent FIN, no more data will come (end of file).</extracomment>
        <translation>end of data (the peer closed its side)</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connection reset</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>timed out</source>
        <extracomment>Told to the application: retries or a timer ran out.</extracomment>
        <translation>timed out</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Simulated time in seconds with three decimals, e.g. &quot;1.250 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no rule involved</source>
        <extracomment>Short reason shown when an event needs no protocol rule.</extracomment>
        <translation>no rule involved</translation>
    </message>
    <message>
        <source>Nothing to explain here: no protocol rule was involved.</source>
        <translation>Nothing to explain here: no protocol rule was involved.</translation>
    </message>
    <message>
        <source>the application called listen()</source>
        <translation>the application called listen()</translation>
    </message>
    <message>
        <source>The application opened a listening socket (a passive open). From now on a SYN that arrives at this port starts a 3-way handshake.</source>
        <translation>The application opened a listening socket (a passive open). From now on a SYN that arrives at this port starts a 3-way handshake.</translation>
    </message>
    <message>
        <source>the application called connect()</source>
        <translation>the application called connect()</translation>
    </message>
    <message>
        <source>The application asked for a connection (an active open). TCP picks an initial sequence number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.</source>
        <translation>The application asked for a connection (an active open). TCP picks an initial sequence number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.</translation>
    </message>
    <message>
        <source>data queued until the connection is established</source>
        <translation>data queued until the connection is established</translation>
    </message>
    <message>
        <source>The application handed over data before the handshake was finished. TCP keeps it in the send buffer and sends it once the connection is ESTABLISHED.</source>
        <translation>The application handed over data before the handshake was finished. TCP keeps it in the send buffer and sends it once the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <source>the application sent data</source>
        <translation>the application sent data</translation>
    </message>
    <message>
        <source>The application handed over data. TCP cuts it into segments of at most MSS bytes, as far as the peer&apos;s window allows, and keeps a copy of each until it is acknowledged.</source>
        <translation>The application handed over data. TCP cuts it into segments of at most MSS bytes, as far as the peer&apos;s window allows, and keeps a copy of each until it is acknowledged.</translation>
    </message>
    <message>
        <source>send refused: this side has already closed</source>
        <translation>send refused: this side has already closed</translation>
    </message>
    <message>
        <source>The application tried to send after closing its sending side. TCP refuses with the error &quot;connection closing&quot;: no new data may follow our FIN.</source>
        <translation>The application tried to send after closing its sending side. TCP refuses with the error &quot;connection closing&quot;: no new data may follow our FIN.</translation>
    </message>
    <message>
        <source>send refused: there is no connection</source>
        <translation>send refused: there is no connection</translation>
    </message>
    <message>
        <source>The application tried to send, but there is no connection to send on. TCP answers with the error &quot;connection does not exist&quot;.</source>
        <translation>The application tried to send, but there is no connection to send on. TCP answers with the error &quot;connection does not exist&quot;.</translation>
    </message>
    <message>
        <source>the application called close(): FIN sent</source>
        <translation>the application called close(): FIN sent</translation>
    </message>
    <message>
        <source>The application has nothing more to send and closed the connection. TCP sends a FIN (it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.</source>
        <translation>The application has nothing more to send and closed the connection. TCP sends a FIN (it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.</translation>
    </message>
    <message>
        <source>close() noted: the FIN will follow the queued data</source>
        <translation>close() noted: the FIN will follow the queued data</translation>
    </message>
    <message>
        <source>The application closed while earlier data still had to be sent (or before the handshake was finished). TCP remembers the close and sends the FIN after everything queued before it.</source>
        <translation>The application closed while earlier data still had to be sent (or before the handshake was finished). TCP remembers the close and sends the FIN after everything queued before it.</translation>
    </message>
    <message>
        <source>the application closed after the peer&apos;s FIN: FIN sent</source>
        <translation>the application closed after the peer&apos;s FIN: FIN sent</translation>
    </message>
    <message>
        <source>The peer had already closed its side, and now this application closes too. TCP sends its own FIN and waits in LAST_ACK for the acknowledgement of it.</source>
        <translation>The peer had already closed its side, and now this application closes too. TCP sends its own FIN and waits in LAST_ACK for the acknowledgement of it.</translation>
    </message>
    <message>
        <source>close() in SYN_SENT: the connection is deleted</source>
        <translation>close() in SYN_SENT: the connection is deleted</translation>
    </message>
    <message>
        <source>The application gave up before the handshake was answered. The peer has not synchronized with us yet, so TCP deletes the connection without sending anything.</source>
        <translation>The application gave up before the handshake was answered. The peer has not synchronized with us yet, so TCP deletes the connection without sending anything.</translation>
    </message>
    <message>
        <source>close() on the listening socket</source>
        <translation>close() on the listening socket</translation>
    </message>
    <message>
        <source>The application stopped listening. The listening socket is removed; a SYN that arrives at this port later is answered with RST.</source>
        <translation>The application stopped listening. The listening socket is removed; a SYN that arrives at this port later is answered with RST.</translation>
    </message>
    <message>
        <source>close() again: the connection is already closing</source>
        <translation>close() again: the connection is already closing</translation>
    </message>
    <message>
        <source>The application called close() on a connection that is already closing. Nothing new happens; the call gets the error &quot;connection closing&quot;.</source>
        <translation>The application called close() on a connection that is already closing. Nothing new happens; the call gets the error &quot;connection closing&quot;.</translation>
    </message>
    <message>
        <source>close() with unread data: RST instead of FIN</source>
        <translation>close() with unread data: RST instead of FIN</translation>
    </message>
    <message>
        <source>The application closed while received data was still unread, so that data will never be read. Rather than close politely with FIN, TCP resets the connection with RST so the peer learns that data was lost (RFC 2525, and what Linux does).</source>
        <translation>The application closed while received data was still unread, so that data will never be read. Rather than close politely with FIN, TCP resets the connection with RST so the peer learns that data was lost (RFC 2525, and what Linux does).</translation>
    </message>
    <message>
        <source>the application shut down its sending side: FIN sent</source>
        <translation>the application shut down its sending side: FIN sent</translation>
    </message>
    <message>
        <source>The application called shutdown(): it will send nothing more but still wants to receive. TCP sends a FIN; the connection is half-closed and data can still flow towards this side.</source>
        <translation>The application called shutdown(): it will send nothing more but still wants to receive. TCP sends a FIN; the connection is half-closed and data can still flow towards this side.</translation>
    </message>
    <message>
        <source>the application aborted: RST sent</source>
        <translation>the application aborted: RST sent</translation>
    </message>
    <message>
        <source>The application aborted the connection. TCP sends a RST so that the peer drops the connection at once, throws away everything queued and goes to CLOSED.</source>
        <translation>The application aborted the connection. TCP sends a RST so that the peer drops the connection at once, throws away everything queued and goes to CLOSED.</translation>
    </message>
    <message>
        <source>the application aborted: nothing to send</source>
        <translation>the application aborted: nothing to send</translation>
    </message>
    <message>
        <source>connect() failed: no local port free</source>
        <translation>connect() failed: no local port free</translation>
    </message>
    <message>
        <source>The application asked for a connection, but no local port was free for it. The call fails and nothing is sent.</source>
        <translation>The application asked for a connection, but no local port was free for it. The call fails and nothing is sent.</translation>
    </message>
    <message>
        <source>the host rebooted and forgot its connections</source>
        <translation>the host rebooted and forgot its connections</translation>
    </message>
    <message>
        <source>The host restarted and lost all memory of its connections, without sending anything. The peer is not told: its side of a connection may now be half-open.</source>
        <translation>The host restarted and lost all memory of its connections, without sending anything. The peer is not told: its side of a connection may now be half-open.</translation>
    </message>
    <message>
        <source>call refused: there is no connection</source>
        <translation>call refused: there is no connection</translation>
    </message>
    <message>
        <source>The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error &quot;connection does not exist&quot; and sends nothing.</source>
        <translation>The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error &quot;connection does not exist&quot; and sends nothing.</translation>
    </message>
    <message>
        <source>listen() again: already listening</source>
        <translation>listen() again: already listening</translation>
    </message>
    <message>
        <source>The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.</source>
        <translation>The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.</translation>
    </message>
    <message>
        <source>RST for no connection: ignored</source>
        <translation>RST for no connection: ignored</translation>
    </message>
    <message>
        <source>A RST arrived for a connection that does not exist. A RST is never answered, so it is simply discarded.</source>
        <translation>A RST arrived for a connection that does not exist. A RST is never answered, so it is simply discarded.</translation>
    </message>
    <message>
        <source>A segment arrived for a connection that does not exist. The host answers with RST; because the segment carried an ACK, the RST takes that ACK number as its sequence number, so that the sender will accept it.</source>
        <translation>A segment arrived for a connection that does not exist. The host answers with RST; because the segment carried an ACK, the RST takes that ACK number as its sequence number, so that the sender will accept it.</translation>
    </message>
    <message>
        <source>segment for no connection: RST,ACK sent</source>
        <translation>segment for no connection: RST,ACK sent</translation>
    </message>
    <message>
        <source>A segment without ACK arrived for a port or connection that does not exist (for example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 and ack = the segment&apos;s sequence number plus its length: &quot;I got it, and I refuse&quot;.</source>
        <translation>A segment without ACK arrived for a port or connection that does not exist (for example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 and ack = the segment&apos;s sequence number plus its length: &quot;I got it, and I refuse&quot;.</translation>
    </message>
    <message>
        <source>RST at a listening socket: ignored</source>
        <translation>RST at a listening socket: ignored</translation>
    </message>
    <message>
        <source>A RST arrived at a listening socket. There is no connection to reset, so it is ignored.</source>
        <translation>A RST arrived at a listening socket. There is no connection to reset, so it is ignored.</translation>
    </message>
    <message>
        <source>ACK at a listening socket: RST sent</source>
        <translation>ACK at a listening socket: RST sent</translation>
    </message>
    <message>
        <source>A segment with ACK arrived at a listening socket, but a listener has sent nothing that could be acknowledged. The server answers with a RST whose sequence number is that ACK number.</source>
        <translation>A segment with ACK arrived at a listening socket, but a listener has sent nothing that could be acknowledged. The server answers with a RST whose sequence number is that ACK number.</translation>
    </message>
    <message>
        <source>SYN at a listening socket: SYN,ACK sent</source>
        <translation>SYN at a listening socket: SYN,ACK sent</translation>
    </message>
    <message>
        <source>A connection request (SYN) arrived at a listening port. The server notes the client&apos;s sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client&apos;s SYN, the SYN offers the server&apos;s number. It now waits in SYN_RECEIVED for the client&apos;s ACK.</source>
        <translation>A connection request (SYN) arrived at a listening port. The server notes the client&apos;s sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client&apos;s SYN, the SYN offers the server&apos;s number. It now waits in SYN_RECEIVED for the client&apos;s ACK.</translation>
    </message>
    <message>
        <source>other segment at a listening socket: dropped</source>
        <translation>other segment at a listening socket: dropped</translation>
    </message>
    <message>
        <source>A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start a connection, so it is dropped without a reply.</source>
        <translation>A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start a connection, so it is dropped without a reply.</translation>
    </message>
    <message>
        <source>ACK of something we never sent: RST sent</source>
        <translation>ACK of something we never sent: RST sent</translation>
    </message>
    <message>
        <source>While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge our SYN. It probably belongs to an old connection, so we answer with RST (seq = its ACK number) and drop it.</source>
        <translation>While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge our SYN. It probably belongs to an old connection, so we answer with RST (seq = its ACK number) and drop it.</translation>
    </message>
    <message>
        <source>RST with a wrong ACK in SYN_SENT: dropped</source>
        <translation>RST with a wrong ACK in SYN_SENT: dropped</translation>
    </message>
    <message>
        <source>A RST arrived while we waited for SYN,ACK, but its ACK number does not match our SYN. It cannot be meant for this connection, so it is dropped; a RST is never answered.</source>
        <translation>A RST arrived while we waited for SYN,ACK, but its ACK number does not match our SYN. It cannot be meant for this connection, so it is dropped; a RST is never answered.</translation>
    </message>
    <message>
        <source>RST acknowledging our SYN: connection refused</source>
        <translation>RST acknowledging our SYN: connection refused</translation>
    </message>
    <message>
        <source>The peer answered our SYN with a RST that acknowledges it: nobody is listening on that port. The connection is refused, goes to CLOSED, and the application is told.</source>
        <translation>The peer answered our SYN with a RST that acknowledges it: nobody is listening on that port. The connection is refused, goes to CLOSED, and the application is told.</translation>
    </message>
    <message>
        <source>RST without ACK in SYN_SENT: dropped</source>
        <translation>RST without ACK in SYN_SENT: dropped</translation>
    </message>
    <message>
        <source>A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it answers our SYN. It is dropped.</source>
        <translation>A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it answers our SYN. It is dropped.</translation>
    </message>
    <message>
        <source>received SYN,ACK acknowledging our SYN</source>
        <translation>received SYN,ACK acknowledging our SYN</translation>
    </message>
    <message>
        <source>The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the peer&apos;s initial sequence number. We send the last ACK of the 3-way handshake; for us the connection is now ESTABLISHED.</source>
        <translation>The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the peer&apos;s initial sequence number. We send the last ACK of the 3-way handshake; for us the connection is now ESTABLISHED.</translation>
    </message>
    <message>
        <source>SYN without ACK in SYN_SENT: simultaneous open</source>
        <translation>SYN without ACK in SYN_SENT: simultaneous open</translation>
    </message>
    <message>
        <source>A SYN arrived while our own SYN was still unanswered: both sides opened at the same time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of its SYN.</source>
        <translation>A SYN arrived while our own SYN was still unanswered: both sides opened at the same time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of its SYN.</translation>
    </message>
    <message>
        <source>segment without SYN or RST in SYN_SENT: dropped</source>
        <translation>segment without SYN or RST in SYN_SENT: dropped</translation>
    </message>
    <message>
        <source>While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot complete the handshake, so it is dropped.</source>
        <translation>While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot complete the handshake, so it is dropped.</translation>
    </message>
    <message>
        <source>segment outside the receive window: ACK sent</source>
        <translation>segment outside the receive window: ACK sent</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence numbers are not the ones we expect (an old duplicate, or beyond our window). It is not used; we answer with an ACK that repeats the sequence number we expect next.</source>
        <translation>The segment&apos;s sequence numbers are not the ones we expect (an old duplicate, or beyond our window). It is not used; we answer with an ACK that repeats the sequence number we expect next.</translation>
    </message>
    <message>
        <source>RST outside the receive window: dropped</source>
        <translation>RST outside the receive window: dropped</translation>
    </message>
    <message>
        <source>A RST arrived whose sequence number is outside our receive window. It is not believed and is dropped silently; a RST is never answered.</source>
        <translation>A RST arrived whose sequence number is outside our receive window. It is not believed and is dropped silently; a RST is never answered.</translation>
    </message>
    <message>
        <source>segment ahead of the expected sequence: held</source>
        <translation>segment ahead of the expected sequence: held</translation>
    </message>
    <message>
        <source>This segment starts beyond the next byte we expect, so something sent before it is still missing. TCP keeps it and processes it in order once the gap is filled.</source>
        <translation>This segment starts beyond the next byte we expect, so something sent before it is still missing. TCP keeps it and processes it in order once the gap is filled.</translation>
    </message>
    <message>
        <source>valid RST: connection reset</source>
        <translation>valid RST: connection reset</translation>
    </message>
    <message>
        <source>A RST arrived with exactly the sequence number we expect next, so it is trusted. The connection is reset at once: it goes to CLOSED and the application is told.</source>
        <translation>A RST arrived with exactly the sequence number we expect next, so it is trusted. The connection is reset at once: it goes to CLOSED and the application is told.</translation>
    </message>
    <message>
        <source>RST inside the window but not exact: challenge ACK</source>
        <translation>RST inside the window but not exact: challenge ACK</translation>
    </message>
    <message>
        <source>A RST arrived whose sequence number is inside the window but not exactly the next one expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real peer answers that with a RST carrying the exact number.</source>
        <translation>A RST arrived whose sequence number is inside the window but not exactly the next one expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real peer answers that with a RST carrying the exact number.</translation>
    </message>
    <message>
        <source>RST in SYN_RECEIVED: back to listening</source>
        <translation>RST in SYN_RECEIVED: back to listening</translation>
    </message>
    <message>
        <source>The handshake was reset while the server waited for the last ACK. This connection came from a listening socket, so it is simply removed and the listener keeps waiting for new connections.</source>
        <translation>The handshake was reset while the server waited for the last ACK. This connection came from a listening socket, so it is simply removed and the listener keeps waiting for new connections.</translation>
    </message>
    <message>
        <source>RST in SYN_RECEIVED after our own SYN: connection refused</source>
        <translation>RST in SYN_RECEIVED after our own SYN: connection refused</translation>
    </message>
    <message>
        <source>The peer reset the handshake of a connection we opened ourselves (a simultaneous open). The connection is refused and goes to CLOSED.</source>
        <translation>The peer reset the handshake of a connection we opened ourselves (a simultaneous open). The connection is refused and goes to CLOSED.</translation>
    </message>
    <message>
        <source>RST while closing: connection closed</source>
        <translation>RST while closing: connection closed</translation>
    </message>
    <message>
        <source>A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or TIME_WAIT). The connection goes to CLOSED at once.</source>
        <translation>A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or TIME_WAIT). The connection goes to CLOSED at once.</translation>
    </message>
    <message>
        <source>RST in TIME_WAIT: ignored (RFC 1337)</source>
        <translation>RST in TIME_WAIT: ignored (RFC 1337)</translation>
    </message>
    <message>
        <source>A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end TIME_WAIT early (&quot;TIME_WAIT assassination&quot;) would let old segments disturb a new connection.</source>
        <translation>A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end TIME_WAIT early (&quot;TIME_WAIT assassination&quot;) would let old segments disturb a new connection.</translation>
    </message>
    <message>
        <source>SYN on a synchronized connection: challenge ACK</source>
        <translation>SYN on a synchronized connection: challenge ACK</translation>
    </message>
    <message>
        <source>A SYN arrived on a connection that is already synchronized. It may be an old duplicate or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really restarted, it answers with a RST that ends this stale connection.</source>
        <translation>A SYN arrived on a connection that is already synchronized. It may be an old duplicate or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really restarted, it answers with a RST that ends this stale connection.</translation>
    </message>
    <message>
        <source>SYN on a synchronized connection: reset (old rule)</source>
        <translation>SYN on a synchronized connection: reset (old rule)</translation>
    </message>
    <message>
        <source>A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an error: TCP sends a RST and resets the connection.</source>
        <translation>A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an error: TCP sends a RST and resets the connection.</translation>
    </message>
    <message>
        <source>duplicate SYN in SYN_RECEIVED: ACK sent</source>
        <translation>duplicate SYN in SYN_RECEIVED: ACK sent</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrived again while we wait for its ACK. The server does not start a second connection; it answers with an ACK that repeats what it expects.</source>
        <translation>The client&apos;s SYN arrived again while we wait for its ACK. The server does not start a second connection; it answers with an ACK that repeats what it expects.</translation>
    </message>
    <message>
        <source>duplicate SYN in SYN_RECEIVED: SYN,ACK sent again</source>
        <translation>duplicate SYN in SYN_RECEIVED: SYN,ACK sent again</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrived again, so our SYN,ACK may have been lost. The server sends its SYN,ACK again with the same sequence number instead of starting a second connection (what Linux and BSD do).</source>
        <translation>The client&apos;s SYN arrived again, so our SYN,ACK may have been lost. The server sends its SYN,ACK again with the same sequence number instead of starting a second connection (what Linux and BSD do).</translation>
    </message>
    <message>
        <source>new SYN in TIME_WAIT: connection reopened</source>
        <translation>new SYN in TIME_WAIT: connection reopened</translation>
    </message>
    <message>
        <source>A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old connection&apos;s. The old connection ends early and the SYN starts a new one, as many systems allow.</source>
        <translation>A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old connection&apos;s. The old connection ends early and the SYN starts a new one, as many systems allow.</translation>
    </message>
    <message>
        <source>segment without ACK: dropped</source>
        <translation>segment without ACK: dropped</translation>
    </message>
    <message>
        <source>A segment without the ACK flag arrived on a synchronized connection. After the handshake every segment must carry ACK, so this one is dropped.</source>
        <translation>A segment without the ACK flag arrived on a synchronized connection. After the handshake every segment must carry ACK, so this one is dropped.</translation>
    </message>
    <message>
        <source>ACK of our SYN,ACK: connection established</source>
        <translation>ACK of our SYN,ACK: connection established</translation>
    </message>
    <message>
        <source>The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The 3-way handshake is complete and the connection is ESTABLISHED.</source>
        <translation>The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The 3-way handshake is complete and the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <source>wrong ACK in SYN_RECEIVED: RST sent</source>
        <translation>wrong ACK in SYN_RECEIVED: RST sent</translation>
    </message>
    <message>
        <source>A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.</source>
        <translation>A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.</translation>
    </message>
    <message>
        <source>ACK of new data</source>
        <translation>ACK of new data</translation>
    </message>
    <message>
        <source>The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing is left unacknowledged, the retransmission timer stops.</source>
        <translation>The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing is left unacknowledged, the retransmission timer stops.</translation>
    </message>
    <message>
        <source>old ACK: ignored</source>
        <translation>old ACK: ignored</translation>
    </message>
    <message>
        <source>This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment is still processed.</source>
        <translation>This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment is still processed.</translation>
    </message>
    <message>
        <source>ACK of data never sent: ACK sent</source>
        <translation>ACK of data never sent: ACK sent</translation>
    </message>
    <message>
        <source>The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that shows where we really are.</source>
        <translation>The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that shows where we really are.</translation>
    </message>
    <message>
        <source>our FIN acknowledged: FIN_WAIT_2</source>
        <translation>our FIN acknowledged: FIN_WAIT_2</translation>
    </message>
    <message>
        <source>The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and wait for the peer to finish and send its own FIN.</source>
        <translation>The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and wait for the peer to finish and send its own FIN.</translation>
    </message>
    <message>
        <source>our FIN acknowledged in CLOSING: TIME_WAIT</source>
        <translation>our FIN acknowledged in CLOSING: TIME_WAIT</translation>
    </message>
    <message>
        <source>During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; we enter TIME_WAIT for 2·MSL.</source>
        <translation>During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; we enter TIME_WAIT for 2·MSL.</translation>
    </message>
    <message>
        <source>last ACK received: connection closed</source>
        <translation>last ACK received: connection closed</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so the connection goes to CLOSED and is deleted.</source>
        <translation>The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so the connection goes to CLOSED and is deleted.</translation>
    </message>
    <message>
        <source>data received in order</source>
        <translation>data received in order</translation>
    </message>
    <message>
        <source>The data starts exactly at the next byte we expect. TCP accepts it, passes it to the application and acknowledges it.</source>
        <translation>The data starts exactly at the next byte we expect. TCP accepts it, passes it to the application and acknowledges it.</translation>
    </message>
    <message>
        <source>data after the peer&apos;s FIN: ignored</source>
        <translation>data after the peer&apos;s FIN: ignored</translation>
    </message>
    <message>
        <source>Data arrived after the peer&apos;s FIN. The FIN said that no more data would come, so this data is ignored.</source>
        <translation>Data arrived after the peer&apos;s FIN. The FIN said that no more data would come, so this data is ignored.</translation>
    </message>
    <message>
        <source>data after our application closed: RST sent</source>
        <translation>data after our application closed: RST sent</translation>
    </message>
    <message>
        <source>Data arrived, but the application here has already closed and can never read it. TCP resets the connection with RST so the sender learns that its data is lost.</source>
        <translation>Data arrived, but the application here has already closed and can never read it. TCP resets the connection with RST so the sender learns that its data is lost.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN received: CLOSE_WAIT</source>
        <translation>peer&apos;s FIN received: CLOSE_WAIT</translation>
    </message>
    <message>
        <source>The peer sent FIN: it has no more data to send. We acknowledge it, tell our application (end of data) and move to CLOSE_WAIT. We may still send until our application closes.</source>
        <translation>The peer sent FIN: it has no more data to send. We acknowledge it, tell our application (end of data) and move to CLOSE_WAIT. We may still send until our application closes.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN while ours is unacknowledged: CLOSING</source>
        <translation>peer&apos;s FIN while ours is unacknowledged: CLOSING</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived while our own FIN was still unacknowledged: both sides are closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK of our FIN.</source>
        <translation>The peer&apos;s FIN arrived while our own FIN was still unacknowledged: both sides are closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK of our FIN.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN received: TIME_WAIT</source>
        <translation>peer&apos;s FIN received: TIME_WAIT</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived and our own FIN is already acknowledged. We send the last ACK and enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and so that old segments die out.</source>
        <translation>The peer&apos;s FIN arrived and our own FIN is already acknowledged. We send the last ACK and enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and so that old segments die out.</translation>
    </message>
    <message>
        <source>repeated FIN: ACK sent again</source>
        <translation>repeated FIN: ACK sent again</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived again, so our ACK of it was probably lost or late. We acknowledge it again and stay in the same state.</source>
        <translation>The peer&apos;s FIN arrived again, so our ACK of it was probably lost or late. We acknowledge it again and stay in the same state.</translation>
    </message>
    <message>
        <source>FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted</source>
        <translation>FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.</source>
        <translation>The peer&apos;s FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.</translation>
    </message>
    <message>
        <source>the application closes on end of data: FIN sent</source>
        <translation>the application closes on end of data: FIN sent</translation>
    </message>
    <message>
        <source>This application closes as soon as the peer has finished. TCP sends its FIN together with the ACK of the peer&apos;s FIN (one FIN,ACK segment) and waits in LAST_ACK.</source>
        <translation>This application closes as soon as the peer has finished. TCP sends its FIN together with the ACK of the peer&apos;s FIN (one FIN,ACK segment) and waits in LAST_ACK.</translation>
    </message>
    <message>
        <source>SYN,ACK in SYN_RECEIVED (simultaneous open): established</source>
        <translation>SYN,ACK in SYN_RECEIVED (simultaneous open): established</translation>
    </message>
    <message>
        <source>During a simultaneous open the peer&apos;s SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.</source>
        <translation>During a simultaneous open the peer&apos;s SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.</translation>
    </message>
    <message>
        <source>segment for a deleted connection: left to the host</source>
        <translation>segment for a deleted connection: left to the host</translation>
    </message>
    <message>
        <source>The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.</source>
        <translation>The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.</translation>
    </message>
    <message>
        <source>ACK sent</source>
        <extracomment>Short reason: an acknowledgement segment was sent.</extracomment>
        <translation>ACK sent</translation>
    </message>
    <message>
        <source>TCP acknowledges what it received: the ACK number is the next byte it expects.</source>
        <translation>TCP acknowledges what it received: the ACK number is the next byte it expects.</translation>
    </message>
    <message>
        <source>the peer&apos;s window is full: waiting</source>
        <translation>the peer&apos;s window is full: waiting</translation>
    </message>
    <message>
        <source>The peer&apos;s receive window is full, so TCP must not send more for now. The data waits until an ACK opens the window again.</source>
        <translation>The peer&apos;s receive window is full, so TCP must not send more for now. The data waits until an ACK opens the window again.</translation>
    </message>
    <message>
        <source>retransmission timeout: SYN sent again</source>
        <translation>retransmission timeout: SYN sent again</translation>
    </message>
    <message>
        <source>No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been lost, so it is sent again with the same sequence number (the same ISN).</source>
        <translation>No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been lost, so it is sent again with the same sequence number (the same ISN).</translation>
    </message>
    <message>
        <source>retransmission timeout: SYN,ACK sent again</source>
        <translation>retransmission timeout: SYN,ACK sent again</translation>
    </message>
    <message>
        <source>The last ACK of the handshake did not arrive before the timeout. The server sends its SYN,ACK again, unchanged.</source>
        <translation>The last ACK of the handshake did not arrive before the timeout. The server sends its SYN,ACK again, unchanged.</translation>
    </message>
    <message>
        <source>retransmission timeout: data sent again</source>
        <translation>retransmission timeout: data sent again</translation>
    </message>
    <message>
        <source>The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged segment again, from SND.UNA.</source>
        <translation>The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged segment again, from SND.UNA.</translation>
    </message>
    <message>
        <source>retransmission timeout: FIN sent again</source>
        <translation>retransmission timeout: FIN sent again</translation>
    </message>
    <message>
        <source>Our FIN was not acknowledged before the timeout. It is sent again with the same sequence number.</source>
        <translation>Our FIN was not acknowledged before the timeout. It is sent again with the same sequence number.</translation>
    </message>
    <message>
        <source>timeout doubled (exponential backoff)</source>
        <translation>timeout doubled (exponential backoff)</translation>
    </message>
    <message>
        <source>After a timeout, the next wait is twice as long (exponential backoff), so that a slow or broken path is not flooded with copies.</source>
        <translation>After a timeout, the next wait is twice as long (exponential backoff), so that a slow or broken path is not flooded with copies.</translation>
    </message>
    <message>
        <source>the SYN was sent more than once: the data timeout starts at 3 s</source>
        <translation>the SYN was sent more than once: the data timeout starts at 3 s</translation>
    </message>
    <message>
        <source>Because the SYN had to be retransmitted, its round trip could not be measured reliably, so the retransmission timeout for data starts at 3 seconds.</source>
        <translation>Because the SYN had to be retransmitted, its round trip could not be measured reliably, so the retransmission timeout for data starts at 3 seconds.</translation>
    </message>
    <message>
        <source>SYN never answered after all retries: gave up</source>
        <translation>SYN never answered after all retries: gave up</translation>
    </message>
    <message>
        <source>The SYN was retransmitted as often as allowed and never answered. TCP gives up: the connection is aborted without sending anything and the application is told that it timed out.</source>
        <translation>The SYN was retransmitted as often as allowed and never answered. TCP gives up: the connection is aborted without sending anything and the application is told that it timed out.</translation>
    </message>
    <message>
        <source>SYN,ACK never acknowledged after all retries: gave up</source>
        <translation>SYN,ACK never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <source>The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The server gives up on this half-open connection and deletes it without sending anything.</source>
        <translation>The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The server gives up on this half-open connection and deletes it without sending anything.</translation>
    </message>
    <message>
        <source>data never acknowledged after all retries: gave up</source>
        <translation>data never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <source>The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and aborts the connection without sending anything; the application is told that it timed out.</source>
        <translation>The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and aborts the connection without sending anything; the application is told that it timed out.</translation>
    </message>
    <message>
        <source>2·MSL elapsed: TIME_WAIT is over</source>
        <translation>2·MSL elapsed: TIME_WAIT is over</translation>
    </message>
    <message>
        <source>TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the connection is finally CLOSED.</source>
        <translation>TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the connection is finally CLOSED.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer expired: connection deleted</source>
        <translation>FIN_WAIT_2 timer expired: connection deleted</translation>
    </message>
    <message>
        <source>The peer never sent its FIN. This host does not wait forever for a connection its application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.</source>
        <translation>The peer never sent its FIN. This host does not wait forever for a connection its application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.</translation>
    </message>
    <message>
        <source>FIN never acknowledged after all retries: gave up</source>
        <translation>FIN never acknowledged after all retries: gave up</translation>
    </message>
    <message>
        <source>Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.</source>
        <translation>Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.</translation>
    </message>
    <message>
        <source>delivered by the network</source>
        <translation>delivered by the network</translation>
    </message>
    <message>
        <source>The network delivered the segment to the other host after the one-way delay.</source>
        <translation>The network delivered the segment to the other host after the one-way delay.</translation>
    </message>
    <message>
        <source>lost: dropped by a lesson fault</source>
        <translation>lost: dropped by a lesson fault</translation>
    </message>
    <message>
        <source>The lesson (or you) told the network to drop this segment, to show what TCP does when a segment is lost. The sender is not told; only a timeout will reveal the loss.</source>
        <translation>The lesson (or you) told the network to drop this segment, to show what TCP does when a segment is lost. The sender is not told; only a timeout will reveal the loss.</translation>
    </message>
    <message>
        <source>lost: random loss</source>
        <translation>lost: random loss</translation>
    </message>
    <message>
        <source>The network lost this segment at random (the lesson&apos;s loss rate). The sender is not told; only a timeout will reveal the loss.</source>
        <translation>The network lost this segment at random (the lesson&apos;s loss rate). The sender is not told; only a timeout will reveal the loss.</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>The client as a noun inside a sentence (&quot;the client receives ...&quot;).</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>The server as a noun inside a sentence (&quot;the server receives ...&quot;).</extracomment>
        <translation>server</translation>
    </message>
    <message>
        <source> (retransmission)</source>
        <extracomment>Marks a segment label as a retransmission: &quot;SYN seq=100 (retransmission)&quot;.</extracomment>
        <translation> (retransmission)</translation>
    </message>
    <message>
        <source> (crafted)</source>
        <extracomment>Marks a segment the lesson crafted and injected: &quot;RST seq=90 (crafted)&quot;.</extracomment>
        <translation> (crafted)</translation>
    </message>
    <message>
        <source>The %1 receives %2 and answers with %3.</source>
        <translation>The %1 receives %2 and answers with %3.</translation>
    </message>
    <message>
        <source>The %1 receives %2.</source>
        <translation>The %1 receives %2.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires, so it sends %3.</source>
        <extracomment>%1 host, %2 timer name, %3 segment labels.</extracomment>
        <translation>The %1&apos;s %2 expires, so it sends %3.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires.</source>
        <translation>The %1&apos;s %2 expires.</translation>
    </message>
    <message>
        <source>The lesson puts the crafted segment %1 on the wire towards the %2.</source>
        <translation>The lesson puts the crafted segment %1 on the wire towards the %2.</translation>
    </message>
    <message>
        <source>The %1 answers with %2.</source>
        <translation>The %1 answers with %2.</translation>
    </message>
    <message>
        <source>The %1 reboots.</source>
        <translation>The %1 reboots.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application hands %n byte(s) to send().</source>
        <translation>
            <numerusform>The %1&apos;s application hands %n byte to send().</numerusform>
            <numerusform>The %1&apos;s application hands %n bytes to send().</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application calls %2.</source>
        <extracomment>%1 host, %2 a call such as connect().</extracomment>
        <translation>The %1&apos;s application calls %2.</translation>
    </message>
    <message>
        <source>The %1 sends %2.</source>
        <translation>The %1 sends %2.</translation>
    </message>
    <message>
        <source>The network drops the %1&apos;s segment %2, as the lesson says.</source>
        <translation>The network drops the %1&apos;s segment %2, as the lesson says.</translation>
    </message>
    <message>
        <source>The network loses the %1&apos;s segment %2 at random.</source>
        <translation>The network loses the %1&apos;s segment %2 at random.</translation>
    </message>
    <message>
        <source>The network drops the %1&apos;s segment %2, as you asked.</source>
        <translation>The network drops the %1&apos;s segment %2, as you asked.</translation>
    </message>
    <message>
        <source>The %1 goes from %2 to %3.</source>
        <extracomment>%1 host, %2 and %3 state names such as SYN_SENT.</extracomment>
        <translation>The %1 goes from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application receives %n byte(s).</source>
        <translation>
            <numerusform>The %1&apos;s application receives %n byte.</numerusform>
            <numerusform>The %1&apos;s application receives %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application is told: %2.</source>
        <extracomment>%1 host, %2 what the application is told, e.g. &quot;connection established&quot;.</extracomment>
        <translation>The %1&apos;s application is told: %2.</translation>
    </message>
    <message>
        <source>The %1 sets its %2 to expire at %3.</source>
        <extracomment>%1 host, %2 timer name, %3 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>The %1 sets its %2 to expire at %3.</translation>
    </message>
    <message>
        <source>The %1 stops its %2.</source>
        <translation>The %1 stops its %2.</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>Event list, kind column: a user call such as connect().</extracomment>
        <translation>call</translation>
    </message>
    <message>
        <source>state</source>
        <extracomment>Event list, kind column: a state change.</extracomment>
        <translation>state</translation>
    </message>
    <message>
        <source>send</source>
        <extracomment>Event list, kind column: a segment sent.</extracomment>
        <translation>send</translation>
    </message>
    <message>
        <source>inject</source>
        <extracomment>Event list, kind column: a crafted segment put on the wire.</extracomment>
        <translation>inject</translation>
    </message>
    <message>
        <source>arrive</source>
        <extracomment>Event list, kind column: a segment arrived at a host.</extracomment>
        <translation>arrive</translation>
    </message>
    <message>
        <source>lost</source>
        <extracomment>Event list, kind column: the network lost a segment.</extracomment>
        <translation>lost</translation>
    </message>
    <message>
        <source>timer</source>
        <extracomment>Event list, kind column: a timer set, stopped or expired.</extracomment>
        <translation>timer</translation>
    </message>
    <message>
        <source>notify</source>
        <extracomment>Event list, kind column: something told to the application.</extracomment>
        <translation>notify</translation>
    </message>
    <message>
        <source>note</source>
        <extracomment>Event list, kind column: a decision with no other effect (segment discarded ...).</extracomment>
        <translation>note</translation>
    </message>
    <message numerus="yes">
        <source>send(), %n byte(s)</source>
        <translation>
            <numerusform>send(), %n byte</numerusform>
            <numerusform>send(), %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set, expires at %2</source>
        <extracomment>%1 timer name, %2 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>%1 set, expires at %2</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stopped</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 expired</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) received</source>
        <translation>
            <numerusform>%n byte received</numerusform>
            <numerusform>%n bytes received</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize: the flag that opens a connection and carries the initial sequence number.</source>
        <translation>Synchronize: the flag that opens a connection and carries the initial sequence number.</translation>
    </message>
    <message>
        <source>Each side sends one SYN when the connection opens. It carries that side&apos;s initial sequence number (ISN) and, like a byte of data, uses one sequence number, so it must be acknowledged: the answer&apos;s ack is ISN + 1.</source>
        <translation>Each side sends one SYN when the connection opens. It carries that side&apos;s initial sequence number (ISN) and, like a byte of data, uses one sequence number, so it must be acknowledged: the answer&apos;s ack is ISN + 1.</translation>
    </message>
    <message>
        <source>Acknowledgement: the flag saying that the acknowledgement number is valid.</source>
        <translation>Acknowledgement: the flag saying that the acknowledgement number is valid.</translation>
    </message>
    <message>
        <source>With ACK set, the acknowledgement number names the byte the sender expects next: everything before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no sequence number, so it is never acknowledged itself.</source>
        <translation>With ACK set, the acknowledgement number names the byte the sender expects next: everything before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no sequence number, so it is never acknowledged itself.</translation>
    </message>
    <message>
        <source>Finish: the sender has no more data to send.</source>
        <translation>Finish: the sender has no more data to send.</translation>
    </message>
    <message>
        <source>Reset: drop the connection at once.</source>
        <translation>Reset: drop the connection at once.</translation>
    </message>
    <message>
        <source>A RST makes the receiver drop the connection immediately, without the FIN exchange; data not yet delivered is lost. It answers segments that belong to no connection, and an application that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it is never answered.</source>
        <translation>A RST makes the receiver drop the connection immediately, without the FIN exchange; data not yet delivered is lost. It answers segments that belong to no connection, and an application that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it is never answered.</translation>
    </message>
    <message>
        <source>Push: hand the data to the application without waiting.</source>
        <translation>Push: hand the data to the application without waiting.</translation>
    </message>
    <message>
        <source>PSH asks the receiver to pass the data to the application now instead of collecting more. It does not change the connection&apos;s state, and lesson faults ignore it.</source>
        <translation>PSH asks the receiver to pass the data to the application now instead of collecting more. It does not change the connection&apos;s state, and lesson faults ignore it.</translation>
    </message>
    <message>
        <source>Initial sequence number: the first sequence number a side uses, carried by its SYN.</source>
        <translation>Initial sequence number: the first sequence number a side uses, carried by its SYN.</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>The number of the first byte in a segment; SYN and FIN count as one byte each.</source>
        <translation>The number of the first byte in a segment; SYN and FIN count as one byte each.</translation>
    </message>
    <message>
        <source>TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put data in order, to drop duplicates and to say what it has received. The arithmetic is modulo 2^32, so the numbers wrap around.</source>
        <translation>TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put data in order, to drop duplicates and to say what it has received. The arithmetic is modulo 2^32, so the numbers wrap around.</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>Acknowledgement number</translation>
    </message>
    <message>
        <source>The next sequence number the sender of the ACK expects to receive.</source>
        <translation>The next sequence number the sender of the ACK expects to receive.</translation>
    </message>
    <message>
        <source>Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and sends it again if no acknowledgement comes in time.</source>
        <translation>Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and sends it again if no acknowledgement comes in time.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>How many more bytes the receiver is ready to accept.</source>
        <translation>How many more bytes the receiver is ready to accept.</translation>
    </message>
    <message>
        <source>Every segment advertises its sender&apos;s receive window. The other side may send only that many bytes beyond the last acknowledged one; a full window makes it wait. The window also decides which sequence numbers of an arriving segment are acceptable.</source>
        <translation>Every segment advertises its sender&apos;s receive window. The other side may send only that many bytes beyond the last acknowledged one; a full window makes it wait. The window also decides which sequence numbers of an arriving segment are acceptable.</translation>
    </message>
    <message>
        <source>Retransmission timeout: how long TCP waits for an acknowledgement before sending again.</source>
        <translation>Retransmission timeout: how long TCP waits for an acknowledgement before sending again.</translation>
    </message>
    <message>
        <source>The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + 4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries TCP gives up the connection.</source>
        <translation>The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + 4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries TCP gives up the connection.</translation>
    </message>
    <message>
        <source>Maximum segment lifetime: the longest time a segment is assumed to survive in the network.</source>
        <translation>Maximum segment lifetime: the longest time a segment is assumed to survive in the network.</translation>
    </message>
    <message>
        <source>The length of TIME_WAIT: twice the maximum segment lifetime.</source>
        <translation>The length of TIME_WAIT: twice the maximum segment lifetime.</translation>
    </message>
    <message>
        <source>Twice the MSL leaves time for our last ACK to be lost and for the peer&apos;s retransmitted FIN to arrive, and for every old segment of the connection, in both directions, to die out before the same ports are used again.</source>
        <translation>Twice the MSL leaves time for our last ACK to be lost and for the peer&apos;s retransmitted FIN to arrive, and for every old segment of the connection, in both directions, to die out before the same ports are used again.</translation>
    </message>
    <message>
        <source>Half-open connection</source>
        <translation>Half-open connection</translation>
    </message>
    <message>
        <source>One side still believes the connection is open while the other has forgotten it.</source>
        <translation>One side still believes the connection is open while the other has forgotten it.</translation>
    </message>
    <message>
        <source>This happens when a host crashes or reboots without closing. The survivor finds out only when it sends something: the other side has no such connection and answers with RST. (The name is also used for a handshake still waiting for its last ACK.)</source>
        <translation>This happens when a host crashes or reboots without closing. The survivor finds out only when it sends something: the other side has no such connection and answers with RST. (The name is also used for a handshake still waiting for its last ACK.)</translation>
    </message>
    <message>
        <source>Half-closed connection</source>
        <translation>Half-closed connection</translation>
    </message>
    <message>
        <source>One direction is closed by a FIN; the other still carries data.</source>
        <translation>One direction is closed by a FIN; the other still carries data.</translation>
    </message>
    <message>
        <source>After one side sends FIN (shutdown or close), the other may go on sending until it closes too. The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and may still send.</source>
        <translation>After one side sends FIN (shutdown or close), the other may go on sending until it closes too. The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and may still send.</translation>
    </message>
    <message>
        <source>There is no connection (no TCB). A segment that arrives for it is answered with RST, unless it is a RST itself.</source>
        <translation>There is no connection (no TCB). A segment that arrives for it is answered with RST, unless it is a RST itself.</translation>
    </message>
    <message>
        <source>A server&apos;s socket waits for SYNs on its port. Each SYN starts a new connection in SYN_RECEIVED; the listening socket itself stays in LISTEN.</source>
        <translation>A server&apos;s socket waits for SYNs on its port. Each SYN starts a new connection in SYN_RECEIVED; the listening socket itself stays in LISTEN.</translation>
    </message>
    <message>
        <source>After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends the SYN again.</source>
        <translation>After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends the SYN again.</translation>
    </message>
    <message>
        <source>A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.</source>
        <translation>A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.</translation>
    </message>
    <message>
        <source>Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends FIN (close) or RST (abort).</source>
        <translation>Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends FIN (close) or RST (abort).</translation>
    </message>
    <message>
        <source>Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; the peer&apos;s FIN before that ACK leads to CLOSING; both in one segment lead straight to TIME_WAIT.</source>
        <translation>Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; the peer&apos;s FIN before that ACK leads to CLOSING; both in one segment lead straight to TIME_WAIT.</translation>
    </message>
    <message>
        <source>Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, which leads to TIME_WAIT. If the peer never closes, some systems end a connection its application has left with a timer.</source>
        <translation>Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, which leads to TIME_WAIT. If the peer never closes, some systems end a connection its application has left with a timer.</translation>
    </message>
    <message>
        <source>The peer sent FIN and we acknowledged it; our application has been told (end of data) and may still send. The connection stays here until our application calls close(): an application that never does leaves it stuck.</source>
        <translation>The peer sent FIN and we acknowledged it; our application has been told (end of data) and may still send. The connection stays here until our application calls close(): an application that never does leaves it stuck.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at about the same time: the peer&apos;s FIN arrived while ours was still unacknowledged. The ACK of our FIN leads to TIME_WAIT.</source>
        <translation>Both sides sent FIN at about the same time: the peer&apos;s FIN arrived while ours was still unacknowledged. The ACK of our FIN leads to TIME_WAIT.</translation>
    </message>
    <message>
        <source>The peer closed first; then our application closed and our FIN went out. When its ACK arrives the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.</source>
        <translation>The peer closed first; then our application closed and our FIN went out. When its ACK arrives the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.</translation>
    </message>
    <message>
        <source>A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be acknowledged. The other direction stays open until the other side sends its own FIN, so a close usually takes four segments: FIN, ACK, FIN, ACK. When the second FIN rides on the ACK of the first (one FIN,ACK), it takes three.</source>
        <translation>A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be acknowledged. The other direction stays open until the other side sends its own FIN, so a close usually takes four segments: FIN, ACK, FIN, ACK. When the second FIN rides on the ACK of the first (one FIN,ACK), it takes three.</translation>
    </message>
    <message>
        <source>Each side picks its own ISN when the connection opens: a clock plus a secret hash of the connection&apos;s addresses and ports (RFC 9293 §3.4.1). So segments of an old connection on the same ports are not taken for new ones, and an attacker outside the connection finds the number hard to predict.</source>
        <translation>Each side picks its own ISN when the connection opens: a clock plus a secret hash of the connection&apos;s addresses and ports (RFC 9293 §3.4.1). So segments of an old connection on the same ports are not taken for new ones, and an attacker outside the connection finds the number hard to predict.</translation>
    </message>
    <message>
        <source>Challenge ACK</source>
        <translation>Challenge ACK</translation>
    </message>
    <message>
        <source>An ACK sent instead of obeying a suspicious RST or SYN (RFC 5961).</source>
        <translation>An ACK sent instead of obeying a suspicious RST or SYN (RFC 5961).</translation>
    </message>
    <message>
        <source>A RST whose sequence number is inside the window but not exactly the next one expected, or a SYN on a synchronized connection, might be forged. Instead of resetting, TCP answers with an ACK that states the numbers it really expects. A genuine peer that did lose the connection replies with a RST carrying exactly that number; a blind attacker cannot.</source>
        <translation>A RST whose sequence number is inside the window but not exactly the next one expected, or a SYN on a synchronized connection, might be forged. Instead of resetting, TCP answers with an ACK that states the numbers it really expects. A genuine peer that did lose the connection replies with a RST carrying exactly that number; a blind attacker cannot.</translation>
    </message>
    <message>
        <source>Synchronized state</source>
        <translation>Synchronized state</translation>
    </message>
    <message>
        <source>Any state after the handshake, in which both ISNs are known: ESTABLISHED and every closing state.</source>
        <translation>Any state after the handshake, in which both ISNs are known: ESTABLISHED and every closing state.</translation>
    </message>
    <message>
        <source>RFC 9293 calls ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK and TIME_WAIT the synchronized states: each side knows the other&apos;s sequence numbers, so an unacceptable segment is answered with an ACK rather than a RST.</source>
        <translation>RFC 9293 calls ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK and TIME_WAIT the synchronized states: each side knows the other&apos;s sequence numbers, so an unacceptable segment is answered with an ACK rather than a RST.</translation>
    </message>
    <message>
        <source>Transmission control block (TCB)</source>
        <translation>Transmission control block (TCB)</translation>
    </message>
    <message>
        <source>The record a host keeps for one connection: its state, numbers and timers.</source>
        <translation>The record a host keeps for one connection: its state, numbers and timers.</translation>
    </message>
    <message>
        <source>The TCB holds the connection&apos;s addresses and ports, its state, the send variables (SND.UNA, SND.NXT, SND.WND, ISS), the receive variables (RCV.NXT, RCV.WND, IRS), the retransmission queue and the timers. A connection in CLOSED has no TCB: deleting it is what closing means.</source>
        <translation>The TCB holds the connection&apos;s addresses and ports, its state, the send variables (SND.UNA, SND.NXT, SND.WND, ISS), the receive variables (RCV.NXT, RCV.WND, IRS), the retransmission queue and the timers. A connection in CLOSED has no TCB: deleting it is what closing means.</translation>
    </message>
    <message>
        <source>Maximum segment size (MSS)</source>
        <translation>Maximum segment size (MSS)</translation>
    </message>
    <message>
        <source>The most data bytes one segment may carry, announced in the SYN.</source>
        <translation>The most data bytes one segment may carry, announced in the SYN.</translation>
    </message>
    <message>
        <source>Each side announces in its SYN the largest segment it wants to receive. The sender cuts the application&apos;s data into segments of at most that many bytes; headers are not counted.</source>
        <translation>Each side announces in its SYN the largest segment it wants to receive. The sender cuts the application&apos;s data into segments of at most that many bytes; headers are not counted.</translation>
    </message>
    <message>
        <source>The smoothed round-trip time and its variation, from which the RTO is computed.</source>
        <translation>The smoothed round-trip time and its variation, from which the RTO is computed.</translation>
    </message>
    <message>
        <source>Each acknowledged segment that was sent only once gives a round-trip sample. TCP keeps a moving average (SRTT) and the average deviation (RTTVAR) and sets RTO = SRTT + 4·RTTVAR (RFC 6298). A retransmitted segment gives no sample, since its ACK may answer either copy.</source>
        <translation>Each acknowledged segment that was sent only once gives a round-trip sample. TCP keeps a moving average (SRTT) and the average deviation (RTTVAR) and sets RTO = SRTT + 4·RTTVAR (RFC 6298). A retransmitted segment gives no sample, since its ACK may answer either copy.</translation>
    </message>
    <message>
        <source>The ISN this side sent (ISS) and the one it received from the peer (IRS).</source>
        <translation>The ISN this side sent (ISS) and the one it received from the peer (IRS).</translation>
    </message>
    <message>
        <source>RFC 9293 names the two initial sequence numbers from one endpoint&apos;s point of view: the initial send sequence number (ISS), carried by its own SYN, and the initial receive sequence number (IRS), learnt from the peer&apos;s SYN. The client&apos;s ISS is the server&apos;s IRS and the other way round.</source>
        <translation>RFC 9293 names the two initial sequence numbers from one endpoint&apos;s point of view: the initial send sequence number (ISS), carried by its own SYN, and the initial receive sequence number (IRS), learnt from the peer&apos;s SYN. The client&apos;s ISS is the server&apos;s IRS and the other way round.</translation>
    </message>
    <message>
        <source>The side that sent the first FIN (after a simultaneous close: both sides) waits 2·MSL after acknowledging the peer&apos;s FIN. If that last ACK was lost, the peer&apos;s FIN comes again and is acknowledged again; and the old segments of the connection die out before its ports are used again.</source>
        <translation>The side that sent the first FIN (after a simultaneous close: both sides) waits 2·MSL after acknowledging the peer&apos;s FIN. If that last ACK was lost, the peer&apos;s FIN comes again and is acknowledged again; and the old segments of the connection die out before its ports are used again.</translation>
    </message>
    <message>
        <source>the lesson drops it</source>
        <extracomment>Why a segment was lost: the lesson file drops it.</extracomment>
        <translation>the lesson drops it</translation>
    </message>
    <message>
        <source>random loss</source>
        <extracomment>Why a segment was lost: the lesson&apos;s random loss.</extracomment>
        <translation>random loss</translation>
    </message>
    <message>
        <source>dropped by you</source>
        <extracomment>Why a segment was lost: the user dropped it in the app.</extracomment>
        <translation>dropped by you</translation>
    </message>
    <message>
        <source>lost (%1)</source>
        <extracomment>A lost segment and why, e.g. &quot;lost (random loss)&quot;.</extracomment>
        <translation>lost (%1)</translation>
    </message>
    <message>
        <source>The application aborted the connection. In this state RFC 9293 sends no RST: in LISTEN and SYN_SENT the peer has no synchronized connection to reset, and in CLOSING, LAST_ACK and TIME_WAIT both FINs have already been sent. The connection just goes to CLOSED.</source>
        <translation>The application aborted the connection. In this state RFC 9293 sends no RST: in LISTEN and SYN_SENT the peer has no synchronized connection to reset, and in CLOSING, LAST_ACK and TIME_WAIT both FINs have already been sent. The connection just goes to CLOSED.</translation>
    </message>
    <message>
        <source>In textbooks also: %1</source>
        <extracomment>Under a glossary term: the names textbooks also use for it, e.g. &quot;순서 번호; 일련번호&quot;.</extracomment>
        <translation>In textbooks also: %1</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <extracomment>The timer that holds back an ACK for a short while (delayed ACK, Linux profile).</extracomment>
        <translation>delayed-ACK timer</translation>
    </message>
    <message>
        <source>delayed ACK sent</source>
        <translation>delayed ACK sent</translation>
    </message>
    <message>
        <source>Linux held this ACK back for a short while (the delayed-ACK timeout, 40 ms at first) in case it could ride on a segment of its own. Nothing else left in that time, so the ACK goes out alone. At the start of a connection Linux ACKs data at once (quick-ACK mode); after the peer&apos;s FIN it waits, hoping to send its own FIN with the ACK.</source>
        <translation>Linux held this ACK back for a short while (the delayed-ACK timeout, 40 ms at first) in case it could ride on a segment of its own. Nothing else left in that time, so the ACK goes out alone. At the start of a connection Linux ACKs data at once (quick-ACK mode); after the peer&apos;s FIN it waits, hoping to send its own FIN with the ACK.</translation>
    </message>
    <message>
        <source>Linux resets with RST,ACK</source>
        <translation>Linux resets with RST,ACK</translation>
    </message>
    <message>
        <source>Linux sends this reset with the ACK flag on: its sequence number is SND.NXT and its ACK number is RCV.NXT, everything this side received. RFC 9293 only asks for a bare RST; the peer accepts either.</source>
        <translation>Linux sends this reset with the ACK flag on: its sequence number is SND.NXT and its ACK number is RCV.NXT, everything this side received. RFC 9293 only asks for a bare RST; the peer accepts either.</translation>
    </message>
    <message>
        <source>SYN sent again; Linux keeps the timeout (linear SYN timeouts)</source>
        <translation>SYN sent again; Linux keeps the timeout (linear SYN timeouts)</translation>
    </message>
    <message>
        <source>No SYN,ACK came back, so the SYN is sent again. Linux does not double the timeout for the first few SYN retransmissions (tcp_syn_linear_timeouts, 4 by default): they follow each other one initial RTO apart, and only then does the wait double.</source>
        <translation>No SYN,ACK came back, so the SYN is sent again. Linux does not double the timeout for the first few SYN retransmissions (tcp_syn_linear_timeouts, 4 by default): they follow each other one initial RTO apart, and only then does the wait double.</translation>
    </message>
    <message>
        <source>the SYN&apos;s time budget is spent: gave up</source>
        <translation>the SYN&apos;s time budget is spent: gave up</translation>
    </message>
    <message>
        <source>the data&apos;s time budget is spent: gave up</source>
        <translation>the data&apos;s time budget is spent: gave up</translation>
    </message>
    <message>
        <source>Linux counts data retries in time, not in segments: tcp_retries2 = n allows as long as n doubling timeouts from 200 ms would take, measured from the first transmission. The timer fired after that, so the connection is aborted without sending anything and the application is told that it timed out.</source>
        <translation>Linux counts data retries in time, not in segments: tcp_retries2 = n allows as long as n doubling timeouts from 200 ms would take, measured from the first transmission. The timer fired after that, so the connection is aborted without sending anything and the application is told that it timed out.</translation>
    </message>
    <message>
        <source>tail loss probe: the last segment sent again</source>
        <translation>tail loss probe: the last segment sent again</translation>
    </message>
    <message>
        <source>Linux sends a tail loss probe: nothing was acknowledged for about two round trips, so it sends the last segment again before the retransmission timeout, without doubling the timeout and without counting a retry. The probe&apos;s ACK reveals a loss quickly.</source>
        <translation>Linux sends a tail loss probe: nothing was acknowledged for about two round trips, so it sends the last segment again before the retransmission timeout, without doubling the timeout and without counting a retry. The probe&apos;s ACK reveals a loss quickly.</translation>
    </message>
    <message>
        <source>round trip measured on a retransmission (timestamps)</source>
        <translation>round trip measured on a retransmission (timestamps)</translation>
    </message>
    <message>
        <source>The acknowledged segment had been sent twice. Without more information TCP could not tell which copy was answered and would not measure it (Karn&apos;s rule); with TCP timestamps the ACK echoes the copy&apos;s time, so Linux measures the round trip anyway. After a lost SYN, data therefore does not start with a 3-second timeout.</source>
        <translation>The acknowledged segment had been sent twice. Without more information TCP could not tell which copy was answered and would not measure it (Karn&apos;s rule); with TCP timestamps the ACK echoes the copy&apos;s time, so Linux measures the round trip anyway. After a lost SYN, data therefore does not start with a 3-second timeout.</translation>
    </message>
    <message>
        <source>Linux RTO: SRTT plus at least 200 ms</source>
        <translation>Linux RTO: SRTT plus at least 200 ms</translation>
    </message>
    <message>
        <source>Linux puts its 200 ms minimum on the variance part of the timeout, not on the whole: RTO = SRTT + max(4·RTTVAR, 200 ms). With a steady round trip of 100 ms the timeout is about 300 ms, where RFC 6298 with the same minimum would give 200 ms.</source>
        <translation>Linux puts its 200 ms minimum on the variance part of the timeout, not on the whole: RTO = SRTT + max(4·RTTVAR, 200 ms). With a steady round trip of 100 ms the timeout is about 300 ms, where RFC 6298 with the same minimum would give 200 ms.</translation>
    </message>
    <message>
        <source>ACK held back: rate limit for invalid segments</source>
        <translation>ACK held back: rate limit for invalid segments</translation>
    </message>
    <message>
        <source>This segment would normally be answered with an ACK, but this host already sent such an answer moments ago. Like Linux (tcp_invalid_ratelimit, 500 ms), it answers invalid segments without data at most once per interval, so two confused hosts cannot keep each other busy with an endless ACK storm.</source>
        <translation>This segment would normally be answered with an ACK, but this host already sent such an answer moments ago. Like Linux (tcp_invalid_ratelimit, 500 ms), it answers invalid segments without data at most once per interval, so two confused hosts cannot keep each other busy with an endless ACK storm.</translation>
    </message>
    <message>
        <source>challenge ACK held back: too many this second</source>
        <translation>challenge ACK held back: too many this second</translation>
    </message>
    <message>
        <source>A challenge ACK is due, but this connection has already sent as many as it may in one second. RFC 5961 asks for such a throttle so that an attacker cannot turn a host into an ACK generator.</source>
        <translation>A challenge ACK is due, but this connection has already sent as many as it may in one second. RFC 5961 asks for such a throttle so that an attacker cannot turn a host into an ACK generator.</translation>
    </message>
    <message>
        <source>run stopped: too many events</source>
        <translation>run stopped: too many events</translation>
    </message>
    <message>
        <source>The simulation stops a run that grows beyond what one run may hold, so that the program stays responsive. What happened so far is shown; later events are not simulated.</source>
        <translation>The simulation stops a run that grows beyond what one run may hold, so that the program stays responsive. What happened so far is shown; later events are not simulated.</translation>
    </message>
    <message>
        <source>run stopped: too many segments on the way</source>
        <translation>run stopped: too many segments on the way</translation>
    </message>
    <message>
        <source>More segments were travelling at once than one run may hold, so the simulation stopped here. What happened so far is shown; later events are not simulated.</source>
        <translation>More segments were travelling at once than one run may hold, so the simulation stopped here. What happened so far is shown; later events are not simulated.</translation>
    </message>
    <message>
        <source>run stopped: time stood still</source>
        <translation>run stopped: time stood still</translation>
    </message>
    <message>
        <source>The hosts kept reacting to each other without any simulated time passing, so the run could never end by itself. The simulation stopped it here.</source>
        <translation>The hosts kept reacting to each other without any simulated time passing, so the run could never end by itself. The simulation stopped it here.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 events, the most one run may have</source>
        <extracomment>%1 is a number such as &quot;1,000,000&quot;.</extracomment>
        <translation>The run was stopped after %1 events, the most one run may have</translation>
    </message>
    <message>
        <source>The run was stopped with %1 segments on the way at once, the most one run may have</source>
        <translation>The run was stopped with %1 segments on the way at once, the most one run may have</translation>
    </message>
    <message>
        <source>The run was stopped after %1 events at the same instant: simulated time stood still</source>
        <translation>The run was stopped after %1 events at the same instant: simulated time stood still</translation>
    </message>
    <message>
        <source>Likely cause: the two ends keep answering each other&apos;s ACKs — an ACK storm. Real stacks limit how often they send such ACKs (RFC 5961 §7, Linux tcp_invalid_ratelimit).</source>
        <translation>Likely cause: the two ends keep answering each other&apos;s ACKs — an ACK storm. Real stacks limit how often they send such ACKs (RFC 5961 §7, Linux tcp_invalid_ratelimit).</translation>
    </message>
    <message>
        <source>Likely cause: most segments arrive more than once (a duplicate fault) and every copy is answered, so the segments multiply.</source>
        <translation>Likely cause: most segments arrive more than once (a duplicate fault) and every copy is answered, so the segments multiply.</translation>
    </message>
    <message>
        <source>Likely cause: the lesson sends more data than one run can show; send fewer bytes or use a larger MSS.</source>
        <translation>Likely cause: the lesson sends more data than one run can show; send fewer bytes or use a larger MSS.</translation>
    </message>
    <message>
        <source>Likely cause: the lesson asks for more work than one run can show.</source>
        <translation>Likely cause: the lesson asks for more work than one run can show.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 says which limit stopped the run, %2 the likely cause (a sentence).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The network loses the %1&apos;s %2.</source>
        <extracomment>Short caption of a lost segment: %1 the sending host, %2 flags such as SYN,ACK.</extracomment>
        <translation>The network loses the %1&apos;s %2.</translation>
    </message>
    <message>
        <source>A crafted %1 goes towards the %2.</source>
        <extracomment>Short caption: the lesson puts a crafted segment (%1: flags) on the wire towards host %2.</extracomment>
        <translation>A crafted %1 goes towards the %2.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>Short caption (at most ~80 characters): %1 host name such as &quot;Server&quot;, %2 why (a short reason such as &quot;received SYN on a listening socket&quot;), %3 the state it reaches.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Short caption without a state change: %1 host name, %2 why (a short reason).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The %1&apos;s segment %2 must have been lost: it was sent again (inferred from the capture).</source>
        <extracomment>In a capture: a loss the capture implies because the sender sent the segment again.</extracomment>
        <translation>The %1&apos;s segment %2 must have been lost: it was sent again (inferred from the capture).</translation>
    </message>
    <message>
        <source>The %1 must have gone from %2 to %3 (inferred from the capture).</source>
        <extracomment>In a capture: a state change the capture implies but cannot show. %1 host, %2 and %3 state names.</extracomment>
        <translation>The %1 must have gone from %2 to %3 (inferred from the capture).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <extracomment>%1 is the JSON reader&apos;s own description of the problem, in English.</extracomment>
        <translation>syntax error: %1</translation>
    </message>
    <message>
        <source>syntax error: unexpected NUL byte</source>
        <translation>syntax error: unexpected NUL byte</translation>
    </message>
    <message>
        <source>syntax error: unexpected end of input</source>
        <translation>syntax error: unexpected end of input</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>duplicate key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 and %2 are kinds of JSON value: &quot;a string&quot;, &quot;an object&quot;, &quot;true or false&quot;...</extracomment>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <source>out of range: %1 (allowed: %2 to %3)</source>
        <extracomment>%1 the number found, %2 and %3 the smallest and largest allowed.</extracomment>
        <translation>out of range: %1 (allowed: %2 to %3)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>expected an integer, got %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>missing required field</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>expected &quot;%1&quot;, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version %2)</source>
        <translation>unsupported version %1 (this program reads version %2)</translation>
    </message>
    <message>
        <source>must be lowercase letters a-z, digits 0-9 and &quot;-&quot;, got &quot;%1&quot;</source>
        <translation>must be lowercase letters a-z, digits 0-9 and &quot;-&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a non-empty &quot;en&quot; or &quot;ko&quot;</source>
        <extracomment>&quot;en&quot; and &quot;ko&quot; are lesson-file keys: keep them.</extracomment>
        <translation>needs a non-empty &quot;en&quot; or &quot;ko&quot;</translation>
    </message>
    <message>
        <source>expected a number or an object, got %1</source>
        <translation>expected a number or an object, got %1</translation>
    </message>
    <message>
        <source>unknown host &quot;%1&quot;</source>
        <translation>unknown host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>unknown flag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unknown group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;</source>
        <translation>unknown profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown dup_syn_reply &quot;%1&quot;</source>
        <translation>unknown dup_syn_reply &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; appears twice</source>
        <translation>flag &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>must be 0 when the ACK flag is not set</source>
        <translation>must be 0 when the ACK flag is not set</translation>
    </message>
    <message>
        <source>an &quot;inject&quot; action names its host with &quot;to&quot;, not &quot;host&quot;</source>
        <extracomment>Words in quotes are lesson-file keys and values: keep them.</extracomment>
        <translation>an &quot;inject&quot; action names its host with &quot;to&quot;, not &quot;host&quot;</translation>
    </message>
    <message>
        <source>only a &quot;send&quot; action takes &quot;bytes&quot;</source>
        <translation>only a &quot;send&quot; action takes &quot;bytes&quot;</translation>
    </message>
    <message>
        <source>only an &quot;inject&quot; action takes &quot;to&quot;</source>
        <translation>only an &quot;inject&quot; action takes &quot;to&quot;</translation>
    </message>
    <message>
        <source>only an &quot;inject&quot; action takes &quot;segment&quot;</source>
        <translation>only an &quot;inject&quot; action takes &quot;segment&quot;</translation>
    </message>
    <message>
        <source>expected [start, end], an array of 2 numbers</source>
        <translation>expected [start, end], an array of 2 numbers</translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <extracomment>%1 and %2 are times in milliseconds.</extracomment>
        <translation>start %1 is after end %2</translation>
    </message>
    <message>
        <source>needs an effect: &quot;drop&quot;: true, &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</source>
        <translation>needs an effect: &quot;drop&quot;: true, &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</source>
        <translation>cannot be combined with &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</translation>
    </message>
    <message>
        <source>expected [first, last], an array of 2 port numbers</source>
        <translation>expected [first, last], an array of 2 port numbers</translation>
    </message>
    <message>
        <source>first port %1 is after last port %2</source>
        <translation>first port %1 is after last port %2</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>rate_per_s x duration gives %1 connections, more than %2</source>
        <extracomment>rate_per_s is a lesson-file field: keep it. %1 connections, %2 the limit.</extracomment>
        <translation>rate_per_s x duration gives %1 connections, more than %2</translation>
    </message>
    <message>
        <source>a lesson with &quot;load&quot; has no &quot;actions&quot;</source>
        <extracomment>&quot;load&quot; and &quot;actions&quot; are lesson-file keys: keep them.</extracomment>
        <translation>a lesson with &quot;load&quot; has no &quot;actions&quot;</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB (%1 bytes); lesson files are limited to %2 bytes</source>
        <extracomment>%1 the file&apos;s size, %2 the limit, both in bytes.</extracomment>
        <translation>file is larger than 1 MiB (%1 bytes); lesson files are limited to %2 bytes</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s description of the error, in English.</extracomment>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 is the system&apos;s description of the error, in English.</extracomment>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>cannot read: it is a directory</source>
        <translation>cannot read: it is a directory</translation>
    </message>
    <message>
        <source>cannot read: not a regular file (a pipe, a device or a socket)</source>
        <translation>cannot read: not a regular file (a pipe, a device or a socket)</translation>
    </message>
    <message>
        <source>The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems use less (the teaching profile uses 5 s). TIME_WAIT lasts twice the MSL.</source>
        <translation>The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems use less (the teaching profile uses 5 s). TIME_WAIT lasts twice the MSL.</translation>
    </message>
    <message>
        <source>Linux counts SYN retries in time, not in segments: tcp_syn_retries = n allows as long as n doubling timeouts would take, (2^(n+1) − 1) initial RTOs. When the timer fires after that time has passed since the first SYN, the connection attempt fails with a timeout.</source>
        <translation>Linux counts SYN retries in time, not in segments: tcp_syn_retries = n allows as long as n doubling timeouts would take, (2^(n+1) − 1) initial RTOs. When the timer fires after that time has passed since the first SYN, the connection attempt fails with a timeout.</translation>
    </message>
    <message>
        <source>segment for no connection: RST sent (seq = its ACK number)</source>
        <translation>segment for no connection: RST sent (seq = its ACK number)</translation>
    </message>
</context>
<context>
    <name>hl::ui::Theme</name>
    <message>
        <source>C</source>
        <extracomment>One-letter badge for the client endpoint, shown next to its colour.</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>S</source>
        <extracomment>One-letter badge for the server endpoint, shown next to its colour.</extracomment>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimeAxis</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimeBreakItem</name>
    <message>
        <source>… %1 …</source>
        <extracomment>A compressed idle stretch in the sequence diagram; %1 is its real length (&quot;9.8 s&quot;).</extracomment>
        <translation>… %1 …</translation>
    </message>
    <message>
        <source>Nothing happens for %1 (from %2 to %3); the diagram shortens this stretch.</source>
        <translation>Nothing happens for %1 (from %2 to %3); the diagram shortens this stretch.</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Timeline position; step 0 is the start, before anything happened.</extracomment>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimerBracketItem</name>
    <message>
        <source>%1 left</source>
        <extracomment>Time left on a running timer in the sequence diagram; %1 is &quot;1.95 s&quot;.</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>fired at %1</source>
        <translation>fired at %1</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>cancelled at %1</translation>
    </message>
    <message>
        <source>restarted at %1</source>
        <translation>restarted at %1</translation>
    </message>
    <message>
        <source>stopped at %1: the connection closed</source>
        <translation>stopped at %1: the connection closed</translation>
    </message>
    <message>
        <source>still running when the run ended</source>
        <translation>still running when the run ended</translation>
    </message>
    <message>
        <source>%1: set at %2, due at %3; %4</source>
        <extracomment>Timer tooltip: %1 timer name, %2 when it was set, %3 when it was due to expire, %4 how it ended.</extracomment>
        <translation>%1: set at %2, due at %3; %4</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <extracomment>A timer set again while it ran (e.g. TIME_WAIT&apos;s 2·MSL after a retransmitted FIN, RFC 9293 §3.10.7.4); %1 is the timer&apos;s notation, &quot;2·MSL&quot;.</extracomment>
        <translation>%1 restarted</translation>
    </message>
</context>
<context>
    <name>hl::ui::TraceChartView</name>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Time (ms)</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
</context>
</TS>
