<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>hl::cli::Cli</name>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is a load lesson: print it with &quot;--format counts&quot;
</source>
        <extracomment>%1 is a lesson id or file name. Keep &quot;--format counts&quot; as it is.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot;은(는) 부하 레슨입니다: &quot;--format counts&quot;로 출력하세요
</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;--format counts&quot; is for load lessons; &quot;%1&quot; has no &quot;load&quot;
</source>
        <extracomment>%1 is a lesson id or file name. Keep &quot;--format counts&quot; and &quot;load&quot; as they are.</extracomment>
        <translation>handshakelab-cli: &quot;--format counts&quot;는 부하 레슨에만 쓸 수 있습니다. &quot;%1&quot;에는 &quot;load&quot;가 없습니다
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>%1 옵션에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (use teach, rfc9293, linux, bsd or windows)</source>
        <translation>알 수 없는 프로필 &quot;%1&quot; (teach, rfc9293, linux, bsd, windows 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>bad seed &quot;%1&quot; (use a whole number from 0 to 18446744073709551615)</source>
        <translation>잘못된 시드 &quot;%1&quot; (0부터 18446744073709551615까지의 정수를 쓰세요)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or ko)</source>
        <translation>알 수 없는 언어 &quot;%1&quot; (en 또는 ko를 쓰세요)</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>명령이 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 명령은 인자를 받지 않습니다</translation>
    </message>
    <message>
        <source>%1 takes exactly one argument</source>
        <translation>%1 명령에는 인자가 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is neither a built-in lesson nor a file (&quot;handshakelab-cli lessons&quot; lists the lessons)
</source>
        <translation>handshakelab-cli: &quot;%1&quot;에 해당하는 내장 레슨이나 파일이 없습니다 (레슨 목록은 &quot;handshakelab-cli lessons&quot;로 볼 수 있습니다)
</translation>
    </message>
    <message>
        <source>(The run stops at %1, the lesson&apos;s until_ms: later events are not shown.)</source>
        <extracomment>%1 is a time such as &quot;16.000 s&quot;. until_ms is a lesson-file field: keep it as is.</extracomment>
        <translation>(실행은 레슨의 until_ms인 %1에서 멈춥니다. 그 뒤의 이벤트는 보이지 않습니다.)</translation>
    </message>
    <message>
        <source>End at %1: client %2, server %3.</source>
        <extracomment>Last line of the text output: %1 time, %2 and %3 state names.</extracomment>
        <translation>%1 시점의 마지막 상태: 클라이언트 %2, 서버 %3.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <extracomment>Printed by &quot;handshakelab-cli check FILE&quot; for a valid file; %1 is the file name. Scripts read this line: keep &quot;ok&quot; untranslated.</extracomment>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated</source>
        <extracomment>Legend under the terminal sequence diagram; keep the symbols.</extracomment>
        <translation>▶ 전달됨   ✕ 손실   ↻ 재전송   ×2 복제됨</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>Column title of the time column in the terminal sequence diagram.</extracomment>
        <translation>시각</translation>
    </message>
    <message>
        <source>[crafted]</source>
        <extracomment>Marks a segment the lesson crafted and injected, in the terminal diagram.</extracomment>
        <translation>[주입]</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; cannot finish: its load would send about %2 segments, more than the %3 one run may send (lower rate_per_s, duration_ms or the bytes, or raise the mss)
</source>
        <extracomment>%1 lesson id or file name, %2 and %3 numbers of segments such as &quot;4,000,000,000&quot;.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot; 레슨은 끝날 수 없습니다: 부하가 약 %2개의 세그먼트를 보내게 되어 한 번의 실행에 허용되는 %3개를 넘습니다 (rate_per_s, duration_ms 또는 바이트 수를 줄이거나 mss를 늘리세요)
</translation>
    </message>
    <message>
        <source>%1: warning: the lesson&apos;s data needs about %2 segments; the run will be stopped at %3 events and show only its beginning
</source>
        <extracomment>Printed by &quot;check&quot; for a valid lesson that the work budget will stop. %1 file name, %2 number of data segments, %3 number of events.</extracomment>
        <translation>%1: 경고: 이 레슨의 데이터에는 약 %2개의 세그먼트가 필요합니다. 실행은 이벤트 %3개에서 멈추고 앞부분만 보여 줍니다
</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>출력을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>unknown tap &quot;%1&quot; (use both, client or server)</source>
        <translation>알 수 없는 탭 &quot;%1&quot; (both, client, server 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>unknown vantage point &quot;%1&quot; (use client, server, middle or loopback)</source>
        <translation>알 수 없는 캡처 위치 &quot;%1&quot; (client, server, middle, loopback 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>bad connection number &quot;%1&quot; (use 1 or more, as numbered by --list)</source>
        <translation>잘못된 연결 번호 &quot;%1&quot; (--list가 매긴 번호대로 1 이상을 쓰세요)</translation>
    </message>
    <message>
        <source>#	client	server	packets	start	duration	outcome</source>
        <extracomment>Header of &quot;handshakelab-cli capture FILE --list&quot;; the columns are tab-separated.</extracomment>
        <translation>#	클라이언트	서버	패킷	시작	지속 시간	결과</translation>
    </message>
    <message>
        <source>handshakelab-cli: %1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)
</source>
        <extracomment>%1 file name.</extracomment>
        <translation>handshakelab-cli: %1: 이 캡처에는 TCP 연결이 없습니다(IPv4나 IPv6 위의 TCP만 읽습니다)
</translation>
    </message>
    <message>
        <source>handshakelab-cli: there is no connection %1: the capture has %2 (see --list)
</source>
        <extracomment>%1 the number asked for, %2 how many there are.</extracomment>
        <translation>handshakelab-cli: 연결 %1은 없습니다. 캡처에 있는 연결은 %2개입니다(--list로 확인하세요)
</translation>
    </message>
    <message>
        <source>Connection %1: %2 → %3, %4</source>
        <extracomment>%1 number, %2 client address:port, %3 server address:port, %4 an outcome such as &quot;closed normally&quot;.</extracomment>
        <translation>연결 %1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>capture prints text, ladder or jsonl</source>
        <extracomment>Keep the format names as they are.</extracomment>
        <translation>capture는 text, ladder, jsonl 형식으로만 출력합니다</translation>
    </message>
    <message>
        <source>handshakelab-cli: a capture is binary: give --output FILE or redirect stdout to a file
</source>
        <extracomment>Keep &quot;--output&quot; as it is.</extracomment>
        <translation>handshakelab-cli: 캡처는 바이너리 파일입니다. --output FILE을 주거나 표준 출력을 파일로 돌리세요
</translation>
    </message>
    <message>
        <source>handshakelab-cli: cannot write &quot;%1&quot;: %2
</source>
        <extracomment>%1 file name, %2 what failed and why.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot;에 쓸 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>--answer-key is for the quiz command</source>
        <translation>--answer-key는 quiz 명령에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; is a load lesson: it has no single connection to quiz on
</source>
        <extracomment>%1 is a lesson id or file name.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot;: 부하 레슨이라 퀴즈를 낼 단일 연결이 없습니다
</translation>
    </message>
    <message>
        <source>handshakelab-cli: &quot;%1&quot; has no step to ask about
</source>
        <extracomment>%1 is a lesson id or file name.</extracomment>
        <translation>handshakelab-cli: &quot;%1&quot;에는 물어볼 단계가 없습니다
</translation>
    </message>
    <message>
        <source>--out, --size and --moments are for the export command</source>
        <translation>--out, --size, --moments는 export 명령에만 씁니다</translation>
    </message>
    <message>
        <source>bad moment &quot;%1&quot; in --moments (use seconds into the run, e.g. 1,2.5,10)</source>
        <translation>--moments의 잘못된 시점 &quot;%1&quot; (실행 시작부터의 초로 쓰세요. 예: 1,2.5,10)</translation>
    </message>
    <message>
        <source>export needs --out DIR (the folder to write the pack into)</source>
        <translation>export에는 --out DIR(자료 묶음을 쓸 폴더)이 필요합니다</translation>
    </message>
    <message>
        <source>bad size &quot;%1&quot; (use WIDTHxHEIGHT, from %2x%3 to %4x%5, e.g. 1920x1080)</source>
        <translation>잘못된 크기 &quot;%1&quot; (너비x높이로, %2x%3부터 %4x%5까지 쓰세요. 예: 1920x1080)</translation>
    </message>
    <message>
        <source>Wrote %1 files into %2
</source>
        <extracomment>After a successful export: %1 number of files, %2 the folder.</extracomment>
        <translation>%2에 파일 %1개를 썼습니다
</translation>
    </message>
    <message>
        <source>--moments is for load lessons (a lesson with steps exports every step)</source>
        <translation>--moments는 부하 레슨에만 씁니다 (단계가 있는 레슨은 모든 단계를 내보냅니다)</translation>
    </message>
    <message>
        <source>--format lesson is for the capture command (the lesson built from a capture)</source>
        <extracomment>Keep &quot;--format lesson&quot; and &quot;capture&quot; as they are.</extracomment>
        <translation>--format lesson은 capture 명령에서만 씁니다(캡처로 만든 레슨)</translation>
    </message>
    <message>
        <source>with capture, --profile goes with --format lesson (the profile of the lesson built from it)</source>
        <extracomment>Keep &quot;--profile&quot; and &quot;--format lesson&quot; as they are.</extracomment>
        <translation>capture에서 --profile은 --format lesson과 함께 씁니다(캡처로 만든 레슨의 프로필)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use jsonl, text, ladder, counts, pcapng or lesson)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (jsonl, text, ladder, counts, pcapng, lesson 중 하나를 쓰세요)</translation>
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
        <translation>사용법:
  handshakelab-cli lessons
      내장 레슨 목록을 보여 줍니다: id, 영어 제목, 한국어 제목(탭으로 구분).
  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder|counts|pcapng] [--profile P]
                       [--seed N] [--lang en|ko|both] [--output FILE] [--tap both|client|server]
      레슨을 실행하고 트레이스를 출력합니다:
        text    단계마다 한 줄: 시각, 호스트, 일어난 일과 그 이유 (기본값)
        jsonl   트레이스 이벤트마다 JSON 객체 하나
        ladder  두 열로 그린 시퀀스 다이어그램
        counts  부하 레슨에서 상태별 소켓 수, 1초마다 CSV 한 줄
        pcapng  Wireshark용 캡처: 호스트마다 바로 옆에 인터페이스 하나, 패킷마다
                설명 하나(--lang both: 영어와 한국어). --output FILE에 쓰거나,
                표준 출력이 터미널이 아니면 표준 출력에 씁니다. Wireshark의 TCP 분석은
                각 세그먼트를 탭마다 한 번씩 보므로, 재전송과 중복 ACK 표시를 보려면
                탭 하나만 내보내세요(--tap client 또는 --tap server)
      --profile teach|rfc9293|linux|bsd|windows  레슨의 프로필 대신 사용
      --seed N   레슨의 난수 시드 대신 사용
  handshakelab-cli quiz LESSON-ID|FILE [--lang en|ko] [--seed N] [--answer-key]
      먼저 예측하기: 무언가를 가르치는 단계마다 그 앞에서 문제를 하나 냅니다. 문제마다
      표준 입력에서 답 한 줄을 읽고, 마지막 줄은 &quot;score: A/N&quot;입니다.
      --seed N        ISN과 포트를 새로 정합니다(레슨의 흐름은 그대로입니다)
      --answer-key    모든 문제를 &quot;Q&lt;n&gt;: 문제 =&gt; 답&quot; 형식으로 출력하고 끝냅니다
  handshakelab-cli check FILE
      레슨 파일을 검사합니다.
  handshakelab-cli capture FILE [--list] [--conn N] [--vantage client|server|middle|loopback]
                           [--format text|jsonl|ladder|lesson] [--profile P] [--output FILE]
                           [--lang en|ko]
      pcap 또는 pcapng 캡처를 읽습니다: --list는 TCP 연결 목록을 보여 주고, 그렇지 않으면
      연결 하나(기본값은 첫 번째)를 양쪽 종단의 추론한 상태와 함께 보여 줍니다.
      --vantage는 캡처한 위치를 알려 줍니다(기본값: 시간 간격으로 추정,
      loopback: 한 컴퓨터의 lo에서처럼 각 패킷을 보내는 쪽을 떠날 때 기록).
      --format lesson은 그 연결로 만든 레슨을 프로필 P(기본값 linux)로 --output FILE이나
      표준 출력에 씁니다: 이 레슨을 `run`으로 실행하면 시뮬레이터와 캡처를 비교할 수 있습니다.
  handshakelab-cli export LESSON-ID|FILE --out DIR [--lang en|ko|both] [--size WxH] [--seed N]
                          [--moments S,S,...]
      DIR에 수업 자료 묶음을 씁니다: 단계마다 step-NN.png와 step-NN.svg,
      lesson.gif, handout.pdf(유인물), worksheet.pdf(활동지), answers.pdf(정답지),
      lesson.mmd(Mermaid), index.html. --lang both는 모든 글을 영어와 한국어로 함께 싣고,
      --size는 그림 크기를 정합니다(기본값 1920x1080). 옵션이 같으면 바이트까지 같은 파일이 나옵니다.
      부하 레슨에는 단계가 없으므로 --moments(초 단위, 기본값은 실행 시간의 4분의 1마다)의
      차트를 moment-NN.png와 .svg로 쓰고, lesson.mmd는 쓰지 않습니다.
  handshakelab-cli --help | --version

--lang은 text와 ladder 출력과 퀴즈의 언어를 정합니다(기본값: 시스템 언어).
종료 상태: 성공하면 0, 입력이 잘못되면(없는 레슨, 잘못된 파일, 잘못된 옵션) 2.</translation>
    </message>
</context>
<context>
    <name>hl::ui::AtomicFile</name>
    <message>
        <source>cannot start writing it: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>쓰기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>파일에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot put the new file in place of the old one: %1</source>
        <extracomment>%1 is the system&apos;s reason. The old file is still there, unchanged.</extracomment>
        <translation>새 파일로 이전 파일을 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <extracomment>%1 a file name, %2 what failed and why (for example &quot;cannot write the file: File too large&quot;).</extracomment>
        <translation>&quot;%1&quot; 파일을 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::CaptureExport</name>
    <message>
        <source>Capture, both taps (*.pcapng)</source>
        <translation>캡처, 두 탭 모두 (*.pcapng)</translation>
    </message>
    <message>
        <source>Capture, the client&apos;s tap only (*.pcapng)</source>
        <translation>캡처, 클라이언트 쪽 탭만 (*.pcapng)</translation>
    </message>
    <message>
        <source>Capture, the server&apos;s tap only (*.pcapng)</source>
        <translation>캡처, 서버 쪽 탭만 (*.pcapng)</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>캡처 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>hl::ui::CapturePickerDialog</name>
    <message>
        <source>Choose a connection</source>
        <translation>연결 선택</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Guess from the timing</source>
        <extracomment>Vantage point choice: let the program guess from the handshake&apos;s timing.</extracomment>
        <translation>시간 간격으로 추정</translation>
    </message>
    <message>
        <source>Captured &amp;where:</source>
        <extracomment>Where the capture was taken.</extracomment>
        <translation>캡처 위치(&amp;W):</translation>
    </message>
