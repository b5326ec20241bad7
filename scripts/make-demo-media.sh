#!/usr/bin/env bash
# Generates the demo course's video capsules (demo/media/) from the slide and
# narration text below: slides rendered with ffmpeg drawtext (DejaVu fonts),
# French narration with espeak-ng, WebM (VP9 + Opus), WebVTT captions in
# French and English, chapter tracks and a poster per clip.
#
# Requirements (Debian): apt-get install -y ffmpeg espeak-ng fonts-dejavu-core
# Usage: scripts/make-demo-media.sh [output-dir]   (default: demo/media)
#
# The outputs are committed, so neither CI nor `npm start` needs these tools.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/demo/media}"
FONT_DIR="${FONT_DIR:-/usr/share/fonts/truetype/dejavu}"
FONT="$FONT_DIR/DejaVuSans.ttf"
FONT_BOLD="$FONT_DIR/DejaVuSans-Bold.ttf"
VOICE="${VOICE:-fr}"      # espeak-ng voice
SPEED="${SPEED:-150}"     # words per minute (espeak default: 175)
FPS=2                     # slides only: 2 frames per second is plenty
GAP=0.3                   # silence between two sentences of a slide (s)
TAIL=0.5                  # silence after the last sentence of a slide (s)
COURSE_FR="Manager au quotidien"

for tool in ffmpeg ffprobe espeak-ng awk; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
[ -f "$FONT" ] && [ -f "$FONT_BOLD" ] || { echo "DejaVu fonts not found in $FONT_DIR" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# ---------------------------------------------------------------------------
# Content. One record per line, fields separated by "|":
#   M|id|module title (fr)|module title (en)   starts a module
#   T|fr|en                                     title slide (chapter names)
#   S|fr|en                                     content slide title
#   B|text                                      bullet of the current slide (fr)
#   N|fr|en                                     one narration sentence + translation
# ---------------------------------------------------------------------------
CONTENT=$(cat <<'EOF'
M|m1|Le rôle du manager|The manager's role
T|Introduction|Introduction
N|Module un : le rôle du manager.|Module one: the manager's role.
N|Voyons ce qui change lorsque l'on devient manager.|Let's see what changes when you become a manager.
S|De l'expert au manager|From expert to manager
B|Passer du « faire » au « faire faire »
B|Réussir à travers son équipe
B|Accepter de déléguer
N|Devenir manager, c'est passer du faire au faire faire.|Becoming a manager means moving from doing the work to getting it done through others.
N|Votre réussite se mesure désormais à celle de votre équipe.|Your success is now measured by your team's success.
S|Les trois missions clés|The three key missions
B|Donner le cap et les priorités
B|Organiser et coordonner le travail
B|Développer les compétences
N|Le manager a trois missions : donner le cap, organiser le travail et développer les personnes.|A manager has three missions: setting the direction, organising the work and developing people.
S|Fixer des objectifs clairs|Setting clear objectives
B|Des objectifs SMART
B|Partagés et compris par chacun
B|Suivis à intervalles réguliers
N|Un bon objectif est spécifique, mesurable, atteignable, réaliste et daté.|A good objective is specific, measurable, achievable, realistic and time-bound.
N|Vérifiez que chacun l'a compris, puis suivez-le régulièrement.|Check that everyone has understood it, then follow it up regularly.
S|Adapter son style|Adapting your style
B|Diriger, entraîner, soutenir, déléguer
B|Selon l'autonomie de chacun
B|Un style qui évolue avec le temps
N|Adaptez votre style à l'autonomie de chaque collaborateur : diriger, entraîner, soutenir ou déléguer.|Adapt your style to each team member's autonomy: directing, coaching, supporting or delegating.
M|m2|Communiquer efficacement|Communicating effectively
T|Introduction|Introduction
N|Module deux : communiquer efficacement.|Module two: communicating effectively.
N|Voyons comment écouter, formuler un message et vérifier qu'il est compris.|Let's see how to listen, put a message across and check that it is understood.
S|L'écoute active|Active listening
B|Laisser parler sans interrompre
B|Reformuler pour vérifier
B|Poser des questions ouvertes
N|L'écoute active consiste à laisser parler son interlocuteur sans l'interrompre.|Active listening means letting the other person speak without interrupting.
N|Reformulez ensuite pour vérifier que vous avez bien compris.|Then rephrase what you heard to check that you have understood correctly.
S|Un message clair|A clear message
B|Une idée principale par message
B|Des mots simples et concrets
B|Le bon canal au bon moment
N|Limitez-vous à une idée principale et utilisez des mots simples.|Stick to one main idea and use simple words.
N|Choisissez le bon canal : un sujet sensible se traite de vive voix.|Choose the right channel: a sensitive subject is dealt with face to face.
S|Le feedback constructif|Constructive feedback
B|Décrire les faits observés
B|Exprimer leur impact
B|Proposer une piste d'amélioration
N|Pour un feedback utile, décrivez les faits, exprimez leur impact, puis proposez une piste d'amélioration.|For useful feedback, describe the facts, explain their impact, then suggest a way to improve.
S|Vérifier la compréhension|Checking understanding
B|Demander une reformulation
B|Observer le non-verbal
B|Confirmer par écrit si besoin
N|Demandez à votre interlocuteur de reformuler ce qu'il a retenu.|Ask the other person to rephrase what they took away.
N|Si l'enjeu est important, confirmez par un court message écrit.|If the stakes are high, confirm with a short written message.
M|m3|Animer un point d'équipe|Running a team briefing
T|Introduction|Introduction
N|Module trois : animer un point d'équipe.|Module three: running a team briefing.
N|Un bon point d'équipe est court, préparé et utile à tous.|A good team briefing is short, prepared and useful to everyone.
S|Préparer le point|Preparing the briefing
B|Un objectif et un ordre du jour
B|Envoyés à l'avance
B|Une durée fixe : 15 à 30 minutes
N|Fixez un objectif et un ordre du jour, et envoyez-les à l'avance.|Set an objective and an agenda, and send them out in advance.
N|Tenez une durée fixe, de quinze à trente minutes.|Keep to a fixed length, from fifteen to thirty minutes.
S|Faire participer|Getting everyone involved
B|Donner la parole à chacun
B|Un tour de table rapide
B|Valoriser les contributions
N|Donnez la parole à chacun, par exemple avec un tour de table rapide.|Give everyone a chance to speak, for example with a quick round of the table.
N|Valorisez les idées proposées.|Acknowledge the ideas put forward.
S|Gérer le temps|Managing time
B|Désigner un gardien du temps
B|Reporter les sujets hors cadre
B|Finir à l'heure
N|Désignez un gardien du temps et reportez les sujets hors cadre.|Appoint a timekeeper and postpone off-topic subjects.
N|Finir à l'heure, c'est respecter l'agenda de chacun.|Finishing on time shows respect for everyone's schedule.
S|Conclure et suivre|Wrapping up and following up
B|Récapituler les décisions
B|Qui fait quoi, pour quand
B|Un compte rendu court
N|Concluez en récapitulant les décisions : qui fait quoi, et pour quand.|Close by summing up the decisions: who does what, and by when.
N|Un compte rendu court facilite le suivi.|A short written summary makes follow-up easier.
M|m4|Gérer les conflits|Handling conflicts
T|Introduction|Introduction
N|Module quatre : gérer les conflits.|Module four: handling conflicts.
N|Bien traité, un conflit peut renforcer l'équipe.|Handled well, a conflict can make the team stronger.
S|Repérer les signaux|Spotting the warning signs
B|Tensions, silences, retraits
B|Baisse de la coopération
B|Agir tôt, avant l'escalade
N|Soyez attentif aux signaux faibles : tensions, silences, baisse de la coopération.|Watch for early warning signs: tension, silences, less cooperation.
N|Plus vous agissez tôt, plus le conflit est simple à résoudre.|The earlier you act, the easier the conflict is to resolve.
S|Comprendre chaque partie|Understanding each side
B|Écouter chacun séparément
B|Distinguer faits et ressentis
B|Identifier les besoins
N|Écoutez chaque partie séparément, en distinguant les faits des ressentis.|Listen to each side separately, telling facts apart from feelings.
N|Cherchez le besoin derrière chaque position.|Look for the need behind each position.
S|La méthode DESC|The DESC method
B|Décrire les faits
B|Exprimer son ressenti
B|Suggérer une solution, conclure
N|Pour formuler une demande, décrivez les faits, exprimez votre ressenti, suggérez une solution, puis concluez.|To make a request, describe the facts, express how you feel, suggest a solution, then conclude.
S|Construire un accord|Building an agreement
B|Chercher une solution acceptable
B|Formaliser l'accord
B|Prévoir un point de suivi
N|Cherchez ensemble une solution acceptable pour chacun, puis formalisez l'accord.|Look together for a solution that works for everyone, then put the agreement in writing.
N|Prévoyez un point de suivi quelques semaines plus tard.|Plan a follow-up meeting a few weeks later.
EOF
)

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
# seconds -> WebVTT timestamp HH:MM:SS.mmm
vtt_time() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); h = int(ms / 3600000); ms -= h * 3600000; m = int(ms / 60000); ms -= m * 60000; s = int(ms / 1000); ms -= s * 1000; printf "%02d:%02d:%02d.%03d", h, m, s, ms }'; }
human_size() { awk -v b="$1" 'BEGIN { printf "%.0f KB", b / 1024 }'; }