</context>
<context>
    <name>hl::ui::CaptureTexts</name>
    <message>
        <source>Leaves the client.</source>
        <translation>클라이언트에서 나갑니다.</translation>
    </message>
    <message>
        <source>Leaves the server.</source>
        <translation>서버에서 나갑니다.</translation>
    </message>
    <message>
        <source>Reaches the client.</source>
        <translation>클라이언트에 도착합니다.</translation>
    </message>
    <message>
        <source>Reaches the server.</source>
        <translation>서버에 도착합니다.</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>바이트 %1</translation>
    </message>
    <message>
        <source>cannot read the file; check its name and that you may read it</source>
        <translation>파일을 읽을 수 없습니다. 파일 이름과 읽기 권한을 확인하세요</translation>
    </message>
    <message>
        <source>the file is empty; record a capture first (tcpdump -w FILE, or Wireshark)</source>
        <translation>파일이 비어 있습니다. 먼저 캡처를 기록하세요(tcpdump -w FILE 또는 Wireshark)</translation>
    </message>
    <message>
        <source>found %1, which starts neither a pcap nor a pcapng file; save the capture in one of these formats (Wireshark: File → Save As…)</source>
        <extracomment>%1 four bytes in hex. Keep pcap, pcapng and the menu names as Wireshark shows them.</extracomment>
        <translation>파일 첫머리가 %1인데, 이는 pcap 파일의 시작도 pcapng 파일의 시작도 아닙니다. 캡처를 이 두 형식 중 하나로 저장하세요(Wireshark: File → Save As…)</translation>
    </message>
    <message numerus="yes">
        <source>the file ends %n byte(s) too early, inside a header; the capture was cut short: record it again</source>
        <translation>
            <numerusform>파일이 헤더 중간에서 %n바이트 일찍 끝납니다. 캡처가 도중에 잘렸으니 다시 기록하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file ends %n byte(s) before the end of this packet; the capture was cut short (stopped while writing?): record it again, or keep the packets before it with editcap</source>
        <translation>
            <numerusform>이 패킷이 끝나기 %n바이트 전에 파일이 끝납니다. 캡처가 도중에 잘렸습니다(기록 중에 멈췄나요?). 다시 기록하거나 editcap으로 그 앞의 패킷만 남기세요</numerusform>
        </translation>
    </message>
    <message>
        <source>a packet names interface %1, which no interface block describes; the file is damaged: save it again with Wireshark or editcap</source>
        <translation>패킷이 가리키는 인터페이스는 %1번인데, 이를 설명하는 인터페이스 블록이 없습니다. 파일이 손상되었으니 Wireshark나 editcap으로 다시 저장하세요</translation>
    </message>
    <message>
        <source>closed normally</source>
        <extracomment>Outcome of a captured connection: a FIN each way, both acknowledged.</extracomment>
        <translation>정상 종료</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>리셋됨</translation>
    </message>
    <message>
        <source>refused</source>
        <extracomment>Outcome of a captured connection: the SYN was answered with RST.</extracomment>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>SYN never answered</source>
        <translation>SYN에 응답 없음</translation>
    </message>
    <message>
        <source>no SYN seen</source>
        <translation>SYN이 보이지 않음</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>아직 열려 있음</translation>
    </message>
    <message>
        <source>handshake unfinished</source>
        <extracomment>Outcome of a captured connection: the handshake had not finished when the capture ends.</extracomment>
        <translation>핸드셰이크 미완료</translation>
    </message>
    <message>
        <source>next to the client</source>
        <translation>클라이언트 바로 옆</translation>
    </message>
    <message>
        <source>next to the server</source>
        <translation>서버 바로 옆</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>중간 지점</translation>
    </message>
    <message>
        <source>on the loopback of one machine</source>
        <translation>한 컴퓨터의 루프백</translation>
    </message>
    <message>
        <source>The capture seems to be taken %1 (guessed from the handshake&apos;s timing; you can change it).</source>
        <extracomment>%1 e.g. &quot;next to the client&quot;. The vantage point is where the capture was taken.</extracomment>
        <translation>이 캡처는 %1에서 기록된 것으로 보입니다(핸드셰이크의 시간 간격으로 추정한 것이며, 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <source>The capture is taken %1.</source>
        <translation>이 캡처는 %1에서 기록되었습니다.</translation>
    </message>
    <message>
        <source>Each packet is seen as it leaves its sender; it reaches the server %1 later and the client %2 later. The receiver&apos;s changes are placed with these delays and marked as inferred.</source>
        <extracomment>%1 and %2 are durations such as &quot;0.050 s&quot;.</extracomment>
        <translation>각 패킷은 보내는 쪽을 떠날 때 기록됩니다. 서버에는 %1 뒤에, 클라이언트에는 %2 뒤에 도착합니다. 받는 쪽의 상태 변화는 이 지연을 반영해 배치하고 추론한 것으로 표시합니다.</translation>
    </message>
    <message>
        <source>Segments take %1 between the client and the tap and %2 between the tap and the server; the far side&apos;s changes are placed with these delays and marked as inferred.</source>
        <translation>세그먼트가 클라이언트와 탭 사이에서 %1, 탭과 서버 사이에서 %2 걸립니다. 먼 쪽의 상태 변화는 이 지연을 반영해 배치하고 추론한 것으로 표시합니다.</translation>
    </message>
    <message>
        <source>The capture starts in the middle of this connection: no SYN was seen, so both sides are taken to be ESTABLISHED from the first packet on.</source>
        <translation>캡처가 이 연결의 중간부터 시작합니다. SYN이 보이지 않으므로 첫 패킷부터 양쪽 모두 ESTABLISHED 상태인 것으로 봅니다.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>An error about a capture file: %1 what was found, %2 what would help.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>the file is damaged: record the capture again</source>
        <translation>파일이 손상되었으니 캡처를 다시 기록하세요</translation>
    </message>
    <message>
        <source>save the capture again with Wireshark or editcap</source>
        <translation>Wireshark나 editcap으로 캡처를 다시 저장하세요</translation>
    </message>
    <message>
        <source>the file is damaged or not a capture</source>
        <translation>파일이 손상되었거나 캡처 파일이 아닙니다</translation>
    </message>
    <message>
        <source>format version %1 is not supported (pcap 2.4 and pcapng 1.0 are)</source>
        <translation>형식 버전 %1은 지원하지 않습니다(pcap 2.4와 pcapng 1.0을 지원합니다)</translation>
    </message>
    <message>
        <source>found %1 where a pcapng section header has its byte-order mark 0x1A2B3C4D</source>
        <translation>pcapng 섹션 헤더의 바이트 순서 표시 0x1A2B3C4D가 있어야 할 자리에 있는 값은 %1입니다</translation>
    </message>
    <message>
        <source>a pcapng block length of %1 cannot be right (a multiple of 4, at least 12, inside the file)</source>
        <translation>pcapng 블록 길이가 %1인데, 올바른 길이일 수 없습니다(4의 배수이고 12 이상이며 파일 안에 있어야 합니다)</translation>
    </message>
    <message>
        <source>a pcapng block ends with the length %1, which differs from the length it starts with</source>
        <translation>pcapng 블록 끝의 길이(%1)가 블록 시작의 길이와 다릅니다</translation>
    </message>
    <message>
        <source>found block type %1 before any section header, where a pcapng file starts with one</source>
        <translation>pcapng 파일은 섹션 헤더로 시작해야 하는데, 그 앞에 유형이 %1인 블록이 있습니다</translation>
    </message>
    <message>
        <source>a captured length of %1 bytes is over the limit of %2</source>
        <translation>캡처된 길이 %1바이트가 한도 %2를 넘습니다</translation>
    </message>
    <message>
        <source>the timestamp resolution %1 cannot be used</source>
        <translation>타임스탬프 해상도(%1)를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a packet&apos;s time lies outside the years 1824 to 2116; the capturing clock or the interface&apos;s if_tsoffset is wrong: shift the times with editcap -t</source>
        <extracomment>Keep if_tsoffset (a pcapng option name) and &quot;editcap -t&quot; as they are.</extracomment>
        <translation>패킷의 시각이 1824년부터 2116년까지의 범위를 벗어납니다. 캡처한 컴퓨터의 시계나 인터페이스의 if_tsoffset이 잘못되었으니 editcap -t로 시각을 옮기세요</translation>
    </message>
    <message>
        <source>Capture %1, connection %2</source>
        <extracomment>Title of a captured connection shown as a lesson: %1 file name, %2 connection number.</extracomment>
        <translation>캡처 %1, 연결 %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::ChartExport</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
</context>
<context>
    <name>hl::ui::ChartsPanel</name>
    <message>
        <source>Sequence numbers</source>
        <extracomment>Tab of the Charts panel: the Stevens/tcptrace sequence-number graph.</extracomment>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>States</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Retransmission timer</source>
        <translation>재전송 타이머</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>방향(&amp;D):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG image</source>
        <translation>보이는 차트를 PNG 또는 SVG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>PNG 이미지로…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>SVG 이미지로…</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>Accessible name of the Charts panel&apos;s tabs (read by screen readers).</extracomment>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>hl::ui::DiagramAccessible</name>
    <message>
        <source>from %1 to %2</source>
        <extracomment>Accessible description of an arrow: who sent it to whom.</extracomment>
        <translation>%1에서 %2(으)로</translation>
    </message>
    <message>
        <source>injected by the lesson</source>
        <translation>레슨이 주입함</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>duplicate copy %1</source>
        <extracomment>A second copy of a segment made by the network; %1 is 1, 2, ...</extracomment>
        <translation>중복 사본 %1</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>%1에 보냄</translation>
    </message>
    <message>
        <source>delayed by %1</source>
        <translation>%1 지연됨</translation>
    </message>
    <message>
        <source>delivered at %1</source>
        <translation>%1에 도착함</translation>
    </message>
    <message>
        <source>lost at %1 (%2)</source>
        <extracomment>%1 the time, %2 the cause (&quot;random loss&quot;).</extracomment>
        <translation>%1에 손실됨 (%2)</translation>
    </message>
    <message>
        <source>still in flight when the run ended</source>
        <translation>실행이 끝날 때까지 전송 중</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3</source>
        <extracomment>The state change an arrival caused: &quot;the server goes from LISTEN to SYN_RECEIVED&quot;.</extracomment>
        <translation>%1: %2 상태에서 %3 상태로 바뀜</translation>
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
        <translation>%1에서: %2</translation>
    </message>
</context>
<context>
    <name>hl::ui::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>종단</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>hl::ui::EventListView</name>
    <message>
        <source>Events</source>
        <extracomment>Accessible name of the event table (read by screen readers).</extracomment>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>hl::ui::GlossaryPanel</name>
    <message>
        <source>Search terms (English or Korean)…</source>
        <extracomment>Placeholder of the glossary&apos;s search field; both languages are searched.</extracomment>
        <translation>용어 검색 (한국어 또는 영어)…</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>“%1”에 해당하는 용어가 없습니다.</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>용어 검색</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <extracomment>Accessible name of the glossary&apos;s list of terms (read by screen readers).</extracomment>
        <translation>용어 목록</translation>
    </message>
    <message>
        <source>Definition</source>
        <extracomment>Accessible name of the glossary&apos;s text showing the chosen term (read by screen readers).</extracomment>
        <translation>정의</translation>
    </message>
</context>
<context>
    <name>hl::ui::GuiOptions</name>
    <message>
        <source>Step through TCP connection opening and closing.</source>
        <translation>TCP 연결 설정과 종료를 단계별로 살펴봅니다.</translation>
    </message>
    <message>
        <source>Built-in lesson id or lesson file.</source>
        <translation>내장 레슨 ID 또는 레슨 파일입니다.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>창을 PNG 파일로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>Go to this step (0 = start).</source>
        <translation>이 단계로 이동합니다(0 = 시작).</translation>
    </message>
    <message>
        <source>Interface language: en or ko.</source>
        <translation>인터페이스 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>창 크기(예: 1600x1000).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인자: %1</translation>
    </message>
    <message>
        <source>--step needs a number of 0 or more, not &quot;%1&quot;</source>
        <translation>--step에는 0 이상의 수가 필요합니다(&quot;%1&quot;은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>--lang must be en or ko, not &quot;%1&quot;</source>
        <translation>--lang은 en 또는 ko여야 합니다(&quot;%1&quot;은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (320x240 to 8192x8192), not &quot;%1&quot;</source>
        <translation>--size는 1600x1000 같은 형식이어야 합니다(320x240~8192x8192, &quot;%1&quot;은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>Show the narration and the glossary in both languages.</source>
        <translation>해설과 용어집을 두 언어로 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open the glossary at a term, e.g. SYN or TIME_WAIT.</source>
        <translation>용어집을 열고 해당 용어를 보여 줍니다(예: SYN, TIME_WAIT).</translation>
    </message>
    <message>
        <source>Start in presentation mode (large type).</source>
        <translation>발표 모드(큰 글씨)로 시작합니다.</translation>
    </message>
    <message>
        <source>Built-in lesson id or lesson file, as --lesson.</source>
        <translation>내장 레슨 ID 또는 레슨 파일입니다(--lesson과 같습니다).</translation>
    </message>
    <message>
        <source>Start in predict mode: a question before each step.</source>
        <translation>예측 모드로 시작합니다. 각 단계 앞에서 문제를 냅니다.</translation>
    </message>
    <message>
        <source>In predict mode, answer the waiting question (repeatable; for screenshots).</source>
        <translation>예측 모드에서 기다리고 있는 문제에 답합니다(여러 번 쓸 수 있으며 스크린샷용입니다).</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or high-contrast.</source>
        <translation>색 테마: light, dark 또는 high-contrast.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or high-contrast, not &quot;%1&quot;</source>
        <translation>--theme은 light, dark 또는 high-contrast여야 합니다(&quot;%1&quot;은 쓸 수 없습니다)</translation>
    </message>
</context>
<context>
    <name>hl::ui::ImageExport</name>
    <message>
        <source>Cannot save %1: the file name must end in .png or .svg.</source>
        <translation>%1에 저장할 수 없습니다: 파일 이름은 .png 또는 .svg로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: there is nothing to draw.</source>
        <translation>%1에 저장할 수 없습니다: 그릴 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>이미지를 인코딩하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>hl::ui::InjectDialog</name>
    <message>
        <source>Inject a segment</source>
        <translation>세그먼트 주입</translation>
    </message>
    <message>
        <source>Spoofed RST (in the window)</source>
        <translation>위조된 RST (윈도우 안)</translation>
    </message>
    <message>
        <source>Old duplicate SYN</source>
        <translation>오래된 중복 SYN</translation>
    </message>
    <message>
        <source>Stray ACK (acknowledges unsent data)</source>
        <translation>엉뚱한 ACK (보내지 않은 데이터를 확인)</translation>
    </message>
    <message>
        <source>Send to</source>
        <extracomment>Inject dialog: the endpoint the crafted segment arrives at.</extracomment>
        <translation>받는 쪽</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>미리 설정</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>확인 응답 번호</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>페이로드 길이</translation>
    </message>
    <message>
        <source>Arrives at %1 (the cursor).</source>
        <translation>%1에 도착합니다 (현재 커서 위치).</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>주입</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sequence and acknowledgement numbers are whole numbers from 0 to %1.</source>
        <translation>시퀀스 번호와 확인 응답 번호는 0부터 %1까지의 정수입니다.</translation>
    </message>
    <message>
        <source>Choose at least one flag.</source>
        <translation>플래그를 하나 이상 고르세요.</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonBrowserDialog</name>
    <message>
        <source>Lessons</source>
        <extracomment>Title of the lesson browser dialog (File → Browse lessons…).</extracomment>
        <translation>레슨</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonPack</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Export pack error: %1 a file or folder, %2 why (from the system).</extracomment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The lesson has no steps to export.</source>
        <translation>이 레슨에는 내보낼 단계가 없습니다.</translation>
    </message>
    <message>
        <source>A load lesson has no steps to export; open it in the app to see its charts.</source>
        <translation>부하 레슨에는 내보낼 단계가 없습니다. 앱에서 열어 차트를 보세요.</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>그림을 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonPicker</name>
    <message>
        <source>Other lessons</source>
        <translation>다른 레슨</translation>
    </message>
    <message>
        <source>Search lessons (English or 한국어)…</source>
        <translation>레슨 검색(한국어 또는 English)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>레슨 검색</translation>
    </message>
    <message>
        <source>Lessons</source>
        <extracomment>Accessible name of the lesson tree (read by screen readers).</extracomment>
        <translation>레슨</translation>
    </message>
</context>
<context>
    <name>hl::ui::LessonSettingsPanel</name>
    <message>
        <source>Latency client → server %1 ms</source>
        <translation>지연 시간 클라이언트 → 서버 %1ms</translation>
    </message>
    <message>
        <source>Latency server → client %1 ms</source>
        <translation>지연 시간 서버 → 클라이언트 %1ms</translation>
    </message>
    <message>
        <source>Behaviour profile: %1</source>
        <translation>동작 프로필: %1</translation>
    </message>
    <message>
        <source>Random loss</source>
        <extracomment>Share of segments the network loses at random.</extracomment>
        <translation>무작위 손실</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>The same seed gives the same run</source>
        <translation>같은 시드는 같은 실행 결과를 냅니다</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>Latency client → server</source>
        <translation>지연 시간 클라이언트 → 서버</translation>
    </message>
    <message>
        <source>Latency server → client</source>
        <translation>지연 시간 서버 → 클라이언트</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>동작 방식</translation>
    </message>
    <message>
        <source>Each change replays the lesson and can be undone (Ctrl+Z).</source>
        <translation>바꿀 때마다 레슨을 다시 실행하며, 실행 취소(Ctrl+Z)할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadChartView</name>
    <message>
        <source>other states</source>
        <extracomment>Load chart: connections in any state other than the four named ones.</extracomment>
        <translation>기타 상태</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>시간 (ms)</translation>
    </message>
    <message>
        <source>%1 sockets</source>
        <extracomment>Load chart y axis; %1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1 소켓 수</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <source>failed connection attempts so far: %1</source>
        <translation>지금까지 실패한 연결 시도: %1</translation>
    </message>
    <message numerus="yes">
        <source>Port range: %n port(s)</source>
        <extracomment>Load chart: the line at the number of the client&apos;s ephemeral ports.</extracomment>
        <translation>
            <numerusform>포트 범위: %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed connection attempts</source>
        <translation>실패한 연결 시도</translation>
    </message>
    <message>
        <source>Connection attempts fail from %1 (no free ephemeral port)</source>
        <translation>%1부터 연결 시도 실패 (남은 임시 포트 없음)</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadPack</name>
    <message>
        <source>Moment %1 of %2</source>
        <extracomment>Export pack of a load lesson: the slide heading (%1 number, %2 count).</extracomment>
        <translation>시점 %1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Export pack of a load lesson: one side&apos;s sockets per state group (%1 host, %2 the list).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no open sockets</source>
        <extracomment>Export pack of a load lesson: a side without open sockets at that moment.</extracomment>
        <translation>열린 소켓 없음</translation>
    </message>
    <message>
        <source>At %1 — %2; %3</source>
        <extracomment>Export pack of a load lesson: the caption (%1 the time, %2 the client&apos;s counts, %3 the server&apos;s).</extracomment>
        <translation>%1 시점 — %2; %3</translation>
    </message>
    <message>
        <source>The moment %1 is after the end of the run (%2).</source>
        <extracomment>Export pack of a load lesson: a chosen moment after the end of the run (%1 moment, %2 end).</extracomment>
        <translation>%1 시점은 실행이 끝난 뒤(%2)입니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadTexts</name>
    <message>
        <source>The first clients connect</source>
        <translation>첫 클라이언트들이 연결을 시작합니다</translation>
    </message>
    <message>
        <source>Ports run out: every client port is held, so new connection attempts fail</source>
        <translation>포트가 바닥났습니다: 클라이언트 포트가 모두 묶여 있어 새 연결 시도가 실패합니다</translation>
    </message>
    <message>
        <source>CLOSE_WAIT grows on the server: the application does not close these sockets</source>
        <translation>서버의 CLOSE_WAIT가 늘어납니다: 애플리케이션이 이 소켓들을 닫지 않습니다</translation>
    </message>
    <message>
        <source>CLOSE_WAIT grows on the client: the application does not close these sockets</source>
        <translation>클라이언트의 CLOSE_WAIT가 늘어납니다: 애플리케이션이 이 소켓들을 닫지 않습니다</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets pile up on the server, the side that closed first</source>
        <translation>먼저 닫은 쪽인 서버에 TIME_WAIT 소켓이 쌓입니다</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets pile up on the client, the side that closed first</source>
        <translation>먼저 닫은 쪽인 클라이언트에 TIME_WAIT 소켓이 쌓입니다</translation>
    </message>
    <message>
        <source>CLOSE_WAIT stays on the server: nothing closes these sockets</source>
        <translation>서버의 CLOSE_WAIT가 그대로 남습니다: 이 소켓들은 아무도 닫지 않습니다</translation>
    </message>
    <message>
        <source>CLOSE_WAIT stays on the client: nothing closes these sockets</source>
        <translation>클라이언트의 CLOSE_WAIT가 그대로 남습니다: 이 소켓들은 아무도 닫지 않습니다</translation>
    </message>
    <message>
        <source>TIME_WAIT falls on the server: the oldest sockets reach 2·MSL and close</source>
        <translation>서버의 TIME_WAIT가 줄어듭니다: 오래된 소켓부터 2·MSL이 지나 닫힙니다</translation>
    </message>
    <message>
        <source>TIME_WAIT falls on the client: the oldest sockets reach 2·MSL and close</source>
        <translation>클라이언트의 TIME_WAIT가 줄어듭니다: 오래된 소켓부터 2·MSL이 지나 닫힙니다</translation>
    </message>
    <message>
        <source>TIME_WAIT holds steady on the server: as many sockets expire as begin</source>
        <translation>서버의 TIME_WAIT가 일정합니다: 새로 들어오는 만큼 소켓이 만료됩니다</translation>
    </message>
    <message>
        <source>TIME_WAIT holds steady on the client: as many sockets expire as begin</source>
        <translation>클라이언트의 TIME_WAIT가 일정합니다: 새로 들어오는 만큼 소켓이 만료됩니다</translation>
    </message>
    <message>
        <source>Connections open and close; nothing piles up</source>
        <translation>연결이 열리고 닫힐 뿐, 쌓이는 소켓은 없습니다</translation>
    </message>
    <message>
        <source>Every socket is closed</source>
        <translation>모든 소켓이 닫혔습니다</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <extracomment>Load lesson&apos;s timeline: the moment shown and the run&apos;s length, in whole seconds.</extracomment>
        <translation>%2초 중 %1초</translation>
    </message>
</context>
<context>
    <name>hl::ui::LoadView</name>
    <message>
        <source>teaching</source>
        <extracomment>The teaching profile of the lessons (round numbers).</extracomment>
        <translation>수업용</translation>
    </message>
    <message>
        <source>Simulating every connection…</source>
        <translation>모든 연결을 시뮬레이션하는 중…</translation>
    </message>
    <message>
        <source>Cancelled: showing the part simulated so far.</source>
        <translation>취소됨: 지금까지 시뮬레이션한 부분만 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 connections, %2 segments simulated.</source>
        <translation>연결 %1개, 세그먼트 %2개를 시뮬레이션했습니다.</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>비교 안 함</translation>
    </message>
    <message>
        <source>Linux profile (TIME_WAIT 60 s)</source>
        <translation>Linux 프로필 (TIME_WAIT 60초)</translation>
    </message>
    <message>
        <source>Older Windows profile (TIME_WAIT 240 s)</source>
        <translation>예전 Windows 프로필 (TIME_WAIT 240초)</translation>
    </message>
    <message>
        <source>%1 closes first</source>
        <extracomment>%1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1이(가) 먼저 종료</translation>
    </message>
    <message>
        <source>No leak: every handler closes</source>
        <translation>누수 없음: 모든 핸들러가 close 호출</translation>
    </message>
    <message>
        <source>Leak: 10 % of handlers never close</source>
        <translation>누수: 핸들러의 10%가 close를 호출하지 않음</translation>
    </message>
    <message>
        <source>This lesson (%1 profile)</source>
        <extracomment>Title of the base run&apos;s chart; %1 is a profile name (&quot;Linux&quot;, &quot;teaching&quot;).</extracomment>
        <translation>이 레슨 (%1 프로필)</translation>
    </message>
    <message>
        <source>&amp;Sockets of:</source>
        <translation>소켓(&amp;S):</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>비교 대상(&amp;M):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>%1 connections · %2 failed connection attempts
Peak TIME_WAIT: %3 client, %4 server · peak CLOSE_WAIT: %5 client, %6 server</source>
        <translation>연결 %1개 · 실패한 연결 시도 %2회
최대 TIME_WAIT: 클라이언트 %3, 서버 %4 · 최대 CLOSE_WAIT: 클라이언트 %5, 서버 %6</translation>
    </message>
    <message>
        <source>Stopped after %1 segments, the most one run may send: showing the part simulated so far.</source>
        <extracomment>%1 is a number of segments such as &quot;50,000,000&quot;.</extracomment>
        <translation>한 번의 실행에 허용되는 최대치인 세그먼트 %1개에서 멈췄습니다. 지금까지 시뮬레이션한 부분을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Sockets per state</source>
        <extracomment>Accessible name of the load lesson&apos;s chart of the sockets in each state (read by screen readers).</extracomment>
        <translation>상태별 소켓 수</translation>
    </message>
    <message>
        <source>At %1, %2 sockets: %3</source>
        <extracomment>Under a load chart: %1 is a time (&quot;42.000 s&quot;), %2 &quot;Client&quot; or &quot;Server&quot;, %3 the counts per state.</extracomment>
        <translation>%1 시점 %2 소켓: %3</translation>
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
        <translation>%1  ·  포트 %2</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <source>HandshakeLab lessons (*.json);;All files (*)</source>
        <translation>HandshakeLab 레슨 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>레슨을 열 수 없음</translation>
    </message>
    <message>
        <source>The lesson could not be opened. The current lesson stays open.</source>
        <translation>레슨을 열 수 없습니다. 지금 레슨이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About HandshakeLab</source>
        <translation>HandshakeLab 정보</translation>
    </message>
    <message>
        <source>HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step.</source>
        <translation>HandshakeLab은 TCP가 연결을 설정하고 종료하는 과정(RFC 9293)을 단계별로 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The Language menu keeps an English hint so that anyone can find it.</extracomment>
        <translation>언어/Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>재생기</translation>
    </message>
    <message>
        <source>State machine</source>
        <translation>상태 기계</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>TCB</source>
        <translation>TCB</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>Playback speed ( [ slower, ] faster )</source>
        <translation>재생 속도 ( [ 느리게, ] 빠르게 )</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>레슨 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>레슨(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>원래 크기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About HandshakeLab</source>
        <translation>HandshakeLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>&amp;Bilingual captions (English + 한국어)</source>
        <extracomment>View option: the narration and the glossary in both languages at once.</extracomment>
        <translation>이중 언어 자막(&amp;B) (한국어 + English)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>용어집(&amp;G)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 못함</translation>
    </message>
    <message>
        <source>Export diagram as &amp;PNG…</source>
        <translation>다이어그램을 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export diagram as S&amp;VG…</source>
        <translation>다이어그램을 SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>패널(&amp;N)</translation>
    </message>
    <message>
        <source>This load lesson cannot finish: its connections would send about %1 segments, more than the %2 one run may send. Lower rate_per_s, duration_ms or the bytes sent, or raise the MSS.</source>
        <extracomment>%1 and %2 are numbers of segments. rate_per_s and duration_ms are lesson-file fields: keep them.</extracomment>
        <translation>이 부하 레슨은 끝날 수 없습니다: 연결들이 약 %1개의 세그먼트를 보내게 되어 한 번의 실행에 허용되는 %2개를 넘습니다. rate_per_s, duration_ms 또는 보내는 바이트 수를 줄이거나 MSS를 늘리세요.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <extracomment>Zoom so that both lifelines (client and server) are in view.</extracomment>
        <translation>폭에 맞춤(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;lesson</source>
        <extracomment>Zoom so that the whole lesson (top to bottom) is in view.</extracomment>
        <translation>레슨 전체에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Spotlight on the current step</source>
        <extracomment>Presentation mode, key S: everything but the current step is dimmed.</extracomment>
        <translation>현재 단계만 강조(&amp;S)</translation>
    </message>
    <message>
        <source>Pause at each state &amp;change</source>
        <extracomment>Playback stops at every step that changes a state (press Play to go on).</extracomment>
        <translation>상태가 바뀔 때마다 일시 정지(&amp;C)</translation>
    </message>
    <message>
        <source>Back to step %1: your change starts here</source>
        <extracomment>Shown over the diagram when a change moves the cursor back; %1 is the step number.</extracomment>
        <translation>%1단계로 돌아왔습니다: 여기서부터 변경이 적용됩니다</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Single keys (D, L, U, Space, [ ]) do nothing while you type in a search box or a list has the focus.</source>
        <extracomment>Under the shortcut list: why a letter key may seem to do nothing.</extracomment>
        <translation>검색 상자에 입력하는 동안이나 목록에 포커스가 있는 동안에는 한 글자 단축키(D, L, U, Space, [ ])가 동작하지 않습니다.</translation>
    </message>
    <message>
        <source>Press Ctrl+L and type a word (for example “lost” or “대기”) to find a lesson; Enter opens it.</source>
        <translation>Ctrl+L을 누르고 단어(예: “손실”, “대기”, “lost”)를 입력해 레슨을 찾습니다. Enter를 누르면 레슨이 열립니다.</translation>
    </message>
    <message>
        <source>Press → or Space to go through the lesson one step at a time; the narration below says what happened and why.</source>
        <translation>→ 또는 Space를 눌러 레슨을 한 단계씩 진행합니다. 아래 설명에 무슨 일이 왜 일어났는지 나옵니다.</translation>
    </message>
    <message>
        <source>Click an arrow to see the segment&apos;s fields; the state boxes and the state machine show where each side is.</source>
        <translation>화살표를 클릭하면 세그먼트의 필드를 볼 수 있습니다. 상태 상자와 상태 기계는 양쪽이 각각 어느 상태에 있는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Right-click an arrow to drop, delay or duplicate it and see what TCP does; Ctrl+Z undoes the change.</source>
        <translation>화살표를 오른쪽 클릭해 세그먼트를 버리거나 지연하거나 복제하고 TCP가 어떻게 대응하는지 봅니다. Ctrl+Z로 변경을 취소합니다.</translation>
    </message>
    <message>
        <source>F5 switches to presentation mode for a projector; F1 lists every key.</source>
        <translation>F5를 누르면 프로젝터용 발표 모드로 바뀝니다. F1을 누르면 모든 단축키가 나옵니다.</translation>
    </message>
    <message>
        <source>&amp;Find lesson…</source>
        <translation>레슨 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;capture for Wireshark…</source>
        <translation>Wireshark용 캡처 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>%1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)</source>
        <extracomment>%1 file name.</extracomment>
        <translation>%1: 이 캡처에는 TCP 연결이 없습니다(IPv4나 IPv6 위의 TCP만 읽습니다)</translation>
    </message>
    <message>
        <source>There is no connection %1: the capture has %2.</source>
        <extracomment>%1 the number asked for, %2 how many there are.</extracomment>
        <translation>연결 %1은 없습니다. 캡처에 있는 연결은 %2개입니다.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>캡처 열기</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>캡처 파일 (*.pcap *.pcapng *.cap);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation>캡처를 열 수 없음</translation>
    </message>
    <message>
        <source>The capture could not be read. The current lesson stays open.</source>
        <translation>캡처를 읽을 수 없습니다. 지금 레슨이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>Pre&amp;dict mode</source>
        <extracomment>Play menu: stop before each step and ask what will happen (a quiz).</extracomment>
        <translation>예측 모드(&amp;D)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Open captu&amp;re…</source>
        <translation>캡처 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <extracomment>Text size, apart from the zoom (Ctrl+Plus).</extracomment>
        <translation>글자 크게(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>Normal &amp;text size</source>
        <translation>글자 크기 원래대로(&amp;T)</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>시작하기(&amp;S)</translation>
    </message>
    <message>
        <source>Blac&amp;k screen</source>
        <extracomment>Presentation mode, key B: the screen goes black until the next key.</extracomment>
        <translation>검은 화면(&amp;K)</translation>
    </message>
    <message>
        <source>W&amp;hite screen</source>
        <extracomment>Presentation mode, key W: the screen goes white until the next key.</extracomment>
        <translation>흰 화면(&amp;H)</translation>
    </message>
    <message>
        <source>Full narr&amp;ation</source>
        <extracomment>Presentation mode, key N: the whole narration instead of the one-line caption.</extracomment>
        <translation>전체 해설(&amp;A)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Anno&amp;unce steps to screen readers</source>
        <extracomment>View option: a screen reader hears each step&apos;s caption when the step changes.</extracomment>
        <translation>화면 낭독기에 단계 알리기(&amp;U)</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>Accessible name of a row of panel tabs (read by screen readers).</extracomment>
        <translation>패널</translation>
    </message>
    <message>
        <source>Export lesson pac&amp;k…</source>
        <translation>수업 자료 묶음 내보내기(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Browse lessons…</source>
        <extracomment>File menu: a dialog with the whole list of lessons and the whole summary of each.</extracomment>
        <translation>레슨 둘러보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <extracomment>View menu: the colour theme submenu (light, dark, high contrast).</extracomment>
        <translation>테마(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <extracomment>The theme for low vision: black background, white and yellow text, thick lines.</extracomment>
        <translation>고대비 테마(&amp;H)</translation>
    </message>
</context>
<context>
    <name>hl::ui::NarrationPanel</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Press Space to play, or → to go one step at a time.</source>
        <translation>Space 키를 누르면 재생하고, → 키를 누르면 한 단계씩 진행합니다.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · t = %3</source>
        <extracomment>Narration heading: &quot;Step 3 of 12 · t = 0.200 s&quot;.</extracomment>
        <translation>단계 %1/%2 · t = %3</translation>
    </message>
    <message>
        <source>Narration</source>
        <extracomment>Accessible name of the narration&apos;s scrolling text (read by screen readers).</extracomment>
        <translation>해설</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackExport</name>
    <message>
        <source>Export lesson pack</source>
        <translation>수업 자료 묶음 내보내기</translation>
    </message>
    <message>
        <source>The load run is not finished yet: export its pack when the charts are complete.</source>
        <translation>부하 실행이 아직 끝나지 않았습니다. 차트가 완성되면 자료 묶음을 내보내세요.</translation>
    </message>
    <message>
        <source>Export lesson pack into a folder</source>
        <translation>수업 자료 묶음을 내보낼 폴더</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Lesson pack exported</source>
        <translation>수업 자료 묶음을 내보냈습니다</translation>
    </message>
    <message>
        <source>The lesson pack is in %1: slides for every step (PNG and SVG), an animated GIF, a handout, a worksheet with its answer key (PDF), a Mermaid diagram and a web page (index.html).</source>
        <extracomment>%1 the folder. The list names the pack&apos;s files as they are written.</extracomment>
        <translation>수업 자료 묶음을 %1에 만들었습니다. 단계마다 슬라이드(PNG와 SVG), 움직이는 GIF, 유인물, 활동지와 정답지(PDF), Mermaid 다이어그램, 웹 페이지(index.html)가 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackLegend</name>
    <message>
        <source>lost</source>
        <extracomment>Export pack legend: the ✕ at the end of an arrow.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <source>retransmission</source>
        <extracomment>Export pack legend: a dashed arrow.</extracomment>
        <translation>재전송</translation>
    </message>
    <message>
        <source>duplicate</source>
        <extracomment>Export pack legend: a dotted arrow (a copy the network made).</extracomment>
        <translation>중복 사본</translation>
    </message>
    <message>
        <source>timer running</source>
        <extracomment>Export pack legend: the brackets beside a lifeline while a timer runs.</extracomment>
        <translation>타이머 동작 중</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Export pack slide heading: step number and count.</extracomment>
        <translation>단계 %1/%2</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackPdf</name>
    <message>
        <source>Handout</source>
        <extracomment>Export pack: what the PDF is, under the lesson&apos;s title.</extracomment>
        <translation>유인물</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>활동지</translation>
    </message>
    <message>
        <source>Answer key</source>
        <extracomment>Export pack: the worksheet&apos;s key.</extracomment>
        <translation>정답지</translation>
    </message>
    <message>
        <source>For every step, write down each end&apos;s state after it and the flags, sequence number and acknowledgement number of every segment it sends.</source>
        <extracomment>Export pack worksheet: what the student does.</extracomment>
        <translation>단계마다, 그 단계가 끝난 뒤 양쪽 종단의 상태와 그 단계에서 보내는 모든 세그먼트의 플래그, 시퀀스 번호, 확인 응답 번호를 적어 보세요.</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <extracomment>Export pack: heading of one step (%1 number, %2 its time).</extracomment>
        <translation>단계 %1 · %2</translation>
    </message>
    <message>
        <source>At the start: client %1, server %2.</source>
        <extracomment>Export pack: both ends&apos; states before the first step.</extracomment>
        <translation>시작할 때: 클라이언트 %1, 서버 %2.</translation>
    </message>
    <message>
        <source>%1 after the step: %2</source>
        <extracomment>Export pack: a host&apos;s state after the step (%1 host name such as &quot;Client&quot;, %2 the state or a blank).</extracomment>
        <translation>단계가 끝난 뒤 %1: %2</translation>
    </message>
    <message>
        <source>%1 sends: flags %2 seq %3 ack %4</source>
        <extracomment>Export pack: one segment a host sends (%1 host name, %2 flags, %3 seq, %4 ack; blanks on the worksheet).</extracomment>
        <translation>%1가 보냄: 플래그 %2 seq %3 ack %4</translation>
    </message>
    <message>
        <source>No segment is sent.</source>
        <extracomment>Export pack: the step sends no segment.</extracomment>
        <translation>보내는 세그먼트가 없습니다.</translation>
    </message>
    <message>
        <source>(lost)</source>
        <extracomment>Export pack: appended to a segment that the network loses.</extracomment>
        <translation>(손실)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Export pack answer key: the ack field of a segment without the ACK flag.</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>The whole run</source>
        <extracomment>Export pack: heading over the whole ladder.</extracomment>
        <translation>전체 실행</translation>
    </message>
    <message>
        <source>Moment %1 · %2</source>
        <extracomment>Export pack of a load lesson: heading of one chosen moment (%1 number, %2 its time).</extracomment>
        <translation>시점 %1 · %2</translation>
    </message>
    <message>
        <source>For every moment, write down how many sockets each side has in each state group.</source>
        <extracomment>Export pack of a load lesson, worksheet: what the student does.</extracomment>
        <translation>시점마다 양쪽이 상태 그룹별로 소켓을 몇 개 가지고 있는지 적어 보세요.</translation>
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
        <translation>클라이언트 애플리케이션이 %1 함수를 호출합니다.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1.</source>
        <translation>서버 애플리케이션이 %1 함수를 호출합니다.</translation>
    </message>
    <message>
        <source>A segment arrives at the client.</source>
        <translation>세그먼트 하나가 클라이언트에 도착합니다.</translation>
    </message>
    <message>
        <source>A segment arrives at the server.</source>
        <translation>세그먼트 하나가 서버에 도착합니다.</translation>
    </message>
    <message>
        <source>The network loses a segment the client sent.</source>
        <translation>네트워크가 클라이언트가 보낸 세그먼트를 잃어버립니다.</translation>
    </message>
    <message>
        <source>The network loses a segment the server sent.</source>
        <translation>네트워크가 서버가 보낸 세그먼트를 잃어버립니다.</translation>
    </message>
    <message>
        <source>One of the client&apos;s timers expires.</source>
        <translation>클라이언트의 타이머 하나가 만료됩니다.</translation>
    </message>
    <message>
        <source>One of the server&apos;s timers expires.</source>
        <translation>서버의 타이머 하나가 만료됩니다.</translation>
    </message>
    <message>
        <source>The client&apos;s %1 expires.</source>
        <translation>클라이언트의 %1가 만료됩니다.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 expires.</source>
        <translation>서버의 %1가 만료됩니다.</translation>
    </message>
    <message>
        <source>A crafted segment arrives at the client.</source>
        <translation>레슨이 만든 세그먼트가 클라이언트에 도착합니다.</translation>
    </message>
    <message>
        <source>A crafted segment arrives at the server.</source>
        <translation>레슨이 만든 세그먼트가 서버에 도착합니다.</translation>
    </message>
    <message>
        <source>Time passes.</source>
        <translation>시간이 흐릅니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::PackTextFiles</name>
    <message>
        <source>lost</source>
        <extracomment>Mermaid export: appended to the label of a segment the network loses.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <source>retransmission</source>
        <extracomment>Mermaid export: appended to the label of a retransmitted segment.</extracomment>
        <translation>재전송</translation>
    </message>
    <message>
        <source>crafted</source>
        <extracomment>Mermaid export: appended to the label of a segment crafted by the lesson.</extracomment>
        <translation>주입</translation>
    </message>
    <message>
        <source>Use the ← and → keys (or the buttons) to move between the steps.</source>
        <extracomment>Export pack web page: how to move between the steps.</extracomment>
        <translation>← 키와 → 키(또는 버튼)로 단계 사이를 오갑니다.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbActions</name>
    <message>
        <source>Reset lesson</source>
        <translation>레슨 초기화</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>직접 입력…</translation>
    </message>
    <message>
        <source>This segment cannot be changed</source>
        <translation>이 세그먼트는 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lay by</source>
        <translation>지연(&amp;L)</translation>
    </message>
    <message>
        <source>Delay segment</source>
        <translation>세그먼트 지연</translation>
    </message>
    <message>
        <source>Extra delay (milliseconds):</source>
        <translation>추가 지연 시간(밀리초):</translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation>다른 이름으로 레슨 저장</translation>
    </message>
    <message>
        <source>HandshakeLab lessons (*.json)</source>
        <translation>HandshakeLab 레슨 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save lesson</source>
        <translation>레슨을 저장할 수 없음</translation>
    </message>
    <message>
        <source>The lesson could not be saved. Nothing was changed on disk.</source>
        <translation>레슨을 저장하지 못했습니다. 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>&amp;Drop segment</source>
        <translation>세그먼트 버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the selected segment (D)</source>
        <translation>선택한 세그먼트 버리기 (D)</translation>
    </message>
    <message>
        <source>De&amp;lay segment…</source>
        <translation>세그먼트 지연(&amp;L)…</translation>
    </message>
    <message>
        <source>Delay the selected segment (L)</source>
        <translation>선택한 세그먼트 지연 (L)</translation>
    </message>
    <message>
        <source>Duplicate the selected segment (U)</source>
        <translation>선택한 세그먼트 복제 (U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Remove every perturbation (undoable)</source>
        <translation>모든 변경 제거 (실행 취소 가능)</translation>
    </message>
    <message>
        <source>&amp;Inject segment…</source>
        <translation>세그먼트 주입(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compare with the original run</source>
        <translation>원래 실행과 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save lesson as…</source>
        <translation>다른 이름으로 레슨 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;erturb</source>
        <translation>변경(&amp;E)</translation>
    </message>
    <message>
        <source>Perturb</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Perturbations</source>
        <translation>변경 목록</translation>
    </message>
    <message>
        <source>Lesson settings</source>
        <translation>레슨 설정</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>복제(&amp;P)</translation>
    </message>
    <message>
        <source>Du&amp;plicate segment</source>
        <translation>세그먼트 복제(&amp;P)</translation>
    </message>
    <message>
        <source>Rese&amp;t lesson</source>
        <translation>레슨 초기화(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <extracomment>The title of a lesson saved with the user&apos;s changes; %1 is the lesson&apos;s title.</extracomment>
        <translation>%1 (변경됨)</translation>
    </message>
    <message>
        <source>&amp;Compare with the simulator</source>
        <translation>시뮬레이터와 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Simulator pro&amp;file</source>
        <extracomment>Perturb menu: the behaviour profile the simulator uses when comparing with a capture.</extracomment>
        <translation>시뮬레이터 프로필(&amp;F)</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbationTexts</name>
    <message>
        <source>%1st</source>
        <extracomment>Ordinal number ending in 1 (1st, 21st). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1번째</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>Ordinal number ending in 2 (2nd, 22nd). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1번째</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>Ordinal number ending in 3 (3rd, 23rd). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1번째</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>Other ordinal numbers (4th, 11th, 12th). Korean uses KoreanGrammar::ordinal instead.</extracomment>
        <translation>%1번째</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>the %1 %2 from the client</source>
        <extracomment>A segment by its position: %1 ordinal (&quot;2nd&quot;), %2 flags (&quot;FIN&quot;).</extracomment>
        <translation>클라이언트의 %1 %2</translation>
    </message>
    <message>
        <source>the %1 %2 from the server</source>
        <extracomment>A segment by its position: %1 ordinal (&quot;2nd&quot;), %2 flags (&quot;FIN&quot;).</extracomment>
        <translation>서버의 %1 %2</translation>
    </message>
    <message>
        <source>segment #%1</source>
        <translation>세그먼트 #%1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every %1 from the client</source>
        <extracomment>%1: flags (&quot;FIN&quot;).</extracomment>
        <translation>클라이언트의 모든 %1</translation>
    </message>
    <message>
        <source>every %1 from the server</source>
        <extracomment>%1: flags (&quot;FIN&quot;).</extracomment>
        <translation>서버의 모든 %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>모든 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in whole seconds.</extracomment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <extracomment>A perturbation: %1 is a segment (&quot;the 2nd FIN from the client&quot;).</extracomment>
        <translation>%1 버리기</translation>
    </message>
    <message>
        <source>Delay %1 by %2</source>
        <extracomment>A perturbation: %1 is a segment, %2 a duration (&quot;500 ms&quot;).</extracomment>
        <translation>%1을(를) %2 지연</translation>
    </message>
    <message>
        <source>Duplicate %1 (copy %2 later)</source>
        <extracomment>A perturbation: %1 is a segment, %2 a duration: the copy arrives that much later.</extracomment>
        <translation>%1 복제 (사본은 %2 뒤)</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <extracomment>A fault that changes nothing (as a lesson file may hold).</extracomment>
        <translation>%1 지켜보기</translation>
    </message>
    <message>
        <source>Inject %1 to the client at %2</source>
        <extracomment>%1: the crafted segment (&quot;RST seq=101&quot;), %2: a time (&quot;1.200 s&quot;).</extracomment>
        <translation>%2에 클라이언트로 %1 주입</translation>
    </message>
    <message>
        <source>Inject %1 to the server at %2</source>
        <extracomment>%1: the crafted segment (&quot;RST seq=101&quot;), %2: a time (&quot;1.200 s&quot;).</extracomment>
        <translation>%2에 서버로 %1 주입</translation>
    </message>
    <message>
        <source>Teaching</source>
        <extracomment>Behaviour profile: simplified values for the classroom.</extracomment>
        <translation>수업용</translation>
    </message>
    <message>
        <source>Random loss %1 %, seed %2</source>
        <extracomment>%1: percentage of segments lost at random, %2: the random seed.</extracomment>
        <translation>무작위 손실 %1%, 시드 %2</translation>
    </message>
    <message>
        <source>Latency client → server %1</source>
        <extracomment>One-way latency of the client-to-server direction.</extracomment>
        <translation>지연 시간 클라이언트 → 서버 %1</translation>
    </message>
    <message>
        <source>Latency server → client %1</source>
        <extracomment>One-way latency of the server-to-client direction.</extracomment>
        <translation>지연 시간 서버 → 클라이언트 %1</translation>
    </message>
    <message>
        <source>Behaviour profile: %1</source>
        <extracomment>%1: profile name (&quot;Linux&quot;).</extracomment>
        <translation>동작 프로필: %1</translation>
    </message>
    <message>
        <source>Switched off from the lesson: %1</source>
        <extracomment>One of the lesson&apos;s own faults that the user switched off; %1 the fault in words.</extracomment>
        <translation>레슨에서 끈 장애: %1</translation>
    </message>
    <message>
        <source>From the lesson: %1</source>
        <extracomment>A fault the lesson file itself makes (not the user); %1 the fault (&quot;Drop the 1st ACK from the client&quot;).</extracomment>
        <translation>레슨 자체의 장애: %1</translation>
    </message>
</context>
<context>
    <name>hl::ui::PerturbationsPanel</name>
    <message>
        <source>Reset lesson</source>
        <translation>레슨 초기화</translation>
    </message>
    <message>
        <source>This is a load lesson: it cannot be perturbed.</source>
        <translation>부하 레슨이라서 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your changes to this lesson, in order:</source>
        <translation>이 레슨에 가한 변경 (순서대로):</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>제거: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected change (Del)</source>
        <translation>선택한 변경 제거 (Del)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>No changes yet. Right-click a segment arrow (or a “send” event) to drop, delay or duplicate it.</source>
        <translation>아직 변경이 없습니다. 세그먼트 화살표(또는 “송신” 이벤트)를 오른쪽 클릭해 버리거나 지연하거나 복제해 보세요.</translation>
    </message>
    <message>
        <source>Perturbations</source>
        <extracomment>Accessible name of the list of the user&apos;s changes (read by screen readers).</extracomment>
        <translation>변경 목록</translation>
    </message>
    <message>
        <source>This is a captured connection: it shows what happened and cannot be perturbed. Compare with the simulator draws the run simulated with the %1 profile behind it (Perturb → Simulator profile).</source>
        <translation>캡처한 연결입니다. 실제로 일어난 일을 보여 주므로 바꿀 수 없습니다. 시뮬레이터와 비교를 켜면 %1 프로필로 시뮬레이션한 실행이 뒤에 겹쳐 그려집니다(변경 → 시뮬레이터 프로필).</translation>
    </message>
    <message>
        <source>Part of the lesson. Untick it (or press Del) to see the run without it.</source>
        <extracomment>Tooltip of a fault the lesson file makes, in the Perturbations list.</extracomment>
        <translation>레슨에 들어 있는 장애입니다. 체크를 해제하면(또는 Del 키를 누르면) 이 장애가 없을 때의 실행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>The Remove button while one of the lesson&apos;s own faults (switched on) is selected.</extracomment>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>The Remove button while one of the lesson&apos;s own faults (switched off) is selected.</extracomment>
        <translation>켜기</translation>
    </message>
</context>
<context>
    <name>hl::ui::PredictMode</name>
    <message>
        <source>not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>hl::ui::QuizPanel</name>
    <message>
        <source>Answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>Reveal (PageDown)</source>
        <extracomment>Class mode: shows the answer of the question on screen (also PageDown, the clicker key).</extracomment>
        <translation>정답 공개 (PageDown)</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>새 번호</translation>
    </message>
    <message>
        <source>The same lesson with new initial sequence numbers and ports</source>
        <translation>초기 시퀀스 번호와 포트만 새로 바꾼 같은 레슨</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message>
        <source>Your answer, then Enter</source>
        <extracomment>Placeholder of the answer field (short: the field is narrow).</extracomment>
        <translation>답을 쓰고 Enter</translation>
    </message>
    <message>
        <source>Enter: next question</source>
        <translation>Enter: 다음 문제</translation>
    </message>
    <message>
        <source>Predict mode is off (Play → Predict mode, P).</source>
        <translation>예측 모드가 꺼져 있습니다(재생 → 예측 모드, P).</translation>
    </message>
    <message>
        <source>This run has no step to ask about.</source>
        <translation>이 실행에는 물어볼 단계가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) done.</source>
        <translation>
            <numerusform>%n문제를 모두 풀었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>%1 question number, %2 number of questions.</extracomment>
        <translation>문제 %1/%2</translation>
    </message>
    <message>
        <source>Play or step on: the lesson stops before the next question.</source>
        <translation>재생하거나 한 단계씩 진행하세요. 다음 문제 앞에서 멈춥니다.</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>정답: %1.</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <extracomment>A link under the quiz explanation; %1 a glossary term such as &quot;SYN_RECEIVED&quot;.</extracomment>
        <translation>용어집: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Review columns: the question, &quot;✗ your answer → right answer&quot; (or &quot;✓ answer&quot;), the time taken.</extracomment>
        <translation>문제</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>review column</comment>
        <translation>답</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>퀴즈 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <extracomment>Accessible names in the Predict panel (read by screen readers).</extracomment>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>지금까지의 답</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Or click the state in the state machine.</source>
        <extracomment>Under a &quot;which state will … be in&quot; question in predict mode.</extracomment>
        <translation>상태 기계에서 해당 상태를 클릭해서 답할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::QuizTexts</name>
    <message>
        <source>client</source>
        <extracomment>The client as a noun inside a quiz sentence (&quot;the client receives ...&quot;).</extracomment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>The server as a noun inside a quiz sentence (&quot;the server receives ...&quot;).</extracomment>
        <translation>서버</translation>
    </message>
    <message>
        <source>The %1 receives %2 again (a retransmission or a duplicate).</source>
        <extracomment>%1 host, %2 a segment label such as &quot;SYN seq=100&quot;.</extracomment>
        <translation>%1가 %2 세그먼트를 다시 받습니다(재전송 또는 중복).</translation>
    </message>
    <message>
        <source>The %1 receives %2.</source>
        <extracomment>%1 host, %2 a segment label such as &quot;SYN seq=100&quot;.</extracomment>
        <translation>%1가 %2 세그먼트를 받습니다.</translation>
    </message>
    <message>
        <source>A crafted segment %2 arrives at the %1.</source>
        <extracomment>%1 host, %2 a segment label such as &quot;RST seq=5301&quot;.</extracomment>
        <translation>레슨이 만든 %2 세그먼트가 %1에 도착합니다.</translation>
    </message>
    <message>
        <source>The %1 reboots.</source>
        <translation>%1가 재부팅됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application hands %n byte(s) to send().</source>
        <translation>
            <numerusform>%1 애플리케이션이 send()로 %n바이트를 넘깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application calls %2.</source>
        <extracomment>%1 host, %2 a call such as close().</extracomment>
        <translation>%1 애플리케이션이 %2 함수를 호출합니다.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires.</source>
        <extracomment>%1 host, %2 timer name such as &quot;TIME_WAIT timer&quot;.</extracomment>
        <translation>%1의 %2가 만료됩니다.</translation>
    </message>
    <message>
        <source>accepted and processed</source>
        <extracomment>Fate of an arriving segment (quiz choice).</extracomment>
        <translation>받아들여 처리함</translation>
    </message>
    <message>
        <source>ignored, nothing is sent</source>
        <extracomment>Fate of an arriving segment (quiz choice): dropped without any answer.</extracomment>
        <translation>무시함(아무것도 보내지 않음)</translation>
    </message>
    <message>
        <source>answered with an ACK</source>
        <translation>ACK으로 응답함</translation>
    </message>
    <message>
        <source>answered with a RST</source>
        <translation>RST로 응답함</translation>
    </message>
    <message>
        <source>answered with a challenge ACK</source>
        <extracomment>RFC 5961 challenge ACK; keep &quot;ACK&quot;.</extracomment>
        <translation>챌린지 ACK으로 응답함</translation>
    </message>
    <message>
        <source>it resets the connection</source>
        <translation>연결이 리셋됨</translation>
    </message>
    <message>
        <source>Which state will the %1 be in?</source>
        <extracomment>%1 host. Answered with a state name such as SYN_RECEIVED.</extracomment>
        <translation>%1는 어떤 상태가 됩니까?</translation>
    </message>
    <message>
        <source>What does the %1 send now?</source>
        <extracomment>%1 host. Answered with a flag set such as SYN,ACK or &quot;nothing&quot;.</extracomment>
        <translation>%1는 지금 무엇을 보냅니까?</translation>
    </message>
    <message>
        <source>The %1 sends a segment with %2: what are its seq and ack?</source>
        <extracomment>%1 host, %2 flags such as &quot;SYN,ACK&quot;. seq and ack are header fields: keep them.</extracomment>
        <translation>%1가 %2 세그먼트를 보냅니다. 이 세그먼트의 seq 값과 ack 값은 얼마입니까?</translation>
    </message>
    <message>
        <source>The %1 sends a segment with %2: what is its seq?</source>
        <extracomment>%1 host, %2 flags such as &quot;SYN&quot;. seq is a header field: keep it.</extracomment>
        <translation>%1가 %2 세그먼트를 보냅니다. 이 세그먼트의 seq 값은 얼마입니까?</translation>
    </message>
    <message>
        <source>What happens to this segment?</source>
        <translation>이 세그먼트는 어떻게 됩니까?</translation>
    </message>
    <message>
        <source>Nothing has arrived for the %1 yet and its retransmission timer is running. When does it expire, and which segment does the %1 send again?</source>
        <extracomment>%1 host. Answered with a time in seconds, the flags and the seq of the segment resent.</extracomment>
        <translation>%1에는 아직 아무것도 도착하지 않았고 재전송 타이머가 돌고 있습니다. 타이머는 언제 만료되며, %1는 어떤 세그먼트를 다시 보냅니까?</translation>
    </message>
    <message>
        <source>%1 s: %2 seq=%3</source>
        <translation>%1초: %2 seq=%3</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or a state name such as SYN_RECEIVED.</source>
        <extracomment>%1 the choice letters, e.g. &quot;a–d&quot;. Keep SYN_RECEIVED as it is.</extracomment>
        <translation>%1 중 한 글자나 SYN_RECEIVED 같은 상태 이름으로 답하세요.</translation>
    </message>
    <message>
        <source>Answer with a letter %1, a flag set such as SYN,ACK (any order), or &quot;nothing&quot;.</source>
        <extracomment>%1 the choice letters. Keep SYN,ACK and &quot;nothing&quot; as they are (typed answers).</extracomment>
        <translation>%1 중 한 글자, SYN,ACK 같은 플래그 조합(순서 무관) 또는 &quot;nothing&quot;으로 답하세요.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or two numbers &quot;SEQ ACK&quot; (e.g. 101 301), or &quot;rel SEQ ACK&quot; counted from the ISNs (e.g. rel 1 1).</source>
        <extracomment>%1 the choice letters. Keep the typed forms as they are.</extracomment>
        <translation>%1 중 한 글자나 두 숫자 &quot;SEQ ACK&quot;(예: 101 301)로 답하세요. ISN에서부터 센 값은 &quot;rel SEQ ACK&quot;(예: rel 1 1)로 씁니다.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or the number (e.g. 100), or &quot;rel N&quot; counted from the ISN.</source>
        <extracomment>%1 the choice letters. Keep the typed forms as they are.</extracomment>
        <translation>%1 중 한 글자나 숫자(예: 100)로 답하세요. ISN에서부터 센 값은 &quot;rel N&quot;으로 씁니다.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or a word: accepted, ignored, ack, rst, challenge-ack, reset.</source>
        <extracomment>%1 the choice letters. Keep the six words as they are (typed answers).</extracomment>
        <translation>%1 중 한 글자나 다음 낱말 가운데 하나로 답하세요: accepted, ignored, ack, rst, challenge-ack, reset.</translation>
    </message>
    <message>
        <source>Answer with a letter %1 or &quot;SECONDS FLAGS SEQ&quot; (e.g. 1.000 SYN 100).</source>
        <extracomment>%1 the choice letters. Keep the typed form as it is.</extracomment>
        <translation>%1 중 한 글자나 &quot;초 플래그 SEQ&quot;(예: 1.000 SYN 100)로 답하세요.</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>정답입니다: %1.</translation>
    </message>
    <message>
        <source>Wrong: the answer is %1.</source>
        <translation>틀렸습니다. 정답은 %1입니다.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the answer is %2.</source>
        <extracomment>%1 what the student typed, %2 the right answer.</extracomment>
        <translation>읽을 수 없는 답입니다: &quot;%1&quot;. 정답은 %2입니다.</translation>
    </message>
    <message>
        <source>The ack is not the seq that arrived: it names the next byte expected, so it is that seq plus the segment&apos;s length (a SYN or FIN counts one).</source>
        <translation>ack 값은 도착한 seq 값 그대로가 아닙니다. ack 값은 다음에 받기를 기대하는 바이트를 가리키므로, 그 seq에 세그먼트 길이를 더한 값입니다(SYN이나 FIN은 1로 셉니다).</translation>
    </message>
    <message>
        <source>SYN and FIN each use one sequence number, exactly like a byte of data: that is why they are acknowledged.</source>
        <translation>SYN과 FIN은 데이터 1바이트와 똑같이 시퀀스 번호를 하나씩 차지합니다. 그래서 확인 응답을 받아야 합니다.</translation>
    </message>
    <message>
        <source>Only the side that closes first (the active closer) goes through TIME_WAIT; the other side goes CLOSE_WAIT → LAST_ACK → CLOSED.</source>
        <translation>TIME_WAIT를 거치는 쪽은 먼저 닫은 쪽(능동 종료 측)뿐입니다. 다른 쪽은 CLOSE_WAIT → LAST_ACK → CLOSED로 갑니다.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 is the side that closed first, waiting for the peer&apos;s FIN; CLOSE_WAIT is the side that received a FIN and waits for its own application to close.</source>
        <translation>FIN_WAIT_2는 먼저 닫고 상대의 FIN을 기다리는 쪽입니다. CLOSE_WAIT는 FIN을 받은 뒤 자기 애플리케이션이 닫기를 기다리는 쪽입니다.</translation>
    </message>
    <message>
        <source>A RST is never answered with a RST: that could go on forever. It is either accepted or dropped.</source>
        <translation>RST에는 결코 RST로 답하지 않습니다. 그러면 끝없이 주고받을 수 있기 때문입니다. RST는 받아들여지거나 버려질 뿐입니다.</translation>
    </message>
    <message>
        <source>A retransmission is the same segment again: a resent SYN carries the same ISN.</source>
        <translation>재전송은 같은 세그먼트를 다시 보내는 것입니다. 다시 보내는 SYN도 같은 ISN을 담습니다.</translation>
    </message>
    <message>
        <source>After each expiry the retransmission timeout doubles (exponential backoff).</source>
        <translation>타이머가 만료될 때마다 재전송 타임아웃은 두 배가 됩니다(지수 백오프).</translation>
    </message>
    <message>
        <source>This step does change the state.</source>
        <translation>이 단계에서는 상태가 바뀝니다.</translation>
    </message>
    <message>
        <source>the %1&apos;s state after it receives %2</source>
        <extracomment>Summary topic: %1 host, %2 flags such as FIN,ACK.</extracomment>
        <translation>%2 세그먼트를 받은 뒤 %1의 상태</translation>
    </message>
    <message>
        <source>the %1&apos;s next state</source>
        <translation>%1의 다음 상태</translation>
    </message>
    <message>
        <source>what the %1 sends</source>
        <translation>%1가 보내는 세그먼트</translation>
    </message>
    <message>
        <source>the numbers of the %1&apos;s segment</source>
        <translation>%1 세그먼트의 seq와 ack</translation>
    </message>
    <message>
        <source>what the %1 does with an arriving %2</source>
        <translation>도착한 %2 세그먼트에 대한 %1의 처리</translation>
    </message>
    <message>
        <source>the %1&apos;s retransmission</source>
        <translation>%1의 재전송</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <extracomment>Quiz summary: %1 right answers, %2 questions.</extracomment>
        <translation>%2문제 중 %1문제 정답</translation>
    </message>
    <message>
        <source>; missed: %1</source>
        <extracomment>After the quiz summary: the list of missed questions.</extracomment>
        <translation>; 틀린 문제: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>A quiz choice: the host sends no segment. Keep the typed answer &quot;nothing&quot; in brackets after your words.</extracomment>
        <translation>보내지 않음 (nothing)</translation>
    </message>
</context>
<context>
    <name>hl::ui::RtoChartView</name>
    <message>
        <source>Retransmission timeout per attempt</source>
        <translation>시도별 재전송 타임아웃(RTO)</translation>
    </message>
    <message>
        <source>RTO (s)</source>
        <translation>RTO (초)</translation>
    </message>
    <message>
        <source>RTO (ms)</source>
        <translation>RTO (ms)</translation>
    </message>
    <message>
        <source>%1: timer armed</source>
        <extracomment>Legend entry of the RTO chart; %1 is &quot;Client&quot; or &quot;Server&quot;.</extracomment>
        <translation>%1: 타이머 설정</translation>
    </message>
    <message>
        <source>%1, attempt %2
armed at %3, RTO %4</source>
        <translation>%1, 시도 %2
%3에 설정, RTO %4</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>%1에 만료</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>%1에 중지</translation>
    </message>
    <message>
        <source>Retry limit reached: gave up</source>
        <translation>재시도 한도 도달: 연결 포기</translation>
    </message>
    <message>
        <source>%1 gave up at %2
%3
%4</source>
        <translation>%1: %2에 연결 포기
%3
%4</translation>
    </message>
</context>
<context>
    <name>hl::ui::RunProgress</name>
    <message>
        <source>Simulating the lesson… %1 events so far. The current lesson stays until it is ready.</source>
        <extracomment>Above the diagram while a large lesson is simulated; %1 is a number of trace events.</extracomment>
        <translation>레슨을 시뮬레이션하고 있습니다… 지금까지 이벤트 %1개입니다. 준비될 때까지 지금 레슨이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Replaying your change… %1 events so far. Cancel undoes the change.</source>
        <translation>바꾼 내용으로 레슨을 다시 실행하고 있습니다… 지금까지 이벤트 %1개입니다. 취소하면 바꾼 내용이 되돌려집니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops simulating a large lesson (the lesson shown before stays).</extracomment>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentInspector</name>
    <message>
        <source>No segment selected. Click an arrow in the diagram, or step onto a segment.</source>
        <translation>선택한 세그먼트가 없습니다. 다이어그램의 화살표를 클릭하거나 세그먼트가 있는 단계로 이동하세요.</translation>
    </message>
    <message>
        <source>Segment #%1: %2</source>
        <translation>세그먼트 #%1: %2</translation>
    </message>
    <message>
        <source>crafted by the lesson</source>
        <translation>레슨이 만든 세그먼트</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>relative %1</source>
        <translation>상대값 %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보낸 쪽</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 쪽</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>보낸 시각</translation>
    </message>
    <message>
        <source>Sender&apos;s state</source>
        <translation>송신 측 상태</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>확인 응답 번호</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>윈도우</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>SEG.LEN</source>
        <extracomment>SEG.LEN is the RFC&apos;s name; keep it.</extracomment>
        <translation>SEG.LEN</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation>세그먼트의 결과</translation>
    </message>
    <message>
        <source>later in the lesson</source>
        <translation>레슨 뒷부분에서</translation>
    </message>
    <message>
        <source>Arrived at %1</source>
        <translation>%1에 도착</translation>
    </message>
    <message>
        <source>nothing (no effect)</source>
        <translation>없음(영향 없음)</translation>
    </message>
    <message>
        <source>It caused:</source>
        <translation>이로 인해 일어난 일:</translation>
    </message>
    <message>
        <source>— (ACK flag off)</source>
        <translation>— (ACK 플래그 꺼짐)</translation>
    </message>
    <message>
        <source>Lost at %1 (%2)</source>
        <translation>%1에 손실됨 (%2)</translation>
    </message>
    <message>
        <source>delayed +%1 by the network</source>
        <extracomment>In the Segment panel: the network held this copy back (a Delay perturbation).</extracomment>
        <translation>네트워크에서 +%1 지연됨</translation>
    </message>
    <message>
        <source>Still in flight when the run ended</source>
        <translation>실행이 끝날 때까지 전송 중</translation>
    </message>
</context>
<context>
    <name>hl::ui::SegmentItem</name>
    <message>
        <source>⚡ injected</source>
        <translation>⚡ 주입</translation>
    </message>
    <message>
        <source>↻ retransmission</source>
        <translation>↻ 재전송</translation>
    </message>
    <message>
        <source>⇉ copy</source>
        <translation>⇉ 복제</translation>
    </message>
    <message>
        <source>✕ lost</source>
        <translation>✕ 손실</translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation>세그먼트 #%1</translation>
    </message>
    <message>
        <source>duplicate copy %1</source>
        <translation>중복 사본 %1</translation>
    </message>
    <message>
        <source>Ports: %1 → %2</source>
        <translation>포트: %1 → %2</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>플래그: %1</translation>
    </message>
    <message>
        <source>Sequence number: %1</source>
        <translation>시퀀스 번호: %1</translation>
    </message>
    <message>
        <source>(ACK flag off)</source>
        <translation>(ACK 플래그 꺼짐)</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>윈도우: %1</translation>
    </message>
    <message>
        <source>Payload: %1 bytes</source>
        <translation>페이로드: %1바이트</translation>
    </message>
    <message>
        <source>Sent by %1 at %2</source>
        <translation>%2에 %1가 보냄</translation>
    </message>
    <message>
        <source>Arrived at %1 at %2</source>
        <translation>%2에 %1에 도착</translation>
    </message>
    <message>
        <source>Still in flight when the run ended</source>
        <translation>실행이 끝날 때까지 전송 중</translation>
    </message>
    <message>
        <source>A retransmission of data sent before</source>
        <translation>앞서 보낸 데이터의 재전송</translation>
    </message>
    <message>
        <source>Crafted and injected by the lesson, not sent by an endpoint</source>
        <translation>종단이 보낸 것이 아니라 레슨이 만들어 주입한 세그먼트</translation>
    </message>
    <message>
        <source>Acknowledgement number: %1</source>
        <translation>확인 응답 번호: %1</translation>
    </message>
    <message>
        <source>Lost at %1 (%2)</source>
        <translation>%1에 손실됨 (%2)</translation>
    </message>
    <message>
        <source>delayed +%1</source>
        <translation>지연됨 +%1</translation>
    </message>
    <message>
        <source>Delayed by the network: %1 longer than the usual one-way trip</source>
        <translation>네트워크에서 지연됨: 보통의 단방향 전달 시간보다 %1 더 걸렸습니다</translation>
    </message>
</context>
<context>
    <name>hl::ui::SeqChartView</name>
    <message>
        <source>Sequence numbers over time: %1 → %2</source>
        <extracomment>Chart title; %1 and %2 are &quot;Client&quot;/&quot;Server&quot;.</extracomment>
        <translation>시간에 따른 시퀀스 번호: %1 → %2</translation>
    </message>
    <message>
        <source>Segment #%1 at %2</source>
        <translation>세그먼트 #%1, 시각 %2</translation>
    </message>
    <message>
        <source>relative seq %1 … %2 (SEG.LEN %3)</source>
        <extracomment>Relative sequence numbers: the range a segment occupies, counted from the sender&apos;s ISN.</extracomment>
        <translation>상대 시퀀스 번호 %1 … %2 (SEG.LEN %3)</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>lost in the network</source>
        <translation>네트워크에서 손실됨</translation>
    </message>
    <message>
        <source>duplicated by the network</source>
        <translation>네트워크가 복제함</translation>
    </message>
    <message>
        <source>Relative seq</source>
        <extracomment>Axis title: sequence numbers counted from the sender&apos;s initial sequence number.</extracomment>
        <translation>상대 시퀀스 번호</translation>
    </message>
    <message>
        <source>ACK from %1</source>
        <translation>%1의 ACK</translation>
    </message>
    <message>
        <source>ACK %1 (relative), segment #%2</source>
        <translation>ACK %1 (상대값), 세그먼트 #%2</translation>
    </message>
    <message>
        <source>ACK %1 (relative), segment #%2 at %3</source>
        <translation>ACK %1 (상대값), 세그먼트 #%2, 시각 %3</translation>
    </message>
    <message>
        <source>ACK %1 (relative)</source>
        <translation>ACK %1 (상대값)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>복제됨</translation>
    </message>
</context>
<context>
    <name>hl::ui::SequenceDiagramView</name>
    <message>
        <source>Random loss: %1 of %2 segments lost</source>
        <extracomment>Under the diagram when the lesson has random loss: &quot;3 of 24 segments lost&quot;.</extracomment>
        <translation>무작위 손실: 세그먼트 %2개 중 %1개 손실</translation>
    </message>
    <message>
        <source>The run stops here: the lesson&apos;s time limit (%1)</source>
        <extracomment>Under the diagram when the run was cut at the lesson&apos;s time limit (&quot;until&quot;).</extracomment>
        <translation>실행은 여기서 멈춥니다: 레슨의 시간 제한(%1)</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <extracomment>Accessible name of the ladder (read by screen readers).</extracomment>
        <translation>시퀀스 다이어그램</translation>
    </message>
</context>
<context>
    <name>hl::ui::SessionController</name>
    <message>
        <source>Change lesson settings</source>
        <extracomment>Undo step: a change in the Lesson settings panel.</extracomment>
        <translation>레슨 설정 변경</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <extracomment>Undo step: one line of the Perturbations list removed.</extracomment>
        <translation>제거: %1</translation>
    </message>
    <message>
        <source>Reset lesson</source>
        <translation>레슨 초기화</translation>
    </message>
    <message>
        <source>Switch on: %1</source>
        <extracomment>Undo steps: one of the lesson&apos;s own faults switched off or back on; %1 the fault in words.</extracomment>
        <translation>다시 켜기: %1</translation>
    </message>
    <message>
        <source>Switch off: %1</source>
        <translation>끄기: %1</translation>
    </message>
</context>
<context>
    <name>hl::ui::SettingsFile</name>
    <message>
        <source>Cannot save the settings to %1: the folder is read-only or the disk is full. The previous settings are kept.</source>
        <translation>설정을 %1에 저장할 수 없습니다. 폴더가 읽기 전용이거나 디스크가 가득 찼습니다. 이전 설정은 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBandItem</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1: %2부터 %3까지</translation>
    </message>
    <message>
        <source>(inferred: the capture implies this state, it does not show it)</source>
        <extracomment>Tooltip addition on a state band of a capture: the capture does not show this state itself.</extracomment>
        <translation>(추론: 캡처가 이 상태를 직접 보여 주지는 않지만 그렇다고 짐작할 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateBox</name>
    <message>
        <source>No change yet</source>
        <translation>아직 변화 없음</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <extracomment>In a state box: &quot;from SYN_SENT: received SYN,ACK acknowledging our SYN&quot;.</extracomment>
        <translation>%1에서: %2</translation>
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
        <translation>클라이언트와 서버가 여기 있음</translation>
    </message>
    <message>
        <source>client here</source>
        <translation>클라이언트가 여기 있음</translation>
    </message>
    <message>
        <source>server here</source>
        <translation>서버가 여기 있음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A state of the state machine read by a screen reader: &quot;ESTABLISHED: client here&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <extracomment>The transition a host took last: &quot;Client took SYN_SENT to ESTABLISHED: rcv SYN,ACK / snd ACK&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No transition taken yet</source>
        <translation>아직 상태 전이가 없습니다</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateMachineView</name>
    <message>
        <source>passive OPEN</source>
        <translation>수동 열기</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>능동 열기</translation>
    </message>
    <message>
        <source>CLOSE / timeout</source>
        <translation>CLOSE / 타임아웃</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>SYN 수신</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>RST 수신</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>SYN의 ACK 수신</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>SYN,ACK 수신</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>FIN 수신</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>FIN의 ACK 수신</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP 상태 다이어그램</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>SYN 송신</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>SYN,ACK 송신</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>ACK 송신</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>FIN 송신</translation>
    </message>
    <message>
        <source>timeout = 2·MSL</source>
        <translation>타임아웃 = 2·MSL</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>The transition a host last took, for screen readers: &quot;SYN_SENT to ESTABLISHED&quot;.</extracomment>
        <translation>%1에서 %2(으)로</translation>
    </message>
</context>
<context>
    <name>hl::ui::StateTimelineView</name>
    <message>
        <source>Connection states over time</source>
        <translation>시간에 따른 연결 상태</translation>
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
        <translation>레슨 시작: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Announced to a screen reader at each step: &quot;Step 3 of 9: The server receives SYN.&quot;</extracomment>
        <translation>단계 %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>hl::ui::TcbPanel</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>no sample yet</source>
        <translation>아직 측정값 없음</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>재시도 횟수</translation>
    </message>
    <message>
        <source>Bytes queued to send</source>
        <translation>송신 대기 바이트</translation>
    </message>
    <message>
        <source>Bytes received, unread</source>
        <translation>수신 후 읽지 않은 바이트</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 left&lt;/b&gt; (fires at %2)</source>
        <extracomment>Timer countdown in the TCB panel: &quot;0.8 s left (fires at 1.000 s)&quot;.</extracomment>
        <translation>&lt;b&gt;%1 남음&lt;/b&gt; (%2에 만료)</translation>
    </message>
    <message>
        <source>Numbers in brackets are relative to the ISN (sending) or IRS (receiving).</source>
        <translation>괄호 안의 수는 ISN(송신) 또는 IRS(수신)에 대한 상대값입니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::Texts</name>
    <message>
        <source>No connection exists.</source>
        <translation>연결이 없습니다.</translation>
    </message>
    <message>
        <source>Waiting for a connection request (SYN) from any client.</source>
        <translation>어느 클라이언트에서든 연결 요청(SYN)이 오기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>SYN sent; waiting for the peer&apos;s SYN,ACK.</source>
        <translation>SYN을 보냈고, 상대의 SYN,ACK을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.</source>
        <translation>SYN을 받아 SYN,ACK으로 응답했고, 핸드셰이크를 마무리할 ACK을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation>연결이 설정되었습니다. 양방향으로 데이터를 주고받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Our FIN is sent; waiting for its ACK (or for the peer&apos;s FIN).</source>
        <translation>이쪽 FIN을 보냈고, 그에 대한 ACK(또는 상대의 FIN)를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN.</source>
        <translation>이쪽 FIN은 확인 응답을 받았고, 상대의 FIN을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>The peer has finished sending; waiting for our application to close.</source>
        <translation>상대는 데이터 전송을 마쳤고, 이쪽 애플리케이션이 연결을 닫기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at once; waiting for the ACK of our FIN.</source>
        <translation>양쪽이 동시에 FIN을 보냈고, 이쪽 FIN에 대한 ACK을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Our FIN followed the peer&apos;s; waiting for the last ACK.</source>
        <translation>상대의 FIN에 이어 이쪽도 FIN을 보냈고, 마지막 ACK을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.</source>
        <translation>마지막 ACK이 손실되면 다시 보낼 수 있도록, 그리고 늦게 떠도는 옛 세그먼트가 모두 사라지도록 2·MSL 동안 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>The machine that opens the connection, as a title (lane headers, lists).</extracomment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>The machine that listens, as a title (lane headers, lists).</extracomment>
        <translation>서버</translation>
    </message>
    <message>
        <source>Handshake</source>
        <extracomment>Lesson group: opening a connection.</extracomment>
        <translation>연결 설정(핸드셰이크)</translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Lesson group: closing a connection.</extracomment>
        <translation>연결 종료</translation>
    </message>
    <message>
        <source>Loss and retransmission</source>
        <extracomment>Lesson group: lost segments and retransmission.</extracomment>
        <translation>손실과 재전송</translation>
    </message>
    <message>
        <source>Resets</source>
        <extracomment>Lesson group: RST segments and resets.</extracomment>
        <translation>리셋(RST)</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <extracomment>Lesson group: the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Lesson group: many connections or much data at once.</extracomment>
        <translation>부하 실험</translation>
    </message>
    <message>
        <source>reboot</source>
        <extracomment>A host restart, listed among the user&apos;s calls (listen(), connect() ...).</extracomment>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>retransmission timer</source>
        <translation>재전송 타이머</translation>
    </message>
    <message>
        <source>TIME_WAIT timer</source>
        <extracomment>The 2·MSL timer of the TIME_WAIT state.</extracomment>
        <translation>TIME_WAIT 타이머</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer</source>
        <extracomment>The timer that ends an orphaned connection stuck in FIN_WAIT_2 (Linux tcp_fin_timeout).</extracomment>
        <translation>FIN_WAIT_2 타이머</translation>
    </message>
    <message>
        <source>connection established</source>
        <extracomment>Told to the application: the handshake completed.</extracomment>
        <translation>연결 설정 완료</translation>
    </message>
    <message>
        <source>data received</source>
        <translation>데이터 수신</translation>
    </message>
    <message>
        <source>end of data (the peer closed its side)</source>
        <extracomment>Told to the application: the peer sent FIN, no more data will come (end of file).</extracomment>
        <translation>데이터 끝(상대가 자기 쪽을 닫음)</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>연결 리셋</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부</translation>
    </message>
    <message>
        <source>timed out</source>
        <extracomment>Told to the application: retries or a timer ran out.</extracomment>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>연결 종료</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Simulated time in seconds with three decimals, e.g. &quot;1.250 s&quot;.</extracomment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>no rule involved</source>
        <extracomment>Short reason shown when an event needs no protocol rule.</extracomment>
        <translation>적용된 규칙 없음</translation>
    </message>
    <message>
        <source>Nothing to explain here: no protocol rule was involved.</source>
        <translation>따로 설명할 것이 없습니다. 프로토콜 규칙이 관여하지 않았습니다.</translation>
    </message>
    <message>
        <source>the application called listen()</source>
        <translation>애플리케이션이 listen() 호출</translation>
    </message>
    <message>
        <source>The application opened a listening socket (a passive open). From now on a SYN that arrives at this port starts a 3-way handshake.</source>
        <translation>애플리케이션이 연결을 기다리는 소켓을 열었습니다(수동 열기, passive open). 이제 이 포트로 SYN이 도착하면 3-way 핸드셰이크가 시작됩니다.</translation>
    </message>
    <message>
        <source>the application called connect()</source>
        <translation>애플리케이션이 connect() 호출</translation>
    </message>
    <message>
        <source>The application asked for a connection (an active open). TCP picks an initial sequence number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.</source>
        <translation>애플리케이션이 연결을 요청했습니다(능동 열기, active open). TCP는 초기 시퀀스 번호(ISN)를 정해 SYN에 담아 보내고, SYN_SENT 상태에서 응답을 기다립니다.</translation>
    </message>
    <message>
        <source>data queued until the connection is established</source>
        <translation>연결 설정 전이라 데이터를 보관</translation>
    </message>
    <message>
        <source>The application handed over data before the handshake was finished. TCP keeps it in the send buffer and sends it once the connection is ESTABLISHED.</source>
        <translation>핸드셰이크가 끝나기 전에 애플리케이션이 데이터를 넘겼습니다. TCP는 이 데이터를 송신 버퍼에 보관했다가 연결이 ESTABLISHED가 되면 보냅니다.</translation>
    </message>
    <message>
        <source>the application sent data</source>
        <translation>애플리케이션이 데이터 전송</translation>
    </message>
    <message>
        <source>The application handed over data. TCP cuts it into segments of at most MSS bytes, as far as the peer&apos;s window allows, and keeps a copy of each until it is acknowledged.</source>
        <translation>애플리케이션이 보낼 데이터를 넘겼습니다. TCP는 이를 최대 MSS 바이트의 세그먼트로 나누어 상대의 윈도우가 허락하는 만큼 보내고, 확인 응답을 받을 때까지 각 세그먼트의 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>send refused: this side has already closed</source>
        <translation>전송 거부: 이쪽은 이미 송신을 닫음</translation>
    </message>
    <message>
        <source>The application tried to send after closing its sending side. TCP refuses with the error &quot;connection closing&quot;: no new data may follow our FIN.</source>
        <translation>애플리케이션이 송신 방향을 닫은 뒤에 데이터를 보내려 했습니다. FIN 뒤에는 새 데이터가 올 수 없으므로 TCP는 &quot;connection closing&quot; 오류로 거부합니다.</translation>
    </message>
    <message>
        <source>send refused: there is no connection</source>
        <translation>전송 거부: 연결이 없음</translation>
    </message>
    <message>
        <source>The application tried to send, but there is no connection to send on. TCP answers with the error &quot;connection does not exist&quot;.</source>
        <translation>애플리케이션이 데이터를 보내려 했지만 보낼 연결이 없습니다. TCP는 &quot;connection does not exist&quot; 오류를 돌려줍니다.</translation>
    </message>
    <message>
        <source>the application called close(): FIN sent</source>
        <translation>애플리케이션이 close() 호출: FIN 전송</translation>
    </message>
    <message>
        <source>The application has nothing more to send and closed the connection. TCP sends a FIN (it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.</source>
        <translation>애플리케이션이 더 보낼 데이터가 없어 연결을 닫았습니다. TCP는 FIN을 보내고(FIN도 시퀀스 번호 하나를 차지합니다) FIN_WAIT_1 상태에서 이 FIN에 대한 확인 응답을 기다립니다.</translation>
    </message>
    <message>
        <source>close() noted: the FIN will follow the queued data</source>
        <translation>close() 접수: 대기 중인 데이터 뒤에 FIN을 보냄</translation>
    </message>
    <message>
        <source>The application closed while earlier data still had to be sent (or before the handshake was finished). TCP remembers the close and sends the FIN after everything queued before it.</source>
        <translation>아직 보낼 데이터가 남아 있을 때(또는 핸드셰이크가 끝나기 전에) 애플리케이션이 연결을 닫았습니다. TCP는 이 요청을 기억해 두었다가 앞서 대기 중인 데이터를 모두 보낸 뒤에 FIN을 보냅니다.</translation>
    </message>
    <message>
        <source>the application closed after the peer&apos;s FIN: FIN sent</source>
        <translation>상대의 FIN 이후 애플리케이션이 close() 호출: FIN 전송</translation>
    </message>
    <message>
        <source>The peer had already closed its side, and now this application closes too. TCP sends its own FIN and waits in LAST_ACK for the acknowledgement of it.</source>
        <translation>상대는 이미 자기 쪽을 닫았고, 이제 이쪽 애플리케이션도 연결을 닫았습니다. TCP는 이쪽 FIN을 보내고 LAST_ACK 상태에서 그에 대한 확인 응답을 기다립니다.</translation>
    </message>
    <message>
        <source>close() in SYN_SENT: the connection is deleted</source>
        <translation>SYN_SENT에서 close(): 연결 삭제</translation>
    </message>
    <message>
        <source>The application gave up before the handshake was answered. The peer has not synchronized with us yet, so TCP deletes the connection without sending anything.</source>
        <translation>핸드셰이크 응답을 받기 전에 애플리케이션이 연결을 포기했습니다. 아직 상대와 동기화되지 않았으므로 TCP는 아무것도 보내지 않고 연결을 삭제합니다.</translation>
    </message>
    <message>
        <source>close() on the listening socket</source>
        <translation>LISTEN 소켓에서 close()</translation>
    </message>
    <message>
        <source>The application stopped listening. The listening socket is removed; a SYN that arrives at this port later is answered with RST.</source>
        <translation>애플리케이션이 연결 대기를 멈췄습니다. LISTEN 소켓이 사라지므로, 이후 이 포트로 오는 SYN에는 RST로 응답합니다.</translation>
    </message>
    <message>
        <source>close() again: the connection is already closing</source>
        <translation>close() 재호출: 이미 종료 중인 연결</translation>
    </message>
    <message>
        <source>The application called close() on a connection that is already closing. Nothing new happens; the call gets the error &quot;connection closing&quot;.</source>
        <translation>이미 종료 중인 연결에 애플리케이션이 다시 close()를 호출했습니다. 새로 일어나는 일은 없고, 호출은 &quot;connection closing&quot; 오류를 받습니다.</translation>
    </message>
    <message>
        <source>close() with unread data: RST instead of FIN</source>
        <translation>읽지 않은 데이터가 남은 채 close(): FIN 대신 RST</translation>
    </message>
    <message>
        <source>The application closed while received data was still unread, so that data will never be read. Rather than close politely with FIN, TCP resets the connection with RST so the peer learns that data was lost (RFC 2525, and what Linux does).</source>
        <translation>받은 데이터를 아직 읽지 않은 상태에서 애플리케이션이 연결을 닫았으므로, 그 데이터는 영영 읽히지 않습니다. TCP는 FIN으로 정상 종료하는 대신 RST로 연결을 리셋해, 데이터가 버려졌음을 상대에게 알립니다(RFC 2525의 권고이자 Linux의 동작).</translation>
    </message>
    <message>
        <source>the application shut down its sending side: FIN sent</source>
        <translation>애플리케이션이 송신 방향만 닫음(shutdown): FIN 전송</translation>
    </message>
    <message>
        <source>The application called shutdown(): it will send nothing more but still wants to receive. TCP sends a FIN; the connection is half-closed and data can still flow towards this side.</source>
        <translation>애플리케이션이 shutdown()을 호출했습니다. 더 보낼 데이터는 없지만 받기는 계속하겠다는 뜻입니다. TCP는 FIN을 보내고, 연결은 하프 클로즈(half-close) 상태가 되어 이쪽으로 오는 데이터는 계속 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>the application aborted: RST sent</source>
        <translation>애플리케이션이 연결을 강제 종료(abort): RST 전송</translation>
    </message>
    <message>
        <source>The application aborted the connection. TCP sends a RST so that the peer drops the connection at once, throws away everything queued and goes to CLOSED.</source>
        <translation>애플리케이션이 연결을 강제로 끊었습니다(abort). TCP는 RST를 보내 상대도 즉시 연결을 버리게 하고, 대기 중이던 데이터를 모두 버린 뒤 CLOSED가 됩니다.</translation>
    </message>
    <message>
        <source>the application aborted: nothing to send</source>
        <translation>애플리케이션이 강제 종료: 보낼 세그먼트 없음</translation>
    </message>
    <message>
        <source>connect() failed: no local port free</source>
        <translation>connect() 실패: 쓸 수 있는 로컬 포트 없음</translation>
    </message>
    <message>
        <source>The application asked for a connection, but no local port was free for it. The call fails and nothing is sent.</source>
        <translation>애플리케이션이 연결을 요청했지만 쓸 수 있는 로컬 포트가 없었습니다. 호출은 실패하고 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>the host rebooted and forgot its connections</source>
        <translation>호스트가 재부팅되어 모든 연결 정보를 잃음</translation>
    </message>
    <message>
        <source>The host restarted and lost all memory of its connections, without sending anything. The peer is not told: its side of a connection may now be half-open.</source>
        <translation>호스트가 다시 시작되면서, 아무것도 보내지 않은 채 모든 연결 정보를 잃었습니다. 상대는 이 사실을 모르므로 상대 쪽 연결은 이제 하프 오픈 연결(half-open)일 수 있습니다.</translation>
    </message>
    <message>
        <source>call refused: there is no connection</source>
        <translation>호출 거부: 연결이 없음</translation>
    </message>
    <message>
        <source>The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error &quot;connection does not exist&quot; and sends nothing.</source>
        <translation>애플리케이션이 shutdown(), close() 또는 abort()를 호출했지만 대상이 되는 연결이 없습니다. TCP는 &quot;connection does not exist&quot; 오류를 돌려주고 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>listen() again: already listening</source>
        <translation>listen() 재호출: 이미 연결 대기 중</translation>
    </message>
    <message>
        <source>The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.</source>
        <translation>이미 연결을 기다리고 있는 포트에 애플리케이션이 다시 listen()을 호출했습니다. 달라지는 것은 없고, 기존 LISTEN 소켓이 계속 SYN을 기다립니다.</translation>
    </message>
    <message>
        <source>RST for no connection: ignored</source>
        <translation>없는 연결로 온 RST: 무시</translation>
    </message>
    <message>
        <source>A RST arrived for a connection that does not exist. A RST is never answered, so it is simply discarded.</source>
        <translation>존재하지 않는 연결로 RST가 도착했습니다. RST에는 절대 응답하지 않으므로 그냥 버립니다.</translation>
    </message>
    <message>
        <source>A segment arrived for a connection that does not exist. The host answers with RST; because the segment carried an ACK, the RST takes that ACK number as its sequence number, so that the sender will accept it.</source>
        <translation>존재하지 않는 연결로 세그먼트가 도착했습니다. 호스트는 RST로 응답하는데, 받은 세그먼트에 ACK이 있었으므로 그 확인 응답 번호를 RST의 시퀀스 번호로 씁니다. 그래야 보낸 쪽이 이 RST를 받아들입니다.</translation>
    </message>
    <message>
        <source>segment for no connection: RST,ACK sent</source>
        <translation>없는 연결로 온 세그먼트: RST,ACK 전송</translation>
    </message>
    <message>
        <source>A segment without ACK arrived for a port or connection that does not exist (for example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 and ack = the segment&apos;s sequence number plus its length: &quot;I got it, and I refuse&quot;.</source>
        <translation>ACK이 없는 세그먼트가 존재하지 않는 포트나 연결로 도착했습니다(예: 아무도 연결을 기다리지 않는 포트로 온 SYN). 호스트는 seq=0, ack = 받은 세그먼트의 시퀀스 번호 + 길이로 RST,ACK을 보냅니다. &quot;잘 받았지만 거절합니다&quot;라는 뜻입니다.</translation>
    </message>
    <message>
        <source>RST at a listening socket: ignored</source>
        <translation>LISTEN 소켓에 온 RST: 무시</translation>
    </message>
    <message>
        <source>A RST arrived at a listening socket. There is no connection to reset, so it is ignored.</source>
        <translation>LISTEN 상태의 소켓에 RST가 도착했습니다. 리셋할 연결이 없으므로 무시합니다.</translation>
    </message>
    <message>
        <source>ACK at a listening socket: RST sent</source>
        <translation>LISTEN 소켓에 온 ACK: RST 전송</translation>
    </message>
    <message>
        <source>A segment with ACK arrived at a listening socket, but a listener has sent nothing that could be acknowledged. The server answers with a RST whose sequence number is that ACK number.</source>
        <translation>LISTEN 상태의 소켓에 ACK이 있는 세그먼트가 도착했습니다. 연결을 기다리기만 하던 소켓은 아직 아무것도 보내지 않았으니 확인받을 것이 없습니다. 서버는 그 확인 응답 번호를 시퀀스 번호로 삼은 RST로 응답합니다.</translation>
    </message>
    <message>
        <source>SYN at a listening socket: SYN,ACK sent</source>
        <translation>LISTEN 소켓에 온 SYN: SYN,ACK 전송</translation>
    </message>
    <message>
        <source>A connection request (SYN) arrived at a listening port. The server notes the client&apos;s sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client&apos;s SYN, the SYN offers the server&apos;s number. It now waits in SYN_RECEIVED for the client&apos;s ACK.</source>
        <translation>연결 요청(SYN)이 연결을 기다리던 포트에 도착했습니다. 서버는 클라이언트의 시퀀스 번호를 기록하고 자신의 ISN을 정한 뒤 SYN,ACK으로 응답합니다. ACK은 클라이언트의 SYN을 잘 받았다는 확인이고, SYN은 서버의 시퀀스 번호를 알리는 것입니다. 이제 SYN_RECEIVED 상태에서 클라이언트의 ACK을 기다립니다.</translation>
    </message>
    <message>
        <source>other segment at a listening socket: dropped</source>
        <translation>LISTEN 소켓에 온 기타 세그먼트: 버림</translation>
    </message>
    <message>
        <source>A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start a connection, so it is dropped without a reply.</source>
        <translation>SYN, ACK, RST 중 어느 것도 없는 세그먼트가 LISTEN 상태의 소켓에 도착했습니다. 연결을 시작할 수 없는 세그먼트이므로 응답 없이 버립니다.</translation>
    </message>
    <message>
        <source>ACK of something we never sent: RST sent</source>
        <translation>보낸 적 없는 것에 대한 ACK: RST 전송</translation>
    </message>
    <message>
        <source>While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge our SYN. It probably belongs to an old connection, so we answer with RST (seq = its ACK number) and drop it.</source>
        <translation>SYN,ACK을 기다리는 중에, 확인 응답 번호가 이쪽 SYN을 확인하지 않는 세그먼트가 도착했습니다. 이전 연결의 세그먼트일 가능성이 높으므로 RST(시퀀스 번호 = 그 확인 응답 번호)로 응답하고 세그먼트는 버립니다.</translation>
    </message>
    <message>
        <source>RST with a wrong ACK in SYN_SENT: dropped</source>
        <translation>SYN_SENT에서 ACK이 맞지 않는 RST: 버림</translation>
    </message>
    <message>
        <source>A RST arrived while we waited for SYN,ACK, but its ACK number does not match our SYN. It cannot be meant for this connection, so it is dropped; a RST is never answered.</source>
        <translation>SYN,ACK을 기다리는 중에 RST가 도착했지만, 확인 응답 번호가 이쪽 SYN과 맞지 않습니다. 이 연결을 위한 RST일 수 없으므로 버립니다. RST에는 절대 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>RST acknowledging our SYN: connection refused</source>
        <translation>이쪽 SYN을 확인하는 RST: 연결 거부</translation>
    </message>
    <message>
        <source>The peer answered our SYN with a RST that acknowledges it: nobody is listening on that port. The connection is refused, goes to CLOSED, and the application is told.</source>
        <translation>상대가 이쪽 SYN에 그 SYN을 확인하는 RST로 답했습니다. 그 포트에서 연결을 기다리는 쪽이 없다는 뜻입니다. 연결은 거부되어 CLOSED가 되고, 애플리케이션에 이를 알립니다.</translation>
    </message>
    <message>
        <source>RST without ACK in SYN_SENT: dropped</source>
        <translation>SYN_SENT에서 ACK 없는 RST: 버림</translation>
    </message>
    <message>
        <source>A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it answers our SYN. It is dropped.</source>
        <translation>SYN,ACK을 기다리는 중에 RST가 도착했지만 ACK이 없어서, 이쪽 SYN에 대한 응답인지 알 수 없습니다. 따라서 버립니다.</translation>
    </message>
    <message>
        <source>received SYN,ACK acknowledging our SYN</source>
        <translation>이쪽 SYN을 확인하는 SYN,ACK 수신</translation>
    </message>
    <message>
        <source>The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the peer&apos;s initial sequence number. We send the last ACK of the 3-way handshake; for us the connection is now ESTABLISHED.</source>
        <translation>상대가 이쪽 SYN에 SYN,ACK으로 답했습니다. ACK은 이쪽 SYN을 잘 받았다는 확인이고, SYN은 상대의 초기 시퀀스 번호를 알려 줍니다. 3-way 핸드셰이크의 마지막 ACK을 보내며, 이쪽에서 보면 연결은 이제 ESTABLISHED입니다.</translation>
    </message>
    <message>
        <source>SYN without ACK in SYN_SENT: simultaneous open</source>
        <translation>SYN_SENT에서 ACK 없는 SYN 수신: 동시 열기</translation>
    </message>
    <message>
        <source>A SYN arrived while our own SYN was still unanswered: both sides opened at the same time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of its SYN.</source>
        <translation>이쪽 SYN이 아직 응답을 받지 못했는데 상대의 SYN이 도착했습니다. 양쪽이 동시에 연결을 연 것입니다(동시 열기). SYN,ACK으로 응답하고 SYN_RECEIVED가 되며, 이제 양쪽은 각자 자기가 보낸 SYN에 대한 ACK을 기다립니다.</translation>
    </message>
    <message>
        <source>segment without SYN or RST in SYN_SENT: dropped</source>
        <translation>SYN_SENT에서 SYN도 RST도 없는 세그먼트: 버림</translation>
    </message>
    <message>
        <source>While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot complete the handshake, so it is dropped.</source>
        <translation>SYN,ACK을 기다리는 중에 SYN도 RST도 없는 세그먼트가 도착했습니다. 핸드셰이크를 완성할 수 없으므로 버립니다.</translation>
    </message>
    <message>
        <source>segment outside the receive window: ACK sent</source>
        <translation>수신 윈도우를 벗어난 세그먼트: ACK 전송</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence numbers are not the ones we expect (an old duplicate, or beyond our window). It is not used; we answer with an ACK that repeats the sequence number we expect next.</source>
        <translation>세그먼트의 시퀀스 번호가 기대한 범위에 있지 않습니다(오래된 중복 세그먼트이거나 윈도우를 넘어섬). 이 세그먼트는 쓰지 않고, 다음에 받을 시퀀스 번호를 다시 알려 주는 ACK으로 응답합니다.</translation>
    </message>
    <message>
        <source>RST outside the receive window: dropped</source>
        <translation>수신 윈도우를 벗어난 RST: 버림</translation>
    </message>
    <message>
        <source>A RST arrived whose sequence number is outside our receive window. It is not believed and is dropped silently; a RST is never answered.</source>
        <translation>시퀀스 번호가 수신 윈도우를 벗어난 RST가 도착했습니다. 믿을 수 없으므로 조용히 버립니다. RST에는 절대 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>segment ahead of the expected sequence: held</source>
        <translation>순서보다 먼저 도착한 세그먼트: 보관</translation>
    </message>
    <message>
        <source>This segment starts beyond the next byte we expect, so something sent before it is still missing. TCP keeps it and processes it in order once the gap is filled.</source>
        <translation>이 세그먼트는 다음에 받을 바이트보다 뒤에서 시작합니다. 그 앞에 보낸 데이터가 아직 도착하지 않은 것입니다. TCP는 이 세그먼트를 보관해 두었다가 빈 곳이 채워지면 순서대로 처리합니다.</translation>
    </message>
    <message>
        <source>valid RST: connection reset</source>
        <translation>유효한 RST: 연결 리셋</translation>
    </message>
    <message>
        <source>A RST arrived with exactly the sequence number we expect next, so it is trusted. The connection is reset at once: it goes to CLOSED and the application is told.</source>
        <translation>다음에 받을 시퀀스 번호와 정확히 같은 RST가 도착했으므로 믿을 수 있습니다. 연결은 즉시 리셋되어 CLOSED가 되고, 애플리케이션에 이를 알립니다.</translation>
    </message>
    <message>
        <source>RST inside the window but not exact: challenge ACK</source>
        <translation>윈도우 안이지만 번호가 정확하지 않은 RST: 챌린지 ACK</translation>
    </message>
    <message>
        <source>A RST arrived whose sequence number is inside the window but not exactly the next one expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real peer answers that with a RST carrying the exact number.</source>
        <translation>시퀀스 번호가 윈도우 안에 있지만 다음에 받을 번호와 정확히 같지는 않은 RST가 도착했습니다. 위조된 RST일 수 있으므로 TCP는 연결을 리셋하지 않고 챌린지 ACK을 보냅니다. 진짜 상대라면 정확한 번호를 담은 RST로 다시 답할 것입니다.</translation>
    </message>
    <message>
        <source>RST in SYN_RECEIVED: back to listening</source>
        <translation>SYN_RECEIVED에서 RST: 다시 연결 대기</translation>
    </message>
    <message>
        <source>The handshake was reset while the server waited for the last ACK. This connection came from a listening socket, so it is simply removed and the listener keeps waiting for new connections.</source>
        <translation>서버가 마지막 ACK을 기다리는 중에 핸드셰이크가 리셋되었습니다. 이 연결은 LISTEN 소켓에서 생겨난 것이므로 이 연결만 지워지고, LISTEN 소켓은 계속 새 연결을 기다립니다.</translation>
    </message>
    <message>
        <source>RST in SYN_RECEIVED after our own SYN: connection refused</source>
        <translation>SYN을 보낸 쪽의 SYN_RECEIVED에서 RST: 연결 거부</translation>
    </message>
    <message>
        <source>The peer reset the handshake of a connection we opened ourselves (a simultaneous open). The connection is refused and goes to CLOSED.</source>
        <translation>이쪽도 SYN을 보내 연 연결(동시 열기)의 핸드셰이크를 상대가 리셋했습니다. 연결은 거부되어 CLOSED가 됩니다.</translation>
    </message>
    <message>
        <source>RST while closing: connection closed</source>
        <translation>종료 중에 RST: 연결 닫힘</translation>
    </message>
    <message>
        <source>A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or TIME_WAIT). The connection goes to CLOSED at once.</source>
        <translation>연결이 이미 종료 중일 때(CLOSING, LAST_ACK, TIME_WAIT) 유효한 RST가 도착했습니다. 연결은 즉시 CLOSED가 됩니다.</translation>
    </message>
    <message>
        <source>RST in TIME_WAIT: ignored (RFC 1337)</source>
        <translation>TIME_WAIT에서 RST: 무시(RFC 1337)</translation>
    </message>
    <message>
        <source>A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end TIME_WAIT early (&quot;TIME_WAIT assassination&quot;) would let old segments disturb a new connection.</source>
        <translation>TIME_WAIT 중에 RST가 도착했습니다. RFC 1337에 따라 이를 무시합니다. RST로 TIME_WAIT를 일찍 끝내면(&quot;TIME_WAIT 암살&quot;) 옛 세그먼트가 새 연결을 어지럽힐 수 있기 때문입니다.</translation>
    </message>
    <message>
        <source>SYN on a synchronized connection: challenge ACK</source>
        <translation>동기화된 연결에 온 SYN: 챌린지 ACK</translation>
    </message>
    <message>
        <source>A SYN arrived on a connection that is already synchronized. It may be an old duplicate or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really restarted, it answers with a RST that ends this stale connection.</source>
        <translation>이미 동기화된 연결에 SYN이 도착했습니다. 오래된 중복 세그먼트이거나 공격일 수 있으므로 TCP는 연결을 리셋하지 않고 챌린지 ACK을 보냅니다. 상대가 정말 재시작한 것이라면 RST로 답할 것이고, 그 RST가 이 낡은 연결을 끝냅니다.</translation>
    </message>
    <message>
        <source>SYN on a synchronized connection: reset (old rule)</source>
        <translation>동기화된 연결에 온 SYN: 리셋(옛 규칙)</translation>
    </message>
    <message>
        <source>A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an error: TCP sends a RST and resets the connection.</source>
        <translation>동기화된 연결에 SYN이 도착했습니다. RFC 793의 옛 규칙은 이를 오류로 보므로, TCP는 RST를 보내고 연결을 리셋합니다.</translation>
    </message>
    <message>
        <source>duplicate SYN in SYN_RECEIVED: ACK sent</source>
        <translation>SYN_RECEIVED에서 중복 SYN: ACK 전송</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrived again while we wait for its ACK. The server does not start a second connection; it answers with an ACK that repeats what it expects.</source>
        <translation>ACK을 기다리는 중에 클라이언트의 SYN이 다시 도착했습니다. 서버는 두 번째 연결을 만들지 않고, 기대하는 번호를 다시 알려 주는 ACK으로 응답합니다.</translation>
    </message>
    <message>
        <source>duplicate SYN in SYN_RECEIVED: SYN,ACK sent again</source>
        <translation>SYN_RECEIVED에서 중복 SYN: SYN,ACK 재전송</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrived again, so our SYN,ACK may have been lost. The server sends its SYN,ACK again with the same sequence number instead of starting a second connection (what Linux and BSD do).</source>
        <translation>클라이언트의 SYN이 다시 도착했습니다. 서버가 보낸 SYN,ACK이 손실되었을 수 있습니다. 서버는 두 번째 연결을 만드는 대신 같은 시퀀스 번호로 SYN,ACK을 다시 보냅니다(Linux와 BSD의 동작).</translation>
    </message>
    <message>
        <source>new SYN in TIME_WAIT: connection reopened</source>
        <translation>TIME_WAIT에서 새 SYN: 연결 다시 열기</translation>
    </message>
    <message>
        <source>A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old connection&apos;s. The old connection ends early and the SYN starts a new one, as many systems allow.</source>
        <translation>TIME_WAIT 상태인 연결로, 이전 연결보다 큰 시퀀스 번호를 가진 새 SYN이 도착했습니다. 많은 시스템이 허용하듯이 이전 연결을 일찍 끝내고 이 SYN으로 새 연결을 시작합니다.</translation>
    </message>
    <message>
        <source>segment without ACK: dropped</source>
        <translation>ACK 없는 세그먼트: 버림</translation>
    </message>
    <message>
        <source>A segment without the ACK flag arrived on a synchronized connection. After the handshake every segment must carry ACK, so this one is dropped.</source>
        <translation>동기화된 연결에 ACK 플래그가 없는 세그먼트가 도착했습니다. 핸드셰이크 이후의 모든 세그먼트에는 ACK이 있어야 하므로 버립니다.</translation>
    </message>
    <message>
        <source>ACK of our SYN,ACK: connection established</source>
        <translation>이쪽 SYN,ACK에 대한 ACK: 연결 설정 완료</translation>
    </message>
    <message>
        <source>The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The 3-way handshake is complete and the connection is ESTABLISHED.</source>
        <translation>이쪽 SYN,ACK에 대한 ACK이 도착해 양쪽의 초기 시퀀스 번호가 모두 확인되었습니다. 3-way 핸드셰이크가 끝나고 연결은 ESTABLISHED가 됩니다.</translation>
    </message>
    <message>
        <source>wrong ACK in SYN_RECEIVED: RST sent</source>
        <translation>SYN_RECEIVED에서 잘못된 ACK: RST 전송</translation>
    </message>
    <message>
        <source>A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.</source>
        <translation>확인 응답 번호가 이쪽 SYN,ACK과 맞지 않는 세그먼트가 도착했습니다. 이 핸드셰이크의 세그먼트일 수 없으므로 RST(시퀀스 번호 = 그 확인 응답 번호)로 응답하고, SYN_RECEIVED 상태를 유지합니다.</translation>
    </message>
    <message>
        <source>ACK of new data</source>
        <translation>새 데이터에 대한 ACK</translation>
    </message>
    <message>
        <source>The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing is left unacknowledged, the retransmission timer stops.</source>
        <translation>ACK이 이쪽이 보낸 바이트를 확인해 줍니다. 확인된 바이트는 재전송 큐에서 빠지고, 확인받지 못한 것이 하나도 남지 않으면 재전송 타이머가 멈춥니다.</translation>
    </message>
    <message>
        <source>old ACK: ignored</source>
        <translation>새로 확인하는 것이 없는 ACK: 무시</translation>
    </message>
    <message>
        <source>This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment is still processed.</source>
        <translation>이 ACK은 새로 확인하는 것이 없습니다. ACK 자체는 무시하지만, 세그먼트의 나머지 부분은 계속 처리합니다.</translation>
    </message>
    <message>
        <source>ACK of data never sent: ACK sent</source>
        <translation>보내지 않은 데이터에 대한 ACK: ACK 전송</translation>
    </message>
    <message>
        <source>The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that shows where we really are.</source>
        <translation>아직 보내지도 않은 바이트를 확인하는 ACK입니다. 이를 무시하고, 실제 위치를 알려 주는 ACK을 보냅니다.</translation>
    </message>
    <message>
        <source>our FIN acknowledged: FIN_WAIT_2</source>
        <translation>이쪽 FIN 확인됨: FIN_WAIT_2</translation>
    </message>
    <message>
        <source>The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and wait for the peer to finish and send its own FIN.</source>
        <translation>상대가 이쪽 FIN을 확인했으므로 이쪽에서 보내는 방향은 닫혔습니다. FIN_WAIT_2로 넘어가, 상대가 할 일을 마치고 FIN을 보내기를 기다립니다.</translation>
    </message>
    <message>
        <source>our FIN acknowledged in CLOSING: TIME_WAIT</source>
        <translation>CLOSING에서 이쪽 FIN 확인됨: TIME_WAIT</translation>
    </message>
    <message>
        <source>During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; we enter TIME_WAIT for 2·MSL.</source>
        <translation>동시 종료 중에 이쪽 FIN에 대한 ACK이 도착했습니다. 이제 양방향이 모두 닫혔으므로 2·MSL 동안 TIME_WAIT 상태에 머뭅니다.</translation>
    </message>
    <message>
        <source>last ACK received: connection closed</source>
        <translation>마지막 ACK 수신: 연결 종료</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so the connection goes to CLOSED and is deleted.</source>
        <translation>LAST_ACK 상태에서 이쪽 FIN에 대한 ACK이 도착했습니다. 양방향이 모두 닫히고 확인되었으므로 연결은 CLOSED가 되어 삭제됩니다.</translation>
    </message>
    <message>
        <source>data received in order</source>
        <translation>순서에 맞는 데이터 수신</translation>
    </message>
    <message>
        <source>The data starts exactly at the next byte we expect. TCP accepts it, passes it to the application and acknowledges it.</source>
        <translation>다음에 받을 바이트에서 정확히 시작하는 데이터입니다. TCP는 이를 받아들여 애플리케이션에 넘기고 확인 응답을 보냅니다.</translation>
    </message>
    <message>
        <source>data after the peer&apos;s FIN: ignored</source>
        <translation>상대의 FIN 이후에 온 데이터: 무시</translation>
    </message>
    <message>
        <source>Data arrived after the peer&apos;s FIN. The FIN said that no more data would come, so this data is ignored.</source>
        <translation>상대의 FIN 뒤에 데이터가 도착했습니다. FIN은 더 보낼 데이터가 없다는 뜻이었으므로 이 데이터는 무시합니다.</translation>
    </message>
    <message>
        <source>data after our application closed: RST sent</source>
        <translation>애플리케이션이 닫은 뒤에 온 데이터: RST 전송</translation>
    </message>
    <message>
        <source>Data arrived, but the application here has already closed and can never read it. TCP resets the connection with RST so the sender learns that its data is lost.</source>
        <translation>데이터가 도착했지만 이쪽 애플리케이션은 이미 연결을 닫아서 이 데이터를 읽을 수 없습니다. TCP는 RST로 연결을 리셋해, 보낸 쪽이 데이터가 버려졌음을 알게 합니다.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN received: CLOSE_WAIT</source>
        <translation>상대의 FIN 수신: CLOSE_WAIT</translation>
    </message>
    <message>
        <source>The peer sent FIN: it has no more data to send. We acknowledge it, tell our application (end of data) and move to CLOSE_WAIT. We may still send until our application closes.</source>
        <translation>상대가 FIN을 보냈습니다. 더 보낼 데이터가 없다는 뜻입니다. 이 FIN에 확인 응답을 보내고, 애플리케이션에 데이터의 끝(EOF)을 알린 뒤 CLOSE_WAIT로 넘어갑니다. 이쪽 애플리케이션이 연결을 닫을 때까지는 계속 데이터를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN while ours is unacknowledged: CLOSING</source>
        <translation>이쪽 FIN이 확인되기 전에 상대의 FIN 수신: CLOSING</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived while our own FIN was still unacknowledged: both sides are closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK of our FIN.</source>
        <translation>이쪽 FIN이 아직 확인되지 않았는데 상대의 FIN이 도착했습니다. 양쪽이 동시에 연결을 닫고 있는 것입니다. 이 FIN에 확인 응답을 보내고 CLOSING으로 넘어가 이쪽 FIN에 대한 ACK을 기다립니다.</translation>
    </message>
    <message>
        <source>peer&apos;s FIN received: TIME_WAIT</source>
        <translation>상대의 FIN 수신: TIME_WAIT</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived and our own FIN is already acknowledged. We send the last ACK and enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and so that old segments die out.</source>
        <translation>이쪽 FIN이 이미 확인된 상태에서 상대의 FIN이 도착했습니다. 마지막 ACK을 보내고 TIME_WAIT로 들어갑니다. 그 ACK이 손실되어 FIN이 다시 올 때에 대비하고, 옛 세그먼트가 네트워크에서 모두 사라지도록 2·MSL 동안 기다리는 것입니다.</translation>
    </message>
    <message>
        <source>repeated FIN: ACK sent again</source>
        <translation>다시 온 FIN: ACK 재전송</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived again, so our ACK of it was probably lost or late. We acknowledge it again and stay in the same state.</source>
        <translation>상대의 FIN이 다시 도착했습니다. 그 FIN에 보낸 ACK이 손실되었거나 늦어진 것 같습니다. 다시 확인 응답을 보내고, 상태는 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted</source>
        <translation>TIME_WAIT에서 FIN 재수신: ACK 재전송, 2·MSL 다시 시작</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.</source>
        <translation>TIME_WAIT 중에 상대의 FIN이 다시 도착했습니다. 마지막 ACK이 손실되었다는 뜻입니다. ACK을 다시 보내고 2·MSL 타이머를 처음부터 다시 시작합니다. TIME_WAIT가 있는 이유가 바로 이것입니다.</translation>
    </message>
    <message>
        <source>the application closes on end of data: FIN sent</source>
        <translation>데이터 끝(EOF)을 받자 애플리케이션이 닫음: FIN 전송</translation>
    </message>
    <message>
        <source>This application closes as soon as the peer has finished. TCP sends its FIN together with the ACK of the peer&apos;s FIN (one FIN,ACK segment) and waits in LAST_ACK.</source>
        <translation>이 애플리케이션은 상대가 전송을 마치면 곧바로 연결을 닫도록 되어 있습니다. TCP는 상대의 FIN에 대한 ACK과 이쪽 FIN을 하나의 FIN,ACK 세그먼트에 함께 담아 보내고, LAST_ACK에서 기다립니다.</translation>
    </message>
    <message>
        <source>SYN,ACK in SYN_RECEIVED (simultaneous open): established</source>
        <translation>SYN_RECEIVED에서 SYN,ACK 수신(동시 열기): 연결 설정 완료</translation>
    </message>
    <message>
        <source>During a simultaneous open the peer&apos;s SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.</source>
        <translation>동시 열기 중에 상대의 SYN,ACK이 도착했고, 그 ACK이 이쪽 SYN을 확인해 줍니다. 이제 양쪽 SYN이 모두 확인되었으므로 연결은 ESTABLISHED가 됩니다.</translation>
    </message>
    <message>
        <source>segment for a deleted connection: left to the host</source>
        <translation>이미 삭제된 연결로 온 세그먼트: 호스트가 처리</translation>
    </message>
    <message>
        <source>The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.</source>
        <translation>이미 삭제되어 CLOSED인 연결로 세그먼트가 도착했습니다. 연결 자체는 이를 무시하고, 어느 연결에도 해당하지 않는 세그먼트처럼 호스트가 응답합니다.</translation>
    </message>
    <message>
        <source>ACK sent</source>
        <extracomment>Short reason: an acknowledgement segment was sent.</extracomment>
        <translation>ACK 전송</translation>
    </message>
    <message>
        <source>TCP acknowledges what it received: the ACK number is the next byte it expects.</source>
        <translation>TCP가 받은 데이터에 확인 응답을 보냅니다. 확인 응답 번호는 다음에 받을 바이트의 번호입니다.</translation>
    </message>
    <message>
        <source>the peer&apos;s window is full: waiting</source>
        <translation>상대의 윈도우가 가득 참: 대기</translation>
    </message>
    <message>
        <source>The peer&apos;s receive window is full, so TCP must not send more for now. The data waits until an ACK opens the window again.</source>
        <translation>상대의 수신 윈도우가 가득 차서 지금은 더 보낼 수 없습니다. ACK이 윈도우를 다시 열어 줄 때까지 데이터는 기다립니다.</translation>
    </message>
    <message>
        <source>retransmission timeout: SYN sent again</source>
        <translation>재전송 타임아웃: SYN 재전송</translation>
    </message>
    <message>
        <source>No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been lost, so it is sent again with the same sequence number (the same ISN).</source>
        <translation>재전송 타임아웃(RTO)이 지나도록 SYN,ACK이 오지 않았습니다. SYN이 손실되었을 수 있으므로 같은 시퀀스 번호(같은 ISN)로 SYN을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>retransmission timeout: SYN,ACK sent again</source>
        <translation>재전송 타임아웃: SYN,ACK 재전송</translation>
    </message>
    <message>
        <source>The last ACK of the handshake did not arrive before the timeout. The server sends its SYN,ACK again, unchanged.</source>
        <translation>타임아웃이 지나도록 핸드셰이크의 마지막 ACK이 오지 않았습니다. 서버는 SYN,ACK을 그대로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>retransmission timeout: data sent again</source>
        <translation>재전송 타임아웃: 데이터 재전송</translation>
    </message>
    <message>
        <source>The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged segment again, from SND.UNA.</source>
        <translation>타임아웃이 지나도록 데이터에 대한 확인 응답이 오지 않았습니다. TCP는 확인받지 못한 가장 오래된 세그먼트를 SND.UNA부터 다시 보냅니다.</translation>
    </message>
    <message>
        <source>retransmission timeout: FIN sent again</source>
        <translation>재전송 타임아웃: FIN 재전송</translation>
    </message>
    <message>
        <source>Our FIN was not acknowledged before the timeout. It is sent again with the same sequence number.</source>
        <translation>타임아웃이 지나도록 이쪽 FIN에 대한 확인 응답이 오지 않았습니다. 같은 시퀀스 번호로 FIN을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>timeout doubled (exponential backoff)</source>
        <translation>타임아웃 두 배로 늘림(지수 백오프)</translation>
    </message>
    <message>
        <source>After a timeout, the next wait is twice as long (exponential backoff), so that a slow or broken path is not flooded with copies.</source>
        <translation>타임아웃이 한 번 일어나면 다음 대기 시간은 두 배가 됩니다(지수 백오프). 느리거나 끊긴 경로에 사본을 쏟아붓지 않기 위해서입니다.</translation>
    </message>
    <message>
        <source>the SYN was sent more than once: the data timeout starts at 3 s</source>
        <translation>SYN을 여러 번 보냄: 데이터의 타임아웃은 3초에서 시작</translation>
    </message>
    <message>
        <source>Because the SYN had to be retransmitted, its round trip could not be measured reliably, so the retransmission timeout for data starts at 3 seconds.</source>
        <translation>SYN을 재전송해야 했기 때문에 왕복 시간을 믿을 만하게 잴 수 없었습니다. 그래서 데이터의 재전송 타임아웃은 3초에서 시작합니다.</translation>
    </message>
    <message>
        <source>SYN never answered after all retries: gave up</source>
        <translation>모든 재시도에도 SYN 응답 없음: 포기</translation>
    </message>
    <message>
        <source>The SYN was retransmitted as often as allowed and never answered. TCP gives up: the connection is aborted without sending anything and the application is told that it timed out.</source>
        <translation>SYN을 허용된 횟수만큼 재전송했지만 끝내 응답이 없었습니다. TCP는 연결 설정을 포기합니다. 아무것도 보내지 않고 연결을 끊으며, 애플리케이션에는 타임아웃을 알립니다.</translation>
    </message>
    <message>
        <source>SYN,ACK never acknowledged after all retries: gave up</source>
        <translation>모든 재시도에도 SYN,ACK 확인 없음: 포기</translation>
    </message>
    <message>
        <source>The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The server gives up on this half-open connection and deletes it without sending anything.</source>
        <translation>SYN,ACK을 허용된 횟수만큼 재전송했지만 마지막 ACK이 끝내 오지 않았습니다. 서버는 이 하프 오픈 연결을 포기하고, 아무것도 보내지 않은 채 삭제합니다.</translation>
    </message>
    <message>
        <source>data never acknowledged after all retries: gave up</source>
        <translation>모든 재시도에도 데이터 확인 없음: 포기</translation>
    </message>
    <message>
        <source>The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and aborts the connection without sending anything; the application is told that it timed out.</source>
        <translation>데이터(또는 FIN)를 허용된 횟수만큼 재전송했지만 확인 응답이 없었습니다. TCP는 상대에게 닿을 수 없다고 판단해 아무것도 보내지 않고 연결을 끊으며, 애플리케이션에는 타임아웃을 알립니다.</translation>
    </message>
    <message>
        <source>2·MSL elapsed: TIME_WAIT is over</source>
        <translation>2·MSL 경과: TIME_WAIT 끝</translation>
    </message>
    <message>
        <source>TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the connection is finally CLOSED.</source>
        <translation>TIME_WAIT가 2·MSL 동안 이어졌습니다. 이 연결의 옛 세그먼트는 이제 모두 사라졌으므로 연결은 마침내 CLOSED가 됩니다.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer expired: connection deleted</source>
        <translation>FIN_WAIT_2 타이머 만료: 연결 삭제</translation>
    </message>
    <message>
        <source>The peer never sent its FIN. This host does not wait forever for a connection its application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.</source>
        <translation>상대가 끝내 FIN을 보내지 않았습니다. 이 호스트는 애플리케이션이 이미 떠난 연결을 한없이 기다리지 않고, FIN_WAIT_2 타이머가 만료되면 연결을 삭제합니다. 이는 RFC 규칙이 아니라 운영체제의 정책(Linux tcp_fin_timeout)입니다.</translation>
    </message>
    <message>
        <source>FIN never acknowledged after all retries: gave up</source>
        <translation>모든 재시도에도 FIN 확인 없음: 포기</translation>
    </message>
    <message>
        <source>Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.</source>
        <translation>이쪽 FIN을 허용된 횟수만큼 재전송했지만 확인 응답이 없었습니다. TCP는 상대에게 닿을 수 없다고 판단해 아무것도 보내지 않고 연결을 삭제하며, 애플리케이션에는 타임아웃을 알립니다.</translation>
    </message>
    <message>
        <source>delivered by the network</source>
        <translation>네트워크가 전달함</translation>
    </message>
    <message>
        <source>The network delivered the segment to the other host after the one-way delay.</source>
        <translation>네트워크가 단방향 지연 시간 뒤에 세그먼트를 상대 호스트에 전달했습니다.</translation>
    </message>
    <message>
        <source>lost: dropped by a lesson fault</source>
        <translation>손실: 레슨의 장애 설정으로 버려짐</translation>
    </message>
    <message>
        <source>The lesson (or you) told the network to drop this segment, to show what TCP does when a segment is lost. The sender is not told; only a timeout will reveal the loss.</source>
        <translation>세그먼트를 잃었을 때 TCP가 어떻게 대처하는지 보여 주려고, 레슨(또는 사용자)이 네트워크에 이 세그먼트를 버리라고 지시했습니다. 보낸 쪽은 이 사실을 모르며, 타임아웃이 지나서야 손실을 알아챕니다.</translation>
    </message>
    <message>
        <source>lost: random loss</source>
        <translation>손실: 무작위 손실</translation>
    </message>
    <message>
        <source>The network lost this segment at random (the lesson&apos;s loss rate). The sender is not told; only a timeout will reveal the loss.</source>
        <translation>네트워크가 이 세그먼트를 무작위로 잃었습니다(레슨에 정한 손실률). 보낸 쪽은 이 사실을 모르며, 타임아웃이 지나서야 손실을 알아챕니다.</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>The client as a noun inside a sentence (&quot;the client receives ...&quot;).</extracomment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>The server as a noun inside a sentence (&quot;the server receives ...&quot;).</extracomment>
        <translation>서버</translation>
    </message>
    <message>
        <source> (retransmission)</source>
        <extracomment>Marks a segment label as a retransmission: &quot;SYN seq=100 (retransmission)&quot;.</extracomment>
        <translation> (재전송)</translation>
    </message>
    <message>
        <source> (crafted)</source>
        <extracomment>Marks a segment the lesson crafted and injected: &quot;RST seq=90 (crafted)&quot;.</extracomment>
        <translation> (레슨이 주입)</translation>
    </message>
    <message>
        <source>The %1 receives %2 and answers with %3.</source>
        <translation>%1가 %2 세그먼트를 받고 %3 세그먼트로 응답합니다.</translation>
    </message>
    <message>
        <source>The %1 receives %2.</source>
        <translation>%1가 %2 세그먼트를 받습니다.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires, so it sends %3.</source>
        <extracomment>%1 host, %2 timer name, %3 segment labels.</extracomment>
        <translation>%1의 %2가 만료되어 %3 세그먼트를 보냅니다.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 expires.</source>
        <translation>%1의 %2가 만료됩니다.</translation>
    </message>
    <message>
        <source>The lesson puts the crafted segment %1 on the wire towards the %2.</source>
        <translation>레슨이 만든 %1 세그먼트가 %2 쪽으로 보내집니다.</translation>
    </message>
    <message>
        <source>The %1 answers with %2.</source>
        <translation>%1는 %2 세그먼트로 응답합니다.</translation>
    </message>
    <message>
        <source>The %1 reboots.</source>
        <translation>%1가 재부팅됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application hands %n byte(s) to send().</source>
        <translation>
            <numerusform>%1 애플리케이션이 send()로 %n바이트를 넘깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application calls %2.</source>
        <extracomment>%1 host, %2 a call such as connect().</extracomment>
        <translation>%1 애플리케이션이 %2 함수를 호출합니다.</translation>
    </message>
    <message>
        <source>The %1 sends %2.</source>
        <translation>%1는 %2 세그먼트를 보냅니다.</translation>
    </message>
    <message>
        <source>The network drops the %1&apos;s segment %2, as the lesson says.</source>
        <translation>레슨의 설정에 따라 네트워크가 %1가 보낸 %2 세그먼트를 버립니다.</translation>
    </message>
    <message>
        <source>The network loses the %1&apos;s segment %2 at random.</source>
        <translation>네트워크가 %1가 보낸 %2 세그먼트를 무작위로 잃어버립니다.</translation>
    </message>
    <message>
        <source>The network drops the %1&apos;s segment %2, as you asked.</source>
        <translation>사용자의 지시에 따라 네트워크가 %1가 보낸 %2 세그먼트를 버립니다.</translation>
    </message>
    <message>
        <source>The %1 goes from %2 to %3.</source>
        <extracomment>%1 host, %2 and %3 state names such as SYN_SENT.</extracomment>
        <translation>%1는 %2 상태에서 %3 상태로 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s application receives %n byte(s).</source>
        <translation>
            <numerusform>%1 애플리케이션이 %n바이트를 받습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1&apos;s application is told: %2.</source>
        <extracomment>%1 host, %2 what the application is told, e.g. &quot;connection established&quot;.</extracomment>
        <translation>%1 애플리케이션이 알림을 받습니다: %2.</translation>
    </message>
    <message>
        <source>The %1 sets its %2 to expire at %3.</source>
        <extracomment>%1 host, %2 timer name, %3 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>%1는 %2를 설정합니다(만료 시각 %3).</translation>
    </message>
    <message>
        <source>The %1 stops its %2.</source>
        <translation>%1는 %2를 멈춥니다.</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>Event list, kind column: a user call such as connect().</extracomment>
        <translation>호출</translation>
    </message>
    <message>
        <source>state</source>
        <extracomment>Event list, kind column: a state change.</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>send</source>
        <extracomment>Event list, kind column: a segment sent.</extracomment>
        <translation>송신</translation>
    </message>
    <message>
        <source>inject</source>
        <extracomment>Event list, kind column: a crafted segment put on the wire.</extracomment>
        <translation>주입</translation>
    </message>
    <message>
        <source>arrive</source>
        <extracomment>Event list, kind column: a segment arrived at a host.</extracomment>
        <translation>도착</translation>
    </message>
    <message>
        <source>lost</source>
        <extracomment>Event list, kind column: the network lost a segment.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <source>timer</source>
        <extracomment>Event list, kind column: a timer set, stopped or expired.</extracomment>
        <translation>타이머</translation>
    </message>
    <message>
        <source>notify</source>
        <extracomment>Event list, kind column: something told to the application.</extracomment>
        <translation>알림</translation>
    </message>
    <message>
        <source>note</source>
        <extracomment>Event list, kind column: a decision with no other effect (segment discarded ...).</extracomment>
        <translation>판단</translation>
    </message>
    <message numerus="yes">
        <source>send(), %n byte(s)</source>
        <translation>
            <numerusform>send(), %n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set, expires at %2</source>
        <extracomment>%1 timer name, %2 a time such as &quot;1.000 s&quot;.</extracomment>
        <translation>%1 설정, %2에 만료</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 정지</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 만료</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) received</source>
        <translation>
            <numerusform>%n바이트 수신</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize: the flag that opens a connection and carries the initial sequence number.</source>
        <translation>Synchronize(동기화): 연결을 열 때 쓰며 초기 시퀀스 번호를 싣는 플래그입니다.</translation>
    </message>
    <message>
        <source>Each side sends one SYN when the connection opens. It carries that side&apos;s initial sequence number (ISN) and, like a byte of data, uses one sequence number, so it must be acknowledged: the answer&apos;s ack is ISN + 1.</source>
        <translation>연결을 열 때 양쪽이 SYN을 하나씩 보냅니다. SYN에는 보내는 쪽의 초기 시퀀스 번호(ISN)가 실리고, 데이터 1바이트처럼 시퀀스 번호 하나를 차지하므로 확인 응답을 받아야 합니다. 그래서 응답의 확인 응답 번호는 ISN + 1입니다.</translation>
    </message>
    <message>
        <source>Acknowledgement: the flag saying that the acknowledgement number is valid.</source>
        <translation>Acknowledgement(확인 응답): 확인 응답 번호가 유효하다는 표시입니다.</translation>
    </message>
    <message>
        <source>With ACK set, the acknowledgement number names the byte the sender expects next: everything before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no sequence number, so it is never acknowledged itself.</source>
        <translation>ACK 플래그가 켜져 있으면 확인 응답 번호는 보낸 쪽이 다음에 받기를 기대하는 바이트를 가리킵니다. 즉 그 앞까지는 모두 도착했다는 뜻입니다. 핸드셰이크 이후의 모든 세그먼트에는 ACK이 있습니다. ACK만 있는 세그먼트는 시퀀스 번호를 차지하지 않으므로, 그 자체에 대한 확인 응답은 없습니다.</translation>
    </message>
    <message>
        <source>Finish: the sender has no more data to send.</source>
        <translation>Finish(종료): 보내는 쪽이 더 보낼 데이터가 없다는 표시입니다.</translation>
    </message>
    <message>
        <source>Reset: drop the connection at once.</source>
        <translation>Reset(리셋): 연결을 즉시 끊으라는 표시입니다.</translation>
    </message>
    <message>
        <source>A RST makes the receiver drop the connection immediately, without the FIN exchange; data not yet delivered is lost. It answers segments that belong to no connection, and an application that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it is never answered.</source>
        <translation>RST를 받은 쪽은 FIN 교환 없이 곧바로 연결을 버리며, 아직 전달되지 않은 데이터는 사라집니다. 어느 연결에도 속하지 않는 세그먼트에 대한 답으로, 또 애플리케이션이 연결을 강제로 끊을 때 보냅니다. RST는 시퀀스 번호가 맞을 때만 믿으며(RFC 5961), RST에는 절대 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Push: hand the data to the application without waiting.</source>
        <translation>Push(푸시): 데이터를 기다리지 말고 애플리케이션에 바로 넘기라는 표시입니다.</translation>
    </message>
    <message>
        <source>PSH asks the receiver to pass the data to the application now instead of collecting more. It does not change the connection&apos;s state, and lesson faults ignore it.</source>
        <translation>PSH는 받는 쪽에 데이터를 더 모으지 말고 지금 애플리케이션에 넘겨 달라고 요청합니다. 연결 상태는 바꾸지 않으며, 레슨의 장애 조건은 PSH를 무시합니다.</translation>
    </message>
    <message>
        <source>Initial sequence number: the first sequence number a side uses, carried by its SYN.</source>
        <translation>초기 시퀀스 번호(Initial Sequence Number): 한쪽이 처음 쓰는 시퀀스 번호로, SYN에 실려 갑니다.</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>The number of the first byte in a segment; SYN and FIN count as one byte each.</source>
        <translation>세그먼트에 담긴 첫 바이트의 번호입니다. SYN과 FIN도 각각 1바이트로 칩니다.</translation>
    </message>
    <message>
        <source>TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put data in order, to drop duplicates and to say what it has received. The arithmetic is modulo 2^32, so the numbers wrap around.</source>
        <translation>TCP는 보내는 모든 바이트에 ISN 다음부터 번호를 붙입니다. 받는 쪽은 이 번호로 데이터를 순서대로 맞추고, 중복을 버리고, 무엇을 받았는지 알립니다. 계산은 2^32로 나눈 나머지로 하므로 번호는 한 바퀴 돌면 다시 0부터 시작합니다.</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>확인 응답 번호</translation>
    </message>
    <message>
        <source>The next sequence number the sender of the ACK expects to receive.</source>
        <translation>ACK을 보내는 쪽이 다음에 받기를 기대하는 시퀀스 번호입니다.</translation>
    </message>
    <message>
        <source>Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and sends it again if no acknowledgement comes in time.</source>
        <translation>확인 응답은 누적 방식입니다. ack=301은 300번 바이트까지 모두 도착했다는 뜻입니다. 이 번호는 ACK 플래그가 켜져 있을 때만 의미가 있습니다. 보내는 쪽은 확인 응답을 받지 못한 세그먼트를 보관해 두었다가, 제때 확인 응답이 오지 않으면 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>윈도우</translation>
    </message>
    <message>
        <source>How many more bytes the receiver is ready to accept.</source>
        <translation>받는 쪽이 더 받을 수 있는 바이트 수입니다.</translation>
    </message>
    <message>
        <source>Every segment advertises its sender&apos;s receive window. The other side may send only that many bytes beyond the last acknowledged one; a full window makes it wait. The window also decides which sequence numbers of an arriving segment are acceptable.</source>
        <translation>모든 세그먼트는 보내는 쪽의 수신 윈도우를 알려 줍니다. 상대는 마지막으로 확인된 바이트 뒤로 그만큼만 더 보낼 수 있고, 윈도우가 가득 차면 기다려야 합니다. 윈도우는 도착한 세그먼트의 시퀀스 번호를 받아들일지 판단하는 기준이기도 합니다.</translation>
    </message>
    <message>
        <source>Retransmission timeout: how long TCP waits for an acknowledgement before sending again.</source>
        <translation>재전송 타임아웃(Retransmission TimeOut): 확인 응답을 기다리다가 다시 보내기까지의 시간입니다.</translation>
    </message>
    <message>
        <source>The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + 4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries TCP gives up the connection.</source>
        <translation>RTO는 1초에서 시작하고, 그 뒤에는 측정한 왕복 시간을 따릅니다(RFC 6298: SRTT + 4·RTTVAR, 최소 1초). 타임아웃이 일어날 때마다 두 배가 됩니다(지수 백오프). 재시도가 너무 많아지면 TCP는 연결을 포기합니다.</translation>
    </message>
    <message>
        <source>Maximum segment lifetime: the longest time a segment is assumed to survive in the network.</source>
        <translation>최대 세그먼트 수명(Maximum Segment Lifetime): 세그먼트가 네트워크에 살아 있을 수 있다고 보는 최대 시간입니다.</translation>
    </message>
    <message>
        <source>The length of TIME_WAIT: twice the maximum segment lifetime.</source>
        <translation>TIME_WAIT의 길이로, 최대 세그먼트 수명의 두 배입니다.</translation>
    </message>
    <message>
        <source>Twice the MSL leaves time for our last ACK to be lost and for the peer&apos;s retransmitted FIN to arrive, and for every old segment of the connection, in both directions, to die out before the same ports are used again.</source>
        <translation>MSL의 두 배면, 마지막 ACK이 손실되었을 때 상대가 재전송한 FIN이 도착할 시간이 있고, 같은 포트를 다시 쓰기 전에 양방향의 옛 세그먼트가 모두 사라질 시간도 됩니다.</translation>
    </message>
    <message>
        <source>Half-open connection</source>
        <translation>하프 오픈 연결(half-open)</translation>
    </message>
    <message>
        <source>One side still believes the connection is open while the other has forgotten it.</source>
        <translation>한쪽은 연결이 열려 있다고 믿지만, 다른 쪽은 그 연결을 잊어버린 상태입니다.</translation>
    </message>
    <message>
        <source>This happens when a host crashes or reboots without closing. The survivor finds out only when it sends something: the other side has no such connection and answers with RST. (The name is also used for a handshake still waiting for its last ACK.)</source>
        <translation>호스트가 연결을 닫지 못한 채 멈추거나 재부팅되면 생깁니다. 살아 있는 쪽은 무언가를 보낼 때에야 이를 알게 됩니다. 상대에게는 그런 연결이 없으므로 RST로 답하기 때문입니다. (마지막 ACK을 아직 기다리는 핸드셰이크를 가리킬 때도 이 말을 씁니다.)</translation>
    </message>
    <message>
        <source>Half-closed connection</source>
        <translation>하프 클로즈(half-close) 연결</translation>
    </message>
    <message>
        <source>One direction is closed by a FIN; the other still carries data.</source>
        <translation>FIN으로 한 방향은 닫혔고, 다른 한 방향으로는 아직 데이터를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>After one side sends FIN (shutdown or close), the other may go on sending until it closes too. The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and may still send.</source>
        <translation>한쪽이 FIN을 보낸 뒤에도(shutdown 또는 close) 상대는 자신도 닫을 때까지 계속 데이터를 보낼 수 있습니다. FIN을 보낸 쪽은 FIN_WAIT_2에서 기다리며 계속 데이터를 받고, 상대는 CLOSE_WAIT에서 계속 데이터를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no connection (no TCB). A segment that arrives for it is answered with RST, unless it is a RST itself.</source>
        <translation>연결(TCB)이 없는 상태입니다. 이 연결로 세그먼트가 도착하면, 그것이 RST가 아닌 한 RST로 응답합니다.</translation>
    </message>
    <message>
        <source>A server&apos;s socket waits for SYNs on its port. Each SYN starts a new connection in SYN_RECEIVED; the listening socket itself stays in LISTEN.</source>
        <translation>서버의 소켓이 자기 포트로 오는 SYN을 기다리는 상태입니다. SYN이 올 때마다 SYN_RECEIVED 상태의 새 연결이 생기고, LISTEN 소켓 자신은 계속 LISTEN에 머뭅니다.</translation>
    </message>
    <message>
        <source>After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends the SYN again.</source>
        <translation>connect() 뒤에 이쪽 SYN이 가고 있는 상태입니다. 그 SYN을 확인하는 SYN,ACK이 오면 이쪽의 연결 설정이 끝나고, ACK 없는 SYN이 오면 동시 열기입니다. 아무것도 오지 않으면 재전송 타이머가 SYN을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.</source>
        <translation>SYN을 받아 SYN,ACK으로 응답한 상태입니다. 그 SYN,ACK에 대한 ACK이 오면 3-way 핸드셰이크가 끝납니다. 끝내 오지 않으면 SYN,ACK을 재전송하다가 결국 포기합니다.</translation>
    </message>
    <message>
        <source>Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends FIN (close) or RST (abort).</source>
        <translation>양쪽 ISN이 모두 확인된, 데이터를 주고받는 정상 상태입니다. 한쪽이 FIN(close)이나 RST(abort)를 보내면 끝납니다.</translation>
    </message>
    <message>
        <source>Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; the peer&apos;s FIN before that ACK leads to CLOSING; both in one segment lead straight to TIME_WAIT.</source>
        <translation>애플리케이션이 연결을 닫아 FIN을 보냈지만 아직 확인 응답을 받지 못한 상태입니다. 그 ACK이 오면 FIN_WAIT_2로, ACK보다 상대의 FIN이 먼저 오면 CLOSING으로, 둘이 한 세그먼트에 함께 오면 곧바로 TIME_WAIT로 갑니다.</translation>
    </message>
    <message>
        <source>Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, which leads to TIME_WAIT. If the peer never closes, some systems end a connection its application has left with a timer.</source>
        <translation>이쪽 방향은 닫혔고 확인도 받았지만, 상대는 아직 데이터를 보낼 수 있는 상태입니다. 상대의 FIN을 기다리며, FIN이 오면 TIME_WAIT로 갑니다. 상대가 끝내 닫지 않으면, 일부 시스템은 애플리케이션이 이미 떠난 연결을 타이머로 정리합니다.</translation>
    </message>
    <message>
        <source>The peer sent FIN and we acknowledged it; our application has been told (end of data) and may still send. The connection stays here until our application calls close(): an application that never does leaves it stuck.</source>
        <translation>상대가 FIN을 보냈고 이쪽이 확인 응답을 보낸 상태입니다. 애플리케이션은 데이터의 끝(EOF)을 통보받았고 아직 데이터를 보낼 수 있습니다. 애플리케이션이 close()를 호출할 때까지 이 상태에 머무르므로, close()를 부르지 않는 애플리케이션은 연결을 여기에 묶어 둡니다.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at about the same time: the peer&apos;s FIN arrived while ours was still unacknowledged. The ACK of our FIN leads to TIME_WAIT.</source>
        <translation>양쪽이 거의 동시에 FIN을 보내, 이쪽 FIN이 확인되기 전에 상대의 FIN이 도착한 상태입니다. 이쪽 FIN에 대한 ACK이 오면 TIME_WAIT로 갑니다.</translation>
    </message>
    <message>
        <source>The peer closed first; then our application closed and our FIN went out. When its ACK arrives the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.</source>
        <translation>상대가 먼저 닫았고, 그 뒤 이쪽 애플리케이션도 닫아 FIN을 보낸 상태입니다. 그 FIN에 대한 ACK이 오면 연결은 CLOSED가 되고, ACK이 손실되면 FIN을 재전송합니다.</translation>
    </message>
    <message>
        <source>A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be acknowledged. The other direction stays open until the other side sends its own FIN, so a close usually takes four segments: FIN, ACK, FIN, ACK. When the second FIN rides on the ACK of the first (one FIN,ACK), it takes three.</source>
        <translation>FIN은 연결의 한 방향만 닫습니다. SYN처럼 시퀀스 번호 하나를 차지하므로 확인 응답을 받아야 합니다. 반대 방향은 상대가 자기 FIN을 보낼 때까지 열려 있으므로, 연결 종료에는 보통 FIN, ACK, FIN, ACK의 세그먼트 4개가 필요합니다. 두 번째 FIN이 첫 FIN에 대한 ACK과 한 세그먼트(FIN,ACK)에 함께 실리면 3개로 끝납니다.</translation>
    </message>
    <message>
        <source>Each side picks its own ISN when the connection opens: a clock plus a secret hash of the connection&apos;s addresses and ports (RFC 9293 §3.4.1). So segments of an old connection on the same ports are not taken for new ones, and an attacker outside the connection finds the number hard to predict.</source>
        <translation>양쪽은 연결을 열 때 각자 ISN을 정합니다. 시계 값에 연결의 주소와 포트를 비밀 키로 해시한 값을 더한 것입니다(RFC 9293 §3.4.1). 그래서 같은 포트를 쓰던 옛 연결의 세그먼트가 새 연결의 것으로 오인되지 않고, 연결 밖의 공격자는 그 번호를 예측하기 어렵습니다.</translation>
    </message>
    <message>
        <source>Challenge ACK</source>
        <translation>챌린지 ACK</translation>
    </message>
    <message>
        <source>An ACK sent instead of obeying a suspicious RST or SYN (RFC 5961).</source>
        <translation>의심스러운 RST나 SYN을 그대로 따르지 않고 대신 보내는 ACK입니다(RFC 5961).</translation>
    </message>
    <message>
        <source>A RST whose sequence number is inside the window but not exactly the next one expected, or a SYN on a synchronized connection, might be forged. Instead of resetting, TCP answers with an ACK that states the numbers it really expects. A genuine peer that did lose the connection replies with a RST carrying exactly that number; a blind attacker cannot.</source>
        <translation>시퀀스 번호가 윈도우 안에 있지만 다음에 받을 번호와 정확히 같지 않은 RST나, 동기화된 연결에 도착한 SYN은 위조되었을 수 있습니다. TCP는 연결을 리셋하지 않고, 자기가 실제로 기대하는 번호를 담은 ACK으로 답합니다. 정말로 연결을 잃은 진짜 상대라면 그 번호와 정확히 같은 RST로 다시 답하지만, 번호를 볼 수 없는 공격자는 그렇게 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Synchronized state</source>
        <translation>동기화된 상태</translation>
    </message>
    <message>
        <source>Any state after the handshake, in which both ISNs are known: ESTABLISHED and every closing state.</source>
        <translation>핸드셰이크가 끝나 양쪽 ISN을 모두 아는 상태: ESTABLISHED와 모든 종료 단계 상태입니다.</translation>
    </message>
    <message>
        <source>RFC 9293 calls ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK and TIME_WAIT the synchronized states: each side knows the other&apos;s sequence numbers, so an unacceptable segment is answered with an ACK rather than a RST.</source>
        <translation>RFC 9293은 ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT를 동기화된 상태라고 부릅니다. 양쪽이 서로의 시퀀스 번호를 알고 있으므로, 받아들일 수 없는 세그먼트에는 RST가 아니라 ACK으로 답합니다.</translation>
    </message>
    <message>
        <source>Transmission control block (TCB)</source>
        <translation>전송 제어 블록(TCB)</translation>
    </message>
    <message>
        <source>The record a host keeps for one connection: its state, numbers and timers.</source>
        <translation>호스트가 연결 하나마다 보관하는 기록으로, 상태와 번호, 타이머를 담습니다.</translation>
    </message>
    <message>
        <source>The TCB holds the connection&apos;s addresses and ports, its state, the send variables (SND.UNA, SND.NXT, SND.WND, ISS), the receive variables (RCV.NXT, RCV.WND, IRS), the retransmission queue and the timers. A connection in CLOSED has no TCB: deleting it is what closing means.</source>
        <translation>TCB에는 연결의 주소와 포트, 상태, 송신 변수(SND.UNA, SND.NXT, SND.WND, ISS), 수신 변수(RCV.NXT, RCV.WND, IRS), 재전송 큐와 타이머가 들어 있습니다. CLOSED 상태의 연결에는 TCB가 없습니다. TCB를 지우는 것이 곧 연결을 닫는 것입니다.</translation>
    </message>
    <message>
        <source>Maximum segment size (MSS)</source>
        <translation>최대 세그먼트 크기(MSS)</translation>
    </message>
    <message>
        <source>The most data bytes one segment may carry, announced in the SYN.</source>
        <translation>세그먼트 하나에 담을 수 있는 데이터의 최대 바이트 수로, SYN에 실어 알립니다.</translation>
    </message>
    <message>
        <source>Each side announces in its SYN the largest segment it wants to receive. The sender cuts the application&apos;s data into segments of at most that many bytes; headers are not counted.</source>
        <translation>양쪽은 SYN에 자기가 받고 싶은 가장 큰 세그먼트 크기를 실어 알립니다. 보내는 쪽은 애플리케이션의 데이터를 이 크기 이하의 세그먼트로 나눕니다. 헤더는 이 크기에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>The smoothed round-trip time and its variation, from which the RTO is computed.</source>
        <translation>평활 왕복 시간과 그 변동 폭으로, RTO를 계산하는 재료입니다.</translation>
    </message>
    <message>
        <source>Each acknowledged segment that was sent only once gives a round-trip sample. TCP keeps a moving average (SRTT) and the average deviation (RTTVAR) and sets RTO = SRTT + 4·RTTVAR (RFC 6298). A retransmitted segment gives no sample, since its ACK may answer either copy.</source>
        <translation>한 번만 보낸 세그먼트가 확인 응답을 받으면 왕복 시간 표본이 하나 생깁니다. TCP는 그 이동 평균(SRTT)과 평균 편차(RTTVAR)를 유지하며 RTO = SRTT + 4·RTTVAR로 정합니다(RFC 6298). 재전송한 세그먼트는 표본이 되지 않습니다. 그 ACK이 어느 쪽 사본에 대한 것인지 알 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>The ISN this side sent (ISS) and the one it received from the peer (IRS).</source>
        <translation>이쪽이 보낸 ISN(ISS)과 상대에게서 받은 ISN(IRS)입니다.</translation>
    </message>
    <message>
        <source>RFC 9293 names the two initial sequence numbers from one endpoint&apos;s point of view: the initial send sequence number (ISS), carried by its own SYN, and the initial receive sequence number (IRS), learnt from the peer&apos;s SYN. The client&apos;s ISS is the server&apos;s IRS and the other way round.</source>
        <translation>RFC 9293은 두 초기 시퀀스 번호를 한 종단의 관점에서 이렇게 부릅니다. 그 종단이 자기 SYN에 실어 보낸 초기 송신 시퀀스 번호(ISS)와, 상대의 SYN에서 알게 된 초기 수신 시퀀스 번호(IRS)입니다. 클라이언트의 ISS는 서버의 IRS이고, 그 반대도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>The side that sent the first FIN (after a simultaneous close: both sides) waits 2·MSL after acknowledging the peer&apos;s FIN. If that last ACK was lost, the peer&apos;s FIN comes again and is acknowledged again; and the old segments of the connection die out before its ports are used again.</source>
        <translation>먼저 FIN을 보낸 쪽(동시 종료라면 양쪽 모두)이 상대의 FIN에 확인 응답을 보낸 뒤 2·MSL 동안 기다리는 상태입니다. 그 마지막 ACK이 손실되었다면 상대의 FIN이 다시 오고, 이에 다시 확인 응답을 보냅니다. 또 같은 포트를 다시 쓰기 전에 이 연결의 옛 세그먼트가 모두 사라지게 합니다.</translation>
    </message>
    <message>
        <source>the lesson drops it</source>
        <extracomment>Why a segment was lost: the lesson file drops it.</extracomment>
        <translation>레슨이 버리도록 설정함</translation>
    </message>
    <message>
        <source>random loss</source>
        <extracomment>Why a segment was lost: the lesson&apos;s random loss.</extracomment>
        <translation>무작위 손실</translation>
    </message>
    <message>
        <source>dropped by you</source>
        <extracomment>Why a segment was lost: the user dropped it in the app.</extracomment>
        <translation>사용자가 버림</translation>
    </message>
    <message>
        <source>lost (%1)</source>
        <extracomment>A lost segment and why, e.g. &quot;lost (random loss)&quot;.</extracomment>
        <translation>손실 (%1)</translation>
    </message>
    <message>
        <source>The application aborted the connection. In this state RFC 9293 sends no RST: in LISTEN and SYN_SENT the peer has no synchronized connection to reset, and in CLOSING, LAST_ACK and TIME_WAIT both FINs have already been sent. The connection just goes to CLOSED.</source>
        <translation>애플리케이션이 연결을 강제로 끊었습니다(abort). 이 상태에서 RFC 9293은 RST를 보내지 않습니다. LISTEN과 SYN_SENT에서는 상대에게 리셋할 동기화된 연결이 없고, CLOSING, LAST_ACK, TIME_WAIT에서는 양쪽 FIN이 이미 모두 오갔기 때문입니다. 연결은 그냥 CLOSED가 됩니다.</translation>
    </message>
    <message>
        <source>In textbooks also: %1</source>
        <extracomment>Under a glossary term: the names textbooks also use for it, e.g. &quot;순서 번호; 일련번호&quot;.</extracomment>
        <translation>교과서에서는 이렇게도 부릅니다: %1</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <extracomment>The timer that holds back an ACK for a short while (delayed ACK, Linux profile).</extracomment>
        <translation>지연 ACK 타이머</translation>
    </message>
    <message>
        <source>delayed ACK sent</source>
        <translation>지연 ACK 전송</translation>
    </message>
    <message>
        <source>Linux held this ACK back for a short while (the delayed-ACK timeout, 40 ms at first) in case it could ride on a segment of its own. Nothing else left in that time, so the ACK goes out alone. At the start of a connection Linux ACKs data at once (quick-ACK mode); after the peer&apos;s FIN it waits, hoping to send its own FIN with the ACK.</source>
        <translation>Linux는 자기 세그먼트에 함께 실어 보낼 수 있을까 하여 이 ACK을 잠시 붙잡아 두었습니다(지연 ACK 타임아웃, 처음에는 40ms). 그동안 나갈 세그먼트가 없었으므로 ACK만 따로 나갑니다. 연결 초기에는 Linux가 데이터에 바로 ACK하고(quick-ACK 모드), 상대의 FIN을 받은 뒤에는 자기 FIN과 함께 보내려고 기다립니다.</translation>
    </message>
    <message>
        <source>Linux resets with RST,ACK</source>
        <translation>Linux는 RST,ACK으로 리셋합니다</translation>
    </message>
    <message>
        <source>Linux sends this reset with the ACK flag on: its sequence number is SND.NXT and its ACK number is RCV.NXT, everything this side received. RFC 9293 only asks for a bare RST; the peer accepts either.</source>
        <translation>Linux는 이 리셋에 ACK 플래그를 켜서 보냅니다. 시퀀스 번호는 SND.NXT이고, ACK 번호는 이쪽이 받은 것 전부를 뜻하는 RCV.NXT입니다. RFC 9293은 RST만 요구하며, 상대는 어느 쪽이든 받아들입니다.</translation>
    </message>
    <message>
        <source>SYN sent again; Linux keeps the timeout (linear SYN timeouts)</source>
        <translation>SYN 재전송, Linux는 타임아웃을 그대로 둠(선형 SYN 타임아웃)</translation>
    </message>
    <message>
        <source>No SYN,ACK came back, so the SYN is sent again. Linux does not double the timeout for the first few SYN retransmissions (tcp_syn_linear_timeouts, 4 by default): they follow each other one initial RTO apart, and only then does the wait double.</source>
        <translation>SYN,ACK이 돌아오지 않아 SYN을 다시 보냅니다. Linux는 처음 몇 번의 SYN 재전송(tcp_syn_linear_timeouts, 기본값 4)에서는 타임아웃을 두 배로 늘리지 않습니다. 이 재전송들은 초기 RTO 간격으로 이어지고, 그 뒤에야 대기 시간이 두 배씩 늘어납니다.</translation>
    </message>
    <message>
        <source>the SYN&apos;s time budget is spent: gave up</source>
        <translation>SYN에 허용된 시간 소진: 포기</translation>
    </message>
    <message>
        <source>the data&apos;s time budget is spent: gave up</source>
        <translation>데이터에 허용된 시간 소진: 포기</translation>
    </message>
    <message>
        <source>Linux counts data retries in time, not in segments: tcp_retries2 = n allows as long as n doubling timeouts from 200 ms would take, measured from the first transmission. The timer fired after that, so the connection is aborted without sending anything and the application is told that it timed out.</source>
        <translation>Linux는 데이터 재시도를 세그먼트 수가 아니라 시간으로 셉니다. tcp_retries2 = n이면 200ms에서 시작해 두 배씩 늘어나는 타임아웃 n번에 걸리는 시간만큼, 첫 전송부터 재서 기다립니다. 타이머가 그 뒤에 만료되었으므로 아무것도 보내지 않고 연결을 끊으며, 애플리케이션에는 타임아웃을 알립니다.</translation>
    </message>
    <message>
        <source>tail loss probe: the last segment sent again</source>
        <translation>꼬리 손실 탐색(TLP): 마지막 세그먼트 재전송</translation>
    </message>
    <message>
        <source>Linux sends a tail loss probe: nothing was acknowledged for about two round trips, so it sends the last segment again before the retransmission timeout, without doubling the timeout and without counting a retry. The probe&apos;s ACK reveals a loss quickly.</source>
        <translation>Linux가 꼬리 손실 탐색(tail loss probe)을 보냅니다. 왕복 시간 두 번쯤 동안 아무것도 확인되지 않았으므로, 재전송 타임아웃 전에 마지막 세그먼트를 다시 보냅니다. 이때 타임아웃을 두 배로 늘리지 않고 재시도로 세지도 않습니다. 이 탐색에 대한 ACK으로 손실을 빨리 알아냅니다.</translation>
    </message>
    <message>
        <source>round trip measured on a retransmission (timestamps)</source>
        <translation>재전송으로 왕복 시간 측정(타임스탬프)</translation>
    </message>
    <message>
        <source>The acknowledged segment had been sent twice. Without more information TCP could not tell which copy was answered and would not measure it (Karn&apos;s rule); with TCP timestamps the ACK echoes the copy&apos;s time, so Linux measures the round trip anyway. After a lost SYN, data therefore does not start with a 3-second timeout.</source>
        <translation>확인된 세그먼트는 두 번 전송된 것입니다. 다른 정보가 없으면 TCP는 어느 사본에 대한 응답인지 알 수 없어 측정하지 않습니다(Karn의 규칙). TCP 타임스탬프가 있으면 ACK이 그 사본의 시각을 되돌려 주므로, Linux는 그래도 왕복 시간을 잽니다. 그래서 SYN이 손실된 뒤에도 데이터가 3초 타임아웃으로 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Linux RTO: SRTT plus at least 200 ms</source>
        <translation>Linux RTO: SRTT에 최소 200ms를 더함</translation>
    </message>
    <message>
        <source>Linux puts its 200 ms minimum on the variance part of the timeout, not on the whole: RTO = SRTT + max(4·RTTVAR, 200 ms). With a steady round trip of 100 ms the timeout is about 300 ms, where RFC 6298 with the same minimum would give 200 ms.</source>
        <translation>Linux는 200ms 하한을 타임아웃 전체가 아니라 변동 항에 둡니다: RTO = SRTT + max(4·RTTVAR, 200ms). 왕복 시간이 100ms로 일정하면 타임아웃은 약 300ms인데, 같은 하한을 쓰는 RFC 6298이라면 200ms가 됩니다.</translation>
    </message>
    <message>
        <source>ACK held back: rate limit for invalid segments</source>
        <translation>ACK 보류: 잘못된 세그먼트에 대한 응답 속도 제한</translation>
    </message>
    <message>
        <source>This segment would normally be answered with an ACK, but this host already sent such an answer moments ago. Like Linux (tcp_invalid_ratelimit, 500 ms), it answers invalid segments without data at most once per interval, so two confused hosts cannot keep each other busy with an endless ACK storm.</source>
        <translation>보통은 이 세그먼트에 ACK으로 답하지만, 이 호스트는 조금 전에 이미 그런 답을 보냈습니다. Linux(tcp_invalid_ratelimit, 500ms)처럼 데이터 없는 잘못된 세그먼트에는 정해진 간격마다 한 번만 답하므로, 서로 어긋난 두 호스트가 끝없는 ACK 폭풍으로 서로를 붙잡아 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>challenge ACK held back: too many this second</source>
        <translation>챌린지 ACK 보류: 이번 1초 동안 너무 많음</translation>
    </message>
    <message>
        <source>A challenge ACK is due, but this connection has already sent as many as it may in one second. RFC 5961 asks for such a throttle so that an attacker cannot turn a host into an ACK generator.</source>
        <translation>챌린지 ACK을 보낼 차례이지만, 이 연결은 1초 동안 보낼 수 있는 만큼 이미 보냈습니다. RFC 5961은 공격자가 호스트를 ACK 생성기로 악용하지 못하도록 이런 제한을 두라고 요구합니다.</translation>
    </message>
    <message>
        <source>run stopped: too many events</source>
        <translation>실행 중단: 이벤트가 너무 많음</translation>
    </message>
    <message>
        <source>The simulation stops a run that grows beyond what one run may hold, so that the program stays responsive. What happened so far is shown; later events are not simulated.</source>
        <translation>한 번의 실행이 담을 수 있는 양을 넘어서면 프로그램이 멈추지 않도록 시뮬레이션이 실행을 중단합니다. 지금까지 일어난 일은 보여 주지만, 그 뒤의 이벤트는 시뮬레이션하지 않습니다.</translation>
    </message>
    <message>
        <source>run stopped: too many segments on the way</source>
        <translation>실행 중단: 전송 중인 세그먼트가 너무 많음</translation>
    </message>
    <message>
        <source>More segments were travelling at once than one run may hold, so the simulation stopped here. What happened so far is shown; later events are not simulated.</source>
        <translation>한 번의 실행이 담을 수 있는 것보다 많은 세그먼트가 동시에 전송 중이어서 시뮬레이션이 여기서 멈췄습니다. 지금까지 일어난 일은 보여 주지만, 그 뒤의 이벤트는 시뮬레이션하지 않습니다.</translation>
    </message>
    <message>
        <source>run stopped: time stood still</source>
        <translation>실행 중단: 시간이 멈춤</translation>
    </message>
    <message>
        <source>The hosts kept reacting to each other without any simulated time passing, so the run could never end by itself. The simulation stopped it here.</source>
        <translation>두 호스트가 시뮬레이션 시간이 전혀 흐르지 않은 채 서로에게 계속 반응해서, 실행이 스스로는 끝날 수 없었습니다. 시뮬레이션이 여기서 실행을 멈췄습니다.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 events, the most one run may have</source>
        <extracomment>%1 is a number such as &quot;1,000,000&quot;.</extracomment>
        <translation>한 번의 실행에 허용되는 최대치인 이벤트 %1개에서 실행을 멈췄습니다</translation>
    </message>
    <message>
        <source>The run was stopped with %1 segments on the way at once, the most one run may have</source>
        <translation>한 번의 실행에 허용되는 최대치인 세그먼트 %1개가 동시에 전송 중이어서 실행을 멈췄습니다</translation>
    </message>
    <message>
        <source>The run was stopped after %1 events at the same instant: simulated time stood still</source>
        <translation>같은 순간에 이벤트가 %1개 일어나 실행을 멈췄습니다: 시뮬레이션 시간이 흐르지 않았습니다</translation>
    </message>
    <message>
        <source>Likely cause: the two ends keep answering each other&apos;s ACKs — an ACK storm. Real stacks limit how often they send such ACKs (RFC 5961 §7, Linux tcp_invalid_ratelimit).</source>
        <translation>예상 원인: 양쪽 종단이 서로의 ACK에 계속 답하고 있습니다 — ACK 폭풍입니다. 실제 TCP 구현은 이런 ACK을 보내는 빈도를 제한합니다(RFC 5961 §7, Linux tcp_invalid_ratelimit).</translation>
    </message>
    <message>
        <source>Likely cause: most segments arrive more than once (a duplicate fault) and every copy is answered, so the segments multiply.</source>
        <translation>예상 원인: 대부분의 세그먼트가 두 번 이상 도착하고(복제 장애) 사본마다 답이 나가므로 세그먼트가 불어납니다.</translation>
    </message>
    <message>
        <source>Likely cause: the lesson sends more data than one run can show; send fewer bytes or use a larger MSS.</source>
        <translation>예상 원인: 이 레슨은 한 번의 실행으로 보여 줄 수 있는 것보다 많은 데이터를 보냅니다. 바이트 수를 줄이거나 더 큰 MSS를 쓰세요.</translation>
    </message>
    <message>
        <source>Likely cause: the lesson asks for more work than one run can show.</source>
        <translation>예상 원인: 이 레슨은 한 번의 실행으로 보여 줄 수 있는 것보다 많은 작업을 요구합니다.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 says which limit stopped the run, %2 the likely cause (a sentence).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The network loses the %1&apos;s %2.</source>
        <extracomment>Short caption of a lost segment: %1 the sending host, %2 flags such as SYN,ACK.</extracomment>
        <translation>네트워크가 %1가 보낸 %2 세그먼트를 잃어버립니다.</translation>
    </message>
    <message>
        <source>A crafted %1 goes towards the %2.</source>
        <extracomment>Short caption: the lesson puts a crafted segment (%1: flags) on the wire towards host %2.</extracomment>
        <translation>레슨이 만든 %1 세그먼트가 %2 쪽으로 갑니다.</translation>
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
        <translation>%1의 세그먼트 %2은(는) 손실된 것이 분명합니다. 다시 보내졌기 때문입니다(캡처에서 추론).</translation>
    </message>
    <message>
        <source>The %1 must have gone from %2 to %3 (inferred from the capture).</source>
        <extracomment>In a capture: a state change the capture implies but cannot show. %1 host, %2 and %3 state names.</extracomment>
        <translation>%1는 %2 상태에서 %3 상태로 바뀌었을 것입니다(캡처에서 추론).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <extracomment>%1 is the JSON reader&apos;s own description of the problem, in English.</extracomment>
        <translation>구문 오류: %1</translation>
    </message>
    <message>
        <source>syntax error: unexpected NUL byte</source>
        <translation>구문 오류: 예상하지 못한 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <source>syntax error: unexpected end of input</source>
        <translation>구문 오류: 입력이 도중에 끝났습니다</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 키가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>%1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 and %2 are kinds of JSON value: &quot;a string&quot;, &quot;an object&quot;, &quot;true or false&quot;...</extracomment>
        <translation>%1 값이 와야 하는데 %2 값이 있습니다</translation>
    </message>
    <message>
        <source>out of range: %1 (allowed: %2 to %3)</source>
        <extracomment>%1 the number found, %2 and %3 the smallest and largest allowed.</extracomment>
        <translation>범위를 벗어났습니다: %1 (허용 범위: %2~%3)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>정수 값이 와야 하는데 %1 값이 있습니다</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>알 수 없는 필드입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 값이 와야 하는데 &quot;%2&quot; 값이 있습니다</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version %2)</source>
        <translation>지원하지 않는 버전 %1입니다(이 프로그램은 버전 %2 파일을 읽습니다)</translation>
    </message>
    <message>
        <source>must be lowercase letters a-z, digits 0-9 and &quot;-&quot;, got &quot;%1&quot;</source>
        <translation>영문 소문자 a-z, 숫자 0-9, &quot;-&quot;만 쓸 수 있는데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>needs a non-empty &quot;en&quot; or &quot;ko&quot;</source>
        <extracomment>&quot;en&quot; and &quot;ko&quot; are lesson-file keys: keep them.</extracomment>
        <translation>비어 있지 않은 &quot;en&quot; 또는 &quot;ko&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>expected a number or an object, got %1</source>
        <translation>숫자 또는 객체 값이 와야 하는데 %1 값이 있습니다</translation>
    </message>
    <message>
        <source>unknown host &quot;%1&quot;</source>
        <translation>알 수 없는 호스트입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>알 수 없는 플래그입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>알 수 없는 동작입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>알 수 없는 그룹입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;</source>
        <translation>알 수 없는 프로필입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown dup_syn_reply &quot;%1&quot;</source>
        <translation>알 수 없는 dup_syn_reply 값입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; 플래그가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>must be 0 when the ACK flag is not set</source>
        <translation>ACK 플래그가 없으면 0이어야 합니다</translation>
    </message>
    <message>
        <source>an &quot;inject&quot; action names its host with &quot;to&quot;, not &quot;host&quot;</source>
        <extracomment>Words in quotes are lesson-file keys and values: keep them.</extracomment>
        <translation>&quot;inject&quot; 동작은 호스트를 &quot;host&quot;가 아니라 &quot;to&quot;로 지정합니다</translation>
    </message>
    <message>
        <source>only a &quot;send&quot; action takes &quot;bytes&quot;</source>
        <translation>&quot;bytes&quot;는 &quot;send&quot; 동작에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>only an &quot;inject&quot; action takes &quot;to&quot;</source>
        <translation>&quot;to&quot;는 &quot;inject&quot; 동작에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>only an &quot;inject&quot; action takes &quot;segment&quot;</source>
        <translation>&quot;segment&quot;는 &quot;inject&quot; 동작에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected [start, end], an array of 2 numbers</source>
        <translation>[시작, 끝] 형태의 숫자 2개짜리 배열이어야 합니다</translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <extracomment>%1 and %2 are times in milliseconds.</extracomment>
        <translation>시작 값(%1)이 끝 값(%2)보다 뒤입니다</translation>
    </message>
    <message>
        <source>needs an effect: &quot;drop&quot;: true, &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</source>
        <translation>효과가 하나 필요합니다: &quot;drop&quot;: true, &quot;delay_ms&quot; 또는 &quot;duplicate_after_ms&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with &quot;delay_ms&quot; or &quot;duplicate_after_ms&quot;</source>
        <translation>&quot;delay_ms&quot;나 &quot;duplicate_after_ms&quot;와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>expected [first, last], an array of 2 port numbers</source>
        <translation>[처음, 마지막] 형태의 포트 번호 2개짜리 배열이어야 합니다</translation>
    </message>
    <message>
        <source>first port %1 is after last port %2</source>
        <translation>처음 포트(%1)가 마지막 포트(%2)보다 큽니다</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>0보다 커야 합니다</translation>
    </message>
    <message>
        <source>rate_per_s x duration gives %1 connections, more than %2</source>
        <extracomment>rate_per_s is a lesson-file field: keep it. %1 connections, %2 the limit.</extracomment>
        <translation>rate_per_s x duration이면 연결이 %1개가 되어 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <source>a lesson with &quot;load&quot; has no &quot;actions&quot;</source>
        <extracomment>&quot;load&quot; and &quot;actions&quot; are lesson-file keys: keep them.</extracomment>
        <translation>&quot;load&quot;가 있는 레슨에는 &quot;actions&quot;를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB (%1 bytes); lesson files are limited to %2 bytes</source>
        <extracomment>%1 the file&apos;s size, %2 the limit, both in bytes.</extracomment>
        <translation>파일이 1 MiB보다 큽니다(%1바이트). 레슨 파일은 %2바이트까지만 읽습니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s description of the error, in English.</extracomment>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 is the system&apos;s description of the error, in English.</extracomment>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read: it is a directory</source>
        <translation>읽을 수 없습니다: 디렉터리입니다</translation>
    </message>
    <message>
        <source>cannot read: not a regular file (a pipe, a device or a socket)</source>
        <translation>읽을 수 없습니다: 일반 파일이 아닙니다(파이프, 장치 또는 소켓)</translation>
    </message>
    <message>
        <source>The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems use less (the teaching profile uses 5 s). TIME_WAIT lasts twice the MSL.</source>
        <translation>MSL은 측정값이 아니라 약속한 상한입니다. RFC 9293은 2분을 제안하지만 실제 시스템은 더 짧게 씁니다(수업용 프로필은 5초). TIME_WAIT는 MSL의 두 배 동안 이어집니다.</translation>
    </message>
    <message>
        <source>Linux counts SYN retries in time, not in segments: tcp_syn_retries = n allows as long as n doubling timeouts would take, (2^(n+1) − 1) initial RTOs. When the timer fires after that time has passed since the first SYN, the connection attempt fails with a timeout.</source>
        <translation>Linux는 SYN 재시도를 세그먼트 수가 아니라 시간으로 셉니다. tcp_syn_retries = n이면 두 배씩 늘어나는 타임아웃 n번에 걸리는 시간, 즉 초기 RTO의 (2^(n+1) − 1)배까지 기다립니다. 첫 SYN 이후 그 시간이 지난 뒤 타이머가 만료되면 연결 시도는 타임아웃으로 실패합니다.</translation>
    </message>
    <message>
        <source>segment for no connection: RST sent (seq = its ACK number)</source>
        <translation>없는 연결로 온 세그먼트: RST 전송(시퀀스 번호 = 받은 확인 응답 번호)</translation>
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
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1µs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
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
        <translation>%1 동안(%2~%3) 아무 일도 일어나지 않아 다이어그램에서 이 구간을 줄여 표시합니다.</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Timeline position; step 0 is the start, before anything happened.</extracomment>
        <translation>단계 %1/%2</translation>
    </message>
</context>
<context>
    <name>hl::ui::TimerBracketItem</name>
    <message>
        <source>%1 left</source>
        <extracomment>Time left on a running timer in the sequence diagram; %1 is &quot;1.95 s&quot;.</extracomment>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>fired at %1</source>
        <translation>%1에 만료</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>%1에 취소</translation>
    </message>
    <message>
        <source>restarted at %1</source>
        <translation>%1에 재시작</translation>
    </message>
    <message>
        <source>stopped at %1: the connection closed</source>
        <translation>%1에 중지: 연결 종료</translation>
    </message>
    <message>
        <source>still running when the run ended</source>
        <translation>실행이 끝날 때까지 동작 중</translation>
    </message>
    <message>
        <source>%1: set at %2, due at %3; %4</source>
        <extracomment>Timer tooltip: %1 timer name, %2 when it was set, %3 when it was due to expire, %4 how it ended.</extracomment>
        <translation>%1: %2에 설정, 만료 예정 %3; %4</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <extracomment>A timer set again while it ran (e.g. TIME_WAIT&apos;s 2·MSL after a retransmitted FIN, RFC 9293 §3.10.7.4); %1 is the timer&apos;s notation, &quot;2·MSL&quot;.</extracomment>
        <translation>%1 다시 시작</translation>
    </message>
</context>
<context>
    <name>hl::ui::TraceChartView</name>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>시간 (ms)</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>커서</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
</context>
</TS>