# drawtext with the text read from a file, so apostrophes, colons and
# guillemets need no filter escaping. y is given as baseline-max_glyph_a so
# that accented capitals (É) do not shift a line down.
dt() { # file font size colour x y
  printf "drawtext=fontfile=%s:textfile=%s:expansion=none:fontsize=%s:fontcolor=%s:x=%s:y=%s" "$2" "$1" "$3" "$4" "$5" "$6"
}

BG=0xF6F4EF       # light warm background
INK=0x1E2A36      # dark text
BAND=0x1F5A85     # title band (white text on it: contrast > 7:1)
ACCENT=0xE0A030   # bullet squares / thin rule
MUTED=0x4D5A66    # footer text (contrast > 6:1 on the background)

render_title_slide() { # dir num module_title out.png
  local d=$1 num=$2 title=$3 out=$4
  printf 'Module %s' "$num" > "$d/kicker.txt"
  printf '%s' "$title" > "$d/title.txt"
  printf '%s' "$COURSE_FR" > "$d/course.txt"
  ffmpeg -v error -y -f lavfi -i "color=c=$BG:s=640x360" -frames:v 1 -vf "\
drawbox=x=0:y=110:w=640:h=120:color=$BAND:t=fill,\
drawbox=x=0:y=230:w=640:h=6:color=$ACCENT:t=fill,\
$(dt "$d/kicker.txt" "$FONT_BOLD" 22 $BAND '(w-text_w)/2' '86-max_glyph_a'),\
$(dt "$d/title.txt" "$FONT_BOLD" 36 white '(w-text_w)/2' '183-max_glyph_a'),\
$(dt "$d/course.txt" "$FONT" 20 $MUTED '(w-text_w)/2' '285-max_glyph_a')" "$out"
}

render_content_slide() { # dir title footer page out.png bullet...
  local d=$1 title=$2 footer=$3 page=$4 out=$5; shift 5
  printf '%s' "$title" > "$d/title.txt"
  printf '%s' "$footer" > "$d/footer.txt"
  printf '%s' "$page" > "$d/page.txt"
  local vf="drawbox=x=0:y=0:w=640:h=76:color=$BAND:t=fill,\
drawbox=x=0:y=76:w=640:h=4:color=$ACCENT:t=fill,\
$(dt "$d/title.txt" "$FONT_BOLD" 28 white 32 '48-max_glyph_a'),\
drawbox=x=32:y=322:w=576:h=1:color=0xC8C4BA:t=fill,\
$(dt "$d/footer.txt" "$FONT" 14 $MUTED 32 '344-max_glyph_a'),\
$(dt "$d/page.txt" "$FONT" 14 $MUTED 'w-text_w-32' '344-max_glyph_a')"
  local i=0 y
  for b in "$@"; do
    y=$((118 + i * 62))
    printf '%s' "$b" > "$d/b$i.txt"
    vf="$vf,drawbox=x=40:y=$((y + 7)):w=12:h=12:color=$ACCENT:t=fill,$(dt "$d/b$i.txt" "$FONT" 24 $INK 68 "$((y + 18))-max_glyph_a")"
    i=$((i + 1))
  done
  ffmpeg -v error -y -f lavfi -i "color=c=$BG:s=640x360" -frames:v 1 -vf "$vf" "$out"
}

# ---------------------------------------------------------------------------
# Parse the content into one directory per module and slide:
#   $WORK/<mod>/meta (title fr|en), $WORK/<mod>/<k>/{kind,title,bullets,sentences}
# ---------------------------------------------------------------------------
MODULES=()
mod="" slide=0
while IFS='|' read -r kind a b c; do
  [ -z "$kind" ] && continue
  case "$kind" in
    M) mod=$a; slide=0; MODULES+=("$mod"); mkdir -p "$WORK/$mod"; printf '%s|%s\n' "$b" "$c" > "$WORK/$mod/meta" ;;
    T|S) slide=$((slide + 1)); mkdir -p "$WORK/$mod/$slide"; echo "$kind" > "$WORK/$mod/$slide/kind"
         printf '%s|%s\n' "$a" "$b" > "$WORK/$mod/$slide/title"; : > "$WORK/$mod/$slide/bullets"; : > "$WORK/$mod/$slide/sentences" ;;
    B) printf '%s\n' "$a" >> "$WORK/$mod/$slide/bullets" ;;
    N) printf '%s|%s\n' "$a" "$b" >> "$WORK/$mod/$slide/sentences" ;;
    *) echo "bad content line: $kind|$a" >&2; exit 1 ;;
  esac
done <<< "$CONTENT"

# ---------------------------------------------------------------------------
# Build each module
# ---------------------------------------------------------------------------
num=0
for mod in "${MODULES[@]}"; do
  num=$((num + 1))
  dir="$WORK/$mod"
  IFS='|' read -r mod_fr mod_en < "$dir/meta"
  nslides=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | wc -l)
  echo "== $mod: $mod_fr ($nslides slides)"

  { echo "WEBVTT"; echo "Kind: captions"; echo "Language: fr"; echo; } > "$OUT/$mod.fr.vtt"
  { echo "WEBVTT"; echo "Kind: captions"; echo "Language: en"; echo; } > "$OUT/$mod.en.vtt"
  { echo "WEBVTT"; echo "Kind: chapters"; echo "Language: fr"; echo; } > "$OUT/$mod.chapters.vtt"
  { echo "WEBVTT"; echo "Kind: chapters"; echo "Language: en"; echo; } > "$OUT/$mod.chapters.en.vtt"
  : > "$dir/images.txt"; : > "$dir/audio.txt"
  t=0 cue=0 keyframes=""

  for k in $(seq 1 "$nslides"); do
    sd="$dir/$k"
    IFS='|' read -r title_fr title_en < "$sd/title"
    # Slide image
    if [ "$(cat "$sd/kind")" = T ]; then
      render_title_slide "$sd" "$num" "$mod_fr" "$sd/slide.png"
      chapter_fr="$mod_fr"; chapter_en="$mod_en"
    else
      mapfile -t bullets < "$sd/bullets"
      render_content_slide "$sd" "$title_fr" "Module $num · $mod_fr" "$k / $nslides" "$sd/slide.png" "${bullets[@]}"
      chapter_fr="$title_fr"; chapter_en="$title_en"
    fi

    # Narration: one wav per sentence, timed exactly
    mapfile -t sentences < "$sd/sentences"
    n=${#sentences[@]} j=0 offset=0
    declare -a durs=()
    for s in "${sentences[@]}"; do
      espeak-ng -v "$VOICE" -s "$SPEED" -w "$sd/s$j.wav" "${s%%|*}"
      durs[j]=$(duration "$sd/s$j.wav")
      j=$((j + 1))
    done
    # Slide length = speech + gaps + tail, rounded up to a whole frame
    speech=$(calc "$(IFS=+; echo "${durs[*]}") + ($n - 1) * $GAP + $TAIL")
    slide_len=$(awk -v x="$speech" -v f=$FPS 'BEGIN { n = x * f; c = int(n); if (c < n) c++; printf "%.3f", c / f }')
    for j in $(seq 0 $((n - 1))); do
      start=$(calc "$t + $offset")
      end=$(calc "$start + ${durs[j]}")
      if [ "$j" -lt $((n - 1)) ]; then span=$(calc "${durs[j]} + $GAP"); else span=$(calc "$slide_len - $offset"); fi
      ffmpeg -v error -y -i "$sd/s$j.wav" -af "apad=whole_dur=$span" -t "$span" -ar 22050 -ac 1 -c:a pcm_s16le "$sd/p$j.wav"
      echo "file '$sd/p$j.wav'" >> "$dir/audio.txt"
      s=${sentences[j]}
      cue=$((cue + 1))
      printf '%s\n%s --> %s\n%s\n\n' "$cue" "$(vtt_time "$start")" "$(vtt_time "$end")" "${s%%|*}" >> "$OUT/$mod.fr.vtt"
      printf '%s\n%s --> %s\n%s\n\n' "$cue" "$(vtt_time "$start")" "$(vtt_time "$end")" "${s#*|}" >> "$OUT/$mod.en.vtt"
      offset=$(calc "$offset + $span")
    done
    unset durs

    slide_end=$(calc "$t + $slide_len")
    printf 'chapter-%s\n%s --> %s\n%s\n\n' "$k" "$(vtt_time "$t")" "$(vtt_time "$slide_end")" "$chapter_fr" >> "$OUT/$mod.chapters.vtt"
    printf 'chapter-%s\n%s --> %s\n%s\n\n' "$k" "$(vtt_time "$t")" "$(vtt_time "$slide_end")" "$chapter_en" >> "$OUT/$mod.chapters.en.vtt"
    printf "file '%s'\nduration %s\n" "$sd/slide.png" "$slide_len" >> "$dir/images.txt"
    keyframes="${keyframes:+$keyframes,}$t"
    t=$slide_end
  done
  # The concat demuxer needs the last image repeated for its duration to apply
  echo "file '$dir/$nslides/slide.png'" >> "$dir/images.txt"
  # Keyframes at every slide start and at least every 2 s, for exact chapter seeks
  keyframes=$(awk -v list="$keyframes" -v total="$t" 'BEGIN { n = split(list, a, ","); for (i = 1; i <= n; i++) k[a[i] + 0] = 1; for (x = 0; x < total; x += 2) k[x] = 1; s = ""; for (x in k) s = s (s == "" ? "" : ",") x; print s }')

  ffmpeg -v error -y -f concat -safe 0 -i "$dir/audio.txt" -c:a pcm_s16le "$dir/narration.wav"
  ffmpeg -v error -y \
    -f concat -safe 0 -i "$dir/images.txt" -i "$dir/narration.wav" \
    -map 0:v -map 1:a -t "$t" \
    -vf "fps=$FPS,format=yuv420p" \
    -c:v libvpx-vp9 -b:v 0 -crf 40 -deadline good -cpu-used 1 -row-mt 1 \
    -g $((2 * FPS)) -force_key_frames "$keyframes" \
    -c:a libopus -b:a 24k -ac 1 -application voip \
    -metadata title="$mod_fr" -metadata:s:a:0 language=fre \
    -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    "$OUT/$mod.webm"
  ffmpeg -v error -y -i "$dir/1/slide.png" -q:v 6 -fflags +bitexact -flags:v +bitexact "$OUT/$mod.poster.jpg"
done

# ---------------------------------------------------------------------------
# Validation: VTT headers, increasing cue times, cues within the video length
# ---------------------------------------------------------------------------
fail=0
for mod in "${MODULES[@]}"; do
  len=$(duration "$OUT/$mod.webm")
  for f in "$OUT/$mod".*.vtt; do
    awk -v len="$len" -v name="$(basename "$f")" '
      function secs(ts,  p) { split(ts, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
      NR == 1 && $0 !~ /^WEBVTT/ { print name ": does not start with WEBVTT"; bad = 1 }
      / --> / {
        s = secs($1); e = secs($3); n++
        if (e <= s) { print name ": cue " n " ends before it starts"; bad = 1 }
        if (s < last) { print name ": cue " n " starts before the previous one"; bad = 1 }
        if (e > len + 0.001) { print name ": cue " n " ends after the video (" e " > " len ")"; bad = 1 }
        last = s
      }
      END { if (n == 0) { print name ": no cues"; bad = 1 } exit bad }' "$f" || fail=1
  done
done
[ "$fail" = 0 ] || { echo "VTT validation failed" >&2; exit 1; }
echo "VTT files valid"

# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
{
  echo "# Demo course media"
  echo
  echo "Video capsules of the demo SPOC « $COURSE_FR » (Everyday management), one per module."
  echo "Generated by \`scripts/make-demo-media.sh\` — do not edit by hand, re-run the script."
  echo
  echo "| Module | Video | Duration | Size | Slides |"
  echo "| --- | --- | --- | --- | --- |"
  total=0
  for mod in "${MODULES[@]}"; do
    IFS='|' read -r mod_fr mod_en < "$WORK/$mod/meta"
    len=$(duration "$OUT/$mod.webm")
    size=$(stat -c %s "$OUT/$mod.webm")
    nslides=$(find "$WORK/$mod" -mindepth 1 -maxdepth 1 -type d | wc -l)
    printf '| %s — %s (%s) | `%s.webm` | %.1f s | %s | %s |\n' "$mod" "$mod_fr" "$mod_en" "$mod" "$len" "$(human_size "$size")" "$nslides"
  done
  echo
  echo "Every module \`mN\` has:"
  echo
  echo "- \`mN.webm\` — 640×360 slides at $FPS fps, VP9 (CRF 40, a keyframe at every slide start and at least every 2 s), French narration in Opus mono 24 kbit/s;"
  echo "- \`mN.fr.vtt\` — French captions, one cue per narration sentence, with the real timings;"
  echo "- \`mN.en.vtt\` — English captions (translations), same timings;"
  echo "- \`mN.chapters.vtt\` — chapters in French, one per slide (the title slide is named after the module);"
  echo "- \`mN.chapters.en.vtt\` — the same chapters in English;"
  echo "- \`mN.poster.jpg\` — the title slide, for the \`poster\` attribute."
  echo
  echo "## Files"
  echo
  echo "| File | Size |"
  echo "| --- | --- |"
  for f in $(cd "$OUT" && ls | grep -v '^README.md$' | sort); do
    size=$(stat -c %s "$OUT/$f"); total=$((total + size))
    if [ "$size" -ge 10240 ]; then h=$(human_size "$size"); else h="$size B"; fi
    printf '| `%s` | %s |\n' "$f" "$h"
  done
  printf '| **Total** | **%s** |\n' "$(human_size "$total")"
  echo
  echo "## How they are made"
  echo
  echo "The slide texts, the French narration (one to two sentences per slide) and the English"
  echo "translations are written in the script. For every slide the script:"
  echo
  echo "1. renders a PNG with ffmpeg \`drawtext\` (DejaVu Sans from Debian \`fonts-dejavu-core\`): a blue title band with"
  echo "   white text, dark bullets on a light background;"
  echo "2. speaks each sentence with \`espeak-ng -v $VOICE -s $SPEED\` and measures it with ffprobe;"
  echo "3. lasts as long as its narration (+${GAP} s between sentences, +${TAIL} s at the end, rounded up to a whole frame)."
  echo
  echo "Caption cues take the exact start and length of each spoken sentence; chapter cues span the slides."
  echo "The script then checks that every VTT file starts with \`WEBVTT\`, that cue times increase and"
  echo "that no cue ends after the video."
  echo
  echo "To re-make them (Debian/Ubuntu):"
  echo
  echo '```sh'
  echo "apt-get install -y ffmpeg espeak-ng fonts-dejavu-core"
  echo "scripts/make-demo-media.sh"
  echo '```'
  echo
  echo "The generated files are committed, so CI and \`npm start\` need none of these tools."
  echo "Output varies slightly between ffmpeg/espeak-ng versions; these were made with"
  echo "$(ffmpeg -version | head -1 | cut -d' ' -f1-3) and $(espeak-ng --version | cut -d' ' -f1-4 | sed 's/:$//')."
} > "$OUT/README.md"

echo "Done: $OUT"
ls -l "$OUT"
