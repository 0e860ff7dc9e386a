// swift-format-ignore-file
// Written by scripts/catalogs.py embed from Catalogs/*.po; edit those, not this.
// (A test checks that the two agree.) The formatter leaves it as written: its text is data.

enum EmbeddedCatalogs {
    static let texts: [String: String] = [
        "da": #"""
# Tavle: the words it adds, in Danish.
#
# Each msgid is an English sentence as the code writes it; {1}, {2}, ... stand for the values
# the code fills in (a name, a number, or another translated phrase) and may move within the
# sentence. msgctxt tells apart two sentences whose English reads the same. The X-Tavle-
# header fields say how the language writes numbers and dates (\u00A0 is a no-break space).
# Keep to the glossary (GLOSSARY.md beside this file).
msgid ""
msgstr ""
"Project-Id-Version: tavle\n"
"Language: da\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"X-Tavle-Decimal-Mark: ,\n"
"X-Tavle-Group-Separator: \\u00A0\n"
"X-Tavle-Percent: \\u00A0%\n"
"X-Tavle-Date: {day}. {month} {year}\n"

msgid "this run is dated {1}, before the last run in '{2}' ({3}, commit {4})"
msgstr "denne kørsel er dateret {1}, før den forrige kørsel i »{2}« ({3}, commit {4})"

msgid "check this computer's date and time (and TAVLE_COMMIT_TIME, if set); runs out of order confuse history and the goal dates"
msgstr "tjek dato og klokkeslæt på denne computer (og TAVLE_COMMIT_TIME, hvis den er sat); kørsler i forkert rækkefølge forvirrer historikken og måldatoerne"

msgid "two teams would write the same report file"
msgstr "to teams ville skrive den samme rapportfil"

msgid "give teams ids that differ in letters and digits, not only in punctuation"
msgstr "giv teamsene id'er, der adskiller sig i bogstaver og cifre, ikke kun i tegnsætning"

msgid "'{1}' could not be written to"
msgstr "der kunne ikke skrives til »{1}«"

msgid "another tavle run committed to '{1}' while this one was running ({2}); nothing was committed"
msgstr "en anden tavle-kørsel gemte i »{1}«, mens denne kørte ({2}); intet blev gemt"

msgid "run the command again: it will build on the other run's commit"
msgstr "kør kommandoen igen: den bygger så videre på den anden kørsels commit"

msgid "{1} committed '{2}' ({3}) to the report repository '{4}' while this run was running; nothing was committed"
msgstr "{1} gemte »{2}« ({3}) i rapportarkivet »{4}«, mens denne kørsel var i gang; intet blev gemt"

msgid "commits by hand in the report repository are named by 'tavle verify'; run the command again once that commit is as it should be"
msgstr "commits, der er lavet i hånden i rapportarkivet, vises af »tavle verify«; kør kommandoen igen, når det commit er, som det skal være"

msgid "there is no report repository in '{1}' yet, so there is nothing to push"
msgstr "der findes endnu intet rapportarkiv i »{1}«, så der er intet at sende"

msgid "there is no report repository in '{1}' yet"
msgstr "der findes endnu intet rapportarkiv i »{1}«"

msgid "'tavle run' creates it with the first report"
msgstr "»tavle run« opretter det med den første rapport"

msgid "the report repository '{1}' could not be read: {2}"
msgstr "rapportarkivet »{1}« kunne ikke læses: {2}"

msgid "check that it is a git repository made by tavle"
msgstr "tjek, at det er et git-arkiv lavet af tavle"

msgid "another tavle run committed to '{1}' while this one was running; nothing was committed"
msgstr "en anden tavle-kørsel gemte i »{1}«, mens denne kørte; intet blev gemt"

msgid "the report repository '{1}' could not be updated: {2}"
msgstr "rapportarkivet »{1}« kunne ikke opdateres: {2}"

msgid "check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed"
msgstr "tjek, at der kan skrives i mappen, og at den er et git-arkiv lavet af tavle (eller tom); intet blev gemt"

msgid "TAVLE_COMMIT_TIME '{1}' is not a time tavle can read"
msgstr "TAVLE_COMMIT_TIME »{1}« er ikke et tidspunkt, tavle kan læse"

msgid "write it as 2021-01-20T09:00:00+01:00 (date, time and offset from UTC), or unset it to commit at the current time"
msgstr "skriv det som 2021-01-20T09:00:00+01:00 (dato, klokkeslæt og forskydning fra UTC), eller fjern variablen for at bruge det aktuelle tidspunkt"

msgid "'{1}' is not writable: {2}"
msgstr "der kan ikke skrives i »{1}«: {2}"

msgid "choose another --output or fix the folder's permissions"
msgstr "vælg en anden --output, eller ret mappens rettigheder"

msgid "choose another --output (a new or empty folder), or the report folder tavle made"
msgstr "vælg en anden --output (en ny eller tom mappe), eller den rapportmappe, tavle lavede"

msgid "'{1}' holds files tavle did not make ({2}{3}); tavle makes its report repository only in a new or empty folder"
msgstr "»{1}« indeholder filer, som tavle ikke har lavet ({2}{3}); tavle laver kun sit rapportarkiv i en ny eller tom mappe"

msgid "'{1}' holds a .git folder that is not a repository git can read: {2}"
msgstr "»{1}« indeholder en .git-mappe, som ikke er et arkiv, git kan læse: {2}"

msgid "the branch '{1}' is checked out"
msgstr "grenen »{1}« er tjekket ud"

msgid "HEAD is detached (no branch is checked out)"
msgstr "HEAD er frakoblet (ingen gren er tjekket ud)"

msgid "in the report repository '{1}' {2}; tavle commits its reports to 'main'"
msgstr "i rapportarkivet »{1}« {2}; tavle gemmer sine rapporter på »main«"

msgid "check out main there ('git -C {1} checkout main'), or choose another --output"
msgstr "tjek main ud der (»git -C {1} checkout main«), eller vælg en anden --output"

msgid "'{1}' is another project's repository: none of its commits (the last {2}, '{3}') was made by tavle"
msgstr "»{1}« er et andet projekts arkiv: ingen af dets commits (det seneste {2}, »{3}«) blev lavet af tavle"

msgid "'{1}' holds files tavle did not make ({2})"
msgstr "»{1}« indeholder filer, som tavle ikke har lavet ({2})"

msgid "choose another --output (a new or empty folder)"
msgstr "vælg en anden --output (en ny eller tom mappe)"

msgid "the report folder '{1}' holds symbolic links, through which a run would write outside it: {2}"
msgstr "rapportmappen »{1}« indeholder symbolske links, som en kørsel ville skrive uden for mappen igennem: {2}"

msgid "remove them ('git -C {1} status' shows them); tavle makes folders and files, never links"
msgstr "fjern dem (»git -C {1} status« viser dem); tavle laver mapper og filer, aldrig links"

msgid "the report repository '{1}' has changes staged but not committed: {2}"
msgstr "rapportarkivet »{1}« har ændringer, der er tilføjet, men ikke gemt: {2}"

msgid "reports in '{1}' were edited since tavle wrote them: {2}"
msgstr "rapporter i »{1}« er blevet redigeret, siden tavle skrev dem: {2}"

msgid "tavle writes only over files as it made them; keep the edits elsewhere, then run again with --discard-edits to put the files back as tavle made them (this discards the edits)"
msgstr "tavle overskriver kun filer, der er, som tavle lavede dem; gem ændringerne et andet sted, og kør så igen med --discard-edits for at sætte filerne tilbage, som tavle lavede dem (det kasserer ændringerne)"

msgid "the reports could not be written to '{1}': {2}"
msgstr "rapporterne kunne ikke skrives til »{1}«: {2}"

msgid "check that the folder exists or can be created, and that you may write to it; nothing was changed"
msgstr "tjek, at mappen findes eller kan oprettes, og at du må skrive i den; intet blev ændret"

msgid "'{1}' could not be replaced: {2}"
msgstr "»{1}« kunne ikke erstattes: {2}"

msgid "the commit is made; run again to bring the working tree up to date"
msgstr "committet er lavet; kør igen for at opdatere arbejdsmappen"

msgid "the report repository has no reports for the team '{1}'"
msgstr "rapportarkivet har ingen rapporter for teamet »{1}«"

msgid "check the team id; 'tavle log' lists the runs and their teams"
msgstr "tjek team-id'et; »tavle log« viser kørslerne og deres teams"

msgid "is not a handout record tavle wrote"
msgstr "er ikke en uddelingslog, som tavle har skrevet"

msgid "it was probably edited by hand; run 'tavle handout' again"
msgstr "den er sandsynligvis redigeret i hånden; kør »tavle handout« igen"

msgid "is missing: the handout run recorded in {1} wrote it"
msgstr "mangler: uddelingskørslen registreret i {1} skrev den"

msgid "run 'tavle handout' again to make it"
msgstr "kør »tavle handout« igen for at lave den"

msgid "differs from what the handout run wrote ({1})"
msgstr "er anderledes end det, uddelingskørslen skrev ({1})"

msgid "the file was changed after tavle made it; 'git log -p -- {1}' shows by whom"
msgstr "filen blev ændret, efter tavle lavede den; »git log -p -- {1}« viser af hvem"

msgid "is not the page the handouts in {1} were made from"
msgstr "er ikke den side, uddelingsarkene i {1} blev lavet ud fra"

msgid "the report changed after the handouts were printed; run 'tavle handout' again"
msgstr "rapporten er ændret, efter uddelingsarkene blev udskrevet; kør »tavle handout« igen"

msgid "was not made by a tavle handout run (no handout record names it)"
msgstr "blev ikke lavet af en uddelingskørsel i tavle (ingen uddelingslog nævner den)"

msgid "it was probably added by hand; remove it, or run 'tavle handout' again"
msgstr "den er sandsynligvis tilføjet i hånden; fjern den, eller kør »tavle handout« igen"

#: Sources/TavleAudit/ReportCitation.swift:66
msgid "the report repository has no run for gathering {1}"
msgstr "rapportarkivet har ingen kørsel til læringsseminar {1}"

#: Sources/TavleAudit/ReportCitation.swift:67
msgid "'tavle log' lists the runs and their gatherings; or name the notebook with --notebook"
msgstr "»tavle log« viser kørslerne og deres læringsseminarer; eller angiv notesbogen med --notebook"

#: Sources/TavleAudit/ReportVerify.swift:192
msgid "the report repository has no run '{1}'"
msgstr "rapportarkivet har ingen kørsel »{1}«"

#: Sources/TavleAudit/ReportVerify.swift:193
msgid "'tavle log' lists the runs; name one by its commit, such as 4be0c21, or HEAD~1"
msgstr "»tavle log« viser kørslerne; angiv én med dens commit, for eksempel 4be0c21, eller HEAD~1"

#: Sources/TavleAudit/ReportCitation.swift:74
msgid " for gathering {1}"
msgstr " til læringsseminar {1}"

#: Sources/TavleAudit/ReportCitation.swift:102
msgid "the report repository has no report '{1}.html'"
msgstr "rapportarkivet har ingen rapport »{1}.html«"

#: Sources/TavleAudit/ReportVerify.swift:212
msgid "reports"
msgstr "rapporter"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid "the report repository has no report '{1}.html'{2}{3}"
msgstr "rapportarkivet har ingen rapport »{1}.html«{2}{3}"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid " in the run {1}"
msgstr " i kørslen {1}"

#: Sources/TavleAudit/ReportCitation.swift:77
msgid "'tavle log --team ID' lists the runs of a team; name the report as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "»tavle log --team ID« viser et teams kørsler; angiv rapporten, sådan som arkivet har den, for eksempel odense-hjemmeplejen-vest/laeringsseminar-3.html"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "the manifest of '{1}.html' in the run {2} cannot be read"
msgstr "manifestet til »{1}.html« i kørslen {2} kan ikke læses"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "'tavle verify' says what is wrong with it"
msgstr "»tavle verify« siger, hvad der er galt med det"

#: Sources/TavleAudit/ReportCitation.swift:108
msgid "{1}. {2} ({3}, version {4})"
msgstr "{1}. {2} ({3}, version {4})"

#: Sources/TavleAudit/ReportCitation.swift:109
msgid ", gathering {1}"
msgstr ", læringsseminar {1}"

#: Sources/TavleAudit/ReportCitation.swift:112
msgid "Made {1} by {2} with {3}."
msgstr "Lavet {1} af {2} med {3}."

#: Sources/TavleAudit/ReportCitation.swift:114
msgid "Report repository: commit {1}, {2} (blob {3})."
msgstr "Rapportarkiv: commit {1}, {2} (blob {3})."

#: Sources/TavleAudit/ReportCitation.swift:116
msgid "Notebook blob {1}; journal blob {2}."
msgstr "Notesbogens blob {1}; logbogens blob {2}."

#: Sources/TavleAudit/ReportCitation.swift:117
msgid "Data {1}: {2}."
msgstr "Data {1}: {2}."

#: Sources/TavleAudit/ReportCitation.swift:120
msgid "Parameters: {1}."
msgstr "Parametre: {1}."

#: Sources/TavleAudit/ReportCitation.swift:122
msgid "Prove it: {1}"
msgstr "Bevis den: {1}"

msgid "the run {1} is the first in the report repository; there is nothing before it to compare with"
msgstr "kørslen {1} er den første i rapportarkivet; der er intet før den at sammenligne med"

msgid "'tavle log' lists the runs; name two of them: tavle diff REV1 REV2"
msgstr "»tavle log« viser kørslerne; angiv to af dem: tavle diff REV1 REV2"

msgid "there is no run '{1}' in the report repository"
msgstr "der findes ingen kørsel »{1}« i rapportarkivet"

msgid "'tavle log' lists the runs with their commits; use one of those, or HEAD~1 for the run before the last"
msgstr "»tavle log« viser kørslerne med deres commits; brug et af dem, eller HEAD~1 for kørslen før den seneste"

msgid "From"
msgstr "Fra"

msgid "to"
msgstr "til"

msgid "Nothing changed."
msgstr "Intet er ændret."

msgid "Notebook"
msgstr "Notesbog"

msgid "new"
msgstr "ny"

msgid "version"
msgstr "version"

msgid "removed"
msgstr "fjernet"

msgid "version {1}, changed without a new version number"
msgstr "version {1}, ændret uden nyt versionsnummer"

msgid "changed"
msgstr "ændret"

msgid "line"
msgstr "linje"

msgid "parameter"
msgstr "parameter"

msgid "added"
msgstr "tilføjet"

msgid "new reports"
msgstr "nye rapporter"

msgid "reports changed"
msgstr "ændrede rapporter"

msgid "{1} row"
msgstr "{1} række"

msgid "{1} rows"
msgstr "{1} rækker"

msgid "teams"
msgstr "team"

#: Sources/TavleAudit/ReportHistory.swift:55
msgid "the report repository has no runs of the notebook '{1}'"
msgstr "rapportarkivet har ingen kørsler af notesbogen »{1}«"

#: Sources/TavleAudit/ReportHistory.swift:56
msgid "notebooks"
msgstr "notesbøger"

msgid "No {1} recorded for team {2}.\n"
msgstr "Ingen {1} registreret for teamet {2}.\n"

msgid "gathering"
msgstr "læringsseminar"

msgid "revised"
msgstr "revideret"

msgid "set aside"
msgstr "lagt til side"

msgid "removed (was"
msgstr "fjernet (var"

msgid "indicator at that time"
msgstr "indikatoren dengang"

msgid "goal"
msgstr "mål"

msgid "indicator"
msgstr "indikator"

msgid "pdsa"
msgstr "pdsa"

msgid "decision"
msgstr "beslutning"

msgid "answer"
msgstr "svar"

msgid "measurement"
msgstr "måling"

msgid "correction"
msgstr "rettelse"

msgid " for team {1}"
msgstr " for teamet {1}"

msgid " of {1}"
msgstr " af {1}"

msgid "No runs recorded{1}{2}.\n"
msgstr "Ingen kørsler registreret{1}{2}.\n"

msgid "    Teams: {1}\n"
msgstr "    Team: {1}\n"

msgid "the report repository '{1}' could not be opened: {2}"
msgstr "rapportarkivet »{1}« kunne ikke åbnes: {2}"

msgid "no remote to push to: give one, or add 'remote:' to {1}"
msgstr "intet fjernarkiv at sende til: angiv et, eller tilføj »remote:« i {1}"

msgid "for example 'tavle push /srv/delt/rapporter.git', or in tavle.yaml 'remote: https://git.kommune.no/nettverk/rapporter.git'"
msgstr "for eksempel »tavle push /srv/delt/rapporter.git«, eller i tavle.yaml »remote: https://git.kommune.no/nettverk/rapporter.git«"

msgid "there is no repository at '{1}' to push to"
msgstr "der findes intet arkiv i »{1}« at sende til"

msgid "check the path, or make a shared repository there first: git init --bare --initial-branch=main {1}"
msgstr "tjek stien, eller lav først et delt arkiv der: git init --bare --initial-branch=main {1}"

msgid "the report repository '{1}' has no runs yet, so there is nothing to push"
msgstr "rapportarkivet »{1}« har endnu ingen kørsler, så der er intet at sende"

msgid "run a notebook first: tavle run NOTEBOOK --all-teams"
msgstr "kør først en notesbog: tavle run NOTESBOG --all-teams"

msgid "'{1}' has runs that '{2}' does not have (its main is at {3}); nothing was pushed"
msgstr "»{1}« har kørsler, som »{2}« ikke har (dets main står på {3}); intet blev sendt"

msgid "another report repository has pushed there. Tavle never overwrites or merges report histories: push to a remote of your own, or ask who owns this one"
msgstr "et andet rapportarkiv har sendt dertil. Tavle overskriver eller fletter aldrig rapporthistorikker: send til dit eget fjernarkiv, eller spørg, hvem der ejer dette"

msgid "'{1}' refused the update: {2}; nothing was pushed"
msgstr "»{1}« afviste opdateringen: {2}; intet blev sendt"

msgid "ask whoever runs the remote whether this repository may push to its main branch"
msgstr "spørg den, der driver fjernarkivet, om dette arkiv må sende til dets main-gren"

msgid "'{1}' did not accept the credentials: {2}"
msgstr "»{1}« accepterede ikke loginoplysningerne: {2}"

msgid "for ssh, load your key into ssh-agent (ssh-add); for https, set TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token)"
msgstr "for ssh: læg din nøgle i ssh-agent (ssh-add); for https: sæt TAVLE_PUSH_USERNAME og TAVLE_PUSH_PASSWORD (et token)"

msgid "could not push to '{1}': {2}"
msgstr "kunne ikke sende til »{1}«: {2}"

msgid "check the address; a shared folder must hold a repository made with 'git init --bare --initial-branch=main'"
msgstr "tjek adressen; en delt mappe skal indeholde et arkiv lavet med »git init --bare --initial-branch=main«"

msgid "differs in the working tree from the last commit"
msgstr "er anderledes i arbejdsmappen end i det seneste commit"

msgid "is missing from the working tree"
msgstr "mangler i arbejdsmappen"

msgid "has changes staged but not committed"
msgstr "har ændringer, der er tilføjet, men ikke gemt"

msgid "'git -C {1} diff' shows it; 'git -C {2} checkout -- {3}' puts it back"
msgstr "»git -C {1} diff« viser det; »git -C {1} checkout -- {3}« sætter den tilbage"

msgid "no workspace (tavle.yaml) was found, so the recorded queries were not re-run"
msgstr "intet arbejdsområde (tavle.yaml) blev fundet, så de registrerede forespørgsler blev ikke kørt igen"

#: Sources/TavleAudit/ReportVerify.swift:209
msgid "the report repository has no report '{1}' in the run {2}"
msgstr "rapportarkivet har ingen rapport »{1}« i kørslen {2}"

#: Sources/TavleAudit/ReportVerify.swift:211
msgid "name a report file as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "angiv en rapportfil, sådan som arkivet har den, for eksempel odense-hjemmeplejen-vest/laeringsseminar-3.html"

#: Sources/TavleAudit/ReportVerify.swift:246
msgid "'git -C {1} checkout -- {2}' puts it back"
msgstr "»git -C {1} checkout -- {2}« lægger den tilbage"

msgid "is a symbolic link; tavle never commits one, and a run in another clone would write through it"
msgstr "er et symbolsk link; tavle gemmer aldrig et, og en kørsel i en anden klon ville skrive igennem det"

msgid "remove it from the report repository ('git rm')"
msgstr "fjern det fra rapportarkivet (»git rm«)"

msgid "is a run whose recorded previous commit ({1}) is not its parent ({2}): the history before it was rewritten (a run amended, dropped or squashed)"
msgstr "er en kørsel, hvis registrerede forrige commit ({1}) ikke er dens forælder ({2}): historikken før den er blevet omskrevet (en kørsel ændret, fjernet eller slået sammen)"

msgid "none"
msgstr "ingen"

msgid "compare with a clone made before the rewrite, or the shared remote"
msgstr "sammenlign med en klon lavet før omskrivningen, eller med det delte fjernarkiv"

msgid "was removed by a commit tavle did not make ('{1}')"
msgstr "blev fjernet af et commit, som tavle ikke har lavet (»{1}«)"

msgid "restore it with 'git revert {1}'; a run made after the removal cannot tell what the team's goals were"
msgstr "gendan den med »git revert {1}«; en kørsel lavet efter fjernelsen kan ikke se, hvad teamets mål var"

msgid "was {1} by a commit tavle did not make ('{2}' by {3})"
msgstr "blev {1} af et commit, som tavle ikke har lavet (»{2}« af {3})"

msgid "only tavle writes reports, journal copies and ledgers; undo it with 'git revert {1}' unless it was meant"
msgstr "kun tavle skriver rapporter, logbogskopier og registre; fortryd det med »git revert {1}«, medmindre det var meningen"

msgid "has no manifest ({1}), so it cannot be traced to what it was made from"
msgstr "har intet manifest ({1}), så den kan ikke spores tilbage til det, den blev lavet ud fra"

msgid "a report tavle made always has one; this file was probably added by hand"
msgstr "en rapport lavet af tavle har altid et; denne fil er sandsynligvis tilføjet i hånden"

msgid "the journal copy does not parse: {1}"
msgstr "logbogskopien kan ikke læses: {1}"

msgid "the copy is written by tavle; it was probably edited by hand"
msgstr "kopien skrives af tavle; den er sandsynligvis redigeret i hånden"

msgid "is missing: the run that made this report wrote it"
msgstr "mangler: den kørsel, der lavede denne rapport, skrev den"

msgid "run the notebook again to restore it"
msgstr "kør notesbogen igen for at gendanne den"

msgid "differs from what tavle makes from the recorded notebook, data and journal"
msgstr "er anderledes end det, tavle laver ud fra den registrerede notesbog, data og logbog"

msgid "the report was made by {1} and this is tavle {2}; a newer tavle may render differently"
msgstr "rapporten blev lavet af {1}, og dette er tavle {2}; en nyere tavle kan vise den anderledes"

msgid "the committed file was changed after tavle made it; 'git log -p -- {1}' in the report repository shows by whom"
msgstr "den gemte fil blev ændret, efter tavle lavede den; »git log -p -- {1}« i rapportarkivet viser af hvem"

msgid "could not be made again: "
msgstr "kunne ikke laves igen: "

msgid "run the notebook again with this tavle; the new commit will be verifiable"
msgstr "kør notesbogen igen med denne tavle; det nye commit vil kunne efterprøves"

msgid "the file was probably edited by hand"
msgstr "filen er sandsynligvis redigeret i hånden"

msgid "the manifest"
msgstr "manifestet"

msgid "is not a manifest tavle can read"
msgstr "er ikke et manifest, tavle kan læse"

msgid "was written by {1}, which did not record everything needed to make the report again"
msgstr "blev skrevet af {1}, som ikke registrerede alt, hvad der skal til for at lave rapporten igen"

msgid "the notebook copy"
msgstr "notesbogskopien"

msgid "names a notebook copy that does not parse: "
msgstr "henviser til en notesbogskopi, der ikke kan læses: "

msgid "names the unknown language '{1}'"
msgstr "angiver det ukendte sprog »{1}«"

msgid "does not record the library prompts its notebook uses: "
msgstr "registrerer ikke de refleksionsspørgsmål fra biblioteket, som notesbogen bruger: "

msgid "the journal copy"
msgstr "logbogskopien"

msgid "names a journal copy that does not parse: "
msgstr "henviser til en logbogskopi, der ikke kan læses: "

msgid "records the parameter {1} = '{2}', which {3}"
msgstr "registrerer parameteren {1} = »{2}«, som {3}"

msgid "the data of the query '{1}'"
msgstr "dataene for forespørgslen »{1}«"

msgid "names data for the query '{1}' that is not CSV: {2}"
msgstr "henviser til data for forespørgslen »{1}«, som ikke er CSV: {2}"

msgid "the data file was probably edited by hand"
msgstr "datafilen er sandsynligvis redigeret i hånden"

msgid "does not agree with the data it names for the query '{1}'"
msgstr "stemmer ikke med de data, det henviser til for forespørgslen »{1}«"

msgid "the manifest or the data was probably edited by hand"
msgstr "manifestet eller dataene er sandsynligvis redigeret i hånden"

msgid "records '{1}' in {2} line {3}, which is not of the recorded type"
msgstr "registrerer »{1}« i {2} linje {3}, som ikke er af den registrerede type"

msgid "names {1} ({2}), which is not in the repository"
msgstr "henviser til {1} ({2}), som ikke findes i arkivet"

msgid "the repository was rewritten or damaged; restore it from a clone"
msgstr "arkivet er blevet omskrevet eller beskadiget; gendan det fra en klon"

msgid "{1} commit"
msgstr "{1} commit"

msgid "{1} commits"
msgstr "{1} commits"

msgid "{1} report"
msgstr "{1} rapport"

msgid "{1} reports"
msgstr "{1} rapporter"

msgid "Walked {1}; made {2} again from what the repository recorded"
msgstr "Gennemgik {1}; lavede {2} på ny ud fra det, arkivet registrerede"

msgid ": every committed file is what tavle made.\n"
msgstr ": hver gemt fil er, som tavle lavede den.\n"

msgid ": {1} found.\n"
msgstr ": fandt {1}.\n"

msgid "{1} problem"
msgstr "{1} problem"

msgid "{1} problems"
msgstr "{1} problemer"

#: Sources/TavleAudit/VerifyText.swift:17
msgid "commit"
msgstr "commit"

msgid "      line {1} as committed: {2}\n"
msgstr "      linje {1} som gemt:  {2}\n"

msgid "      line {1} as made:      {2}\n"
msgstr "      linje {1} som lavet: {2}\n"

msgid "hint"
msgstr "tip"

msgid "The live data was not checked: {1} (use --workspace).\n"
msgstr "Dataene, som de er nu, blev ikke tjekket: {1} (brug --workspace).\n"

msgid "{1} recorded query"
msgstr "{1} registreret forespørgsel"

msgid "{1} recorded queries"
msgstr "{1} registrerede forespørgsler"

msgid "Ran {1} again against the live data"
msgstr "Kørte {1} igen mod dataene, som de er nu"

msgid ": every value a report showed is still the same.\n"
msgstr ": hver værdi, en rapport viste, er stadig den samme.\n"

msgid ": 1 value has changed since a report showed it"
msgstr ": 1 værdi er ændret, siden en rapport viste den"

msgid ": {1} values have changed since a report showed them"
msgstr ": {1} værdier er ændret, siden en rapport viste dem"

msgid ", {1} of them corrected with a recorded reason"
msgstr ", {1} af dem rettet med en registreret begrundelse"

msgid "→ (row no longer in the data)"
msgstr "→ (rækken findes ikke længere i dataene)"

msgid "since the report of {1} (commit {2})\n"
msgstr "siden rapporten fra {1} (commit {2})\n"

msgid "      corrected {1}: {2}\n"
msgstr "      rettet {1}: {2}\n"

msgid "      the newer report of {1} (commit {2}) shows the new value\n"
msgstr "      den nyere rapport fra {1} (commit {2}) viser den nye værdi\n"

msgid "      changed since the report, not yet in a newer one\n"
msgstr "      ændret siden rapporten, endnu ikke med i en nyere\n"

msgid "if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it"
msgstr "hvis dataene blev rettet med vilje, så skriv hvorfor i corrections.yaml (team, indicator, period, date, reason); ellers find ud af, hvem der ændrede dem"

msgid "Check every recorded report against what it was made from, and the data against the live source."
msgstr "Tjek hver registreret rapport mod det, den blev lavet ud fra, og dataene mod kilden, som den er nu."

#: Sources/TavleCLI/AuditCommands.swift:12
msgid ""
"Walks every commit of the report repository. Wherever a report changed, it is made again from what the repository recorded beside it (the notebook copy, the query results and the team's journal) and compared byte for byte with the committed HTML, Markdown, manifest, data and ledger files; a file edited by hand is named with the commit that changed it. Then every recorded query is run again against the workspace's data as it is now, and each value a report showed that the data now gives differently is listed with the date of the last report that showed it. Exits with 1 if anything differs.\n"
"\n"
"With --file (and --commit) it proves one report: made again from what that run recorded and compared file by file, each listed with its git blob id. Verify writes nothing into the workspace.\n"
"\n"
"Examples:\n"
"  tavle verify\n"
"  tavle verify --team molde-sykehjem-2\n"
"  tavle verify --file molde-sykehjem-2/samling-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"
msgstr ""
"Gennemgår hvert commit i rapportarkivet. Hvor en rapport er ændret, laves den på ny ud fra det, arkivet registrerede ved siden af den (kopien af notesbogen, forespørgslernes resultater og teamets logbog), og sammenlignes byte for byte med de gemte HTML-, Markdown-, manifest-, data- og registerfiler; en fil, der er redigeret i hånden, angives med det commit, der ændrede den. Derefter køres hver registreret forespørgsel igen mod arbejdsområdets data, som de er nu, og hver værdi, en rapport viste, og som dataene nu giver anderledes, listes med datoen for den seneste rapport, der viste den. Afslutter med 1, hvis noget er forskelligt.\n"
"\n"
"Med --file (og --commit) beviser den én rapport: lavet på ny ud fra det, den kørsel registrerede, og sammenlignet fil for fil, hver med sit git-blob-id. Verify skriver intet i arbejdsområdet.\n"
"\n"
"Eksempler:\n"
"  tavle verify\n"
"  tavle verify --team odense-hjemmeplejen-vest\n"
"  tavle verify --file odense-hjemmeplejen-vest/laeringsseminar-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"

msgid "Only this team's reports."
msgstr "Kun dette teams rapporter."

#: Sources/TavleCLI/AuditCommands.swift:39
msgid "Only the reports of this run (a commit as 'tavle log' lists it)."
msgstr "Kun rapporterne fra denne kørsel (et commit, sådan som »tavle log« viser det)."

#: Sources/TavleCLI/AuditCommands.swift:42
msgid "Only this report (a file in the report repository); with --commit, as that run made it."
msgstr "Kun denne rapport (en fil i rapportarkivet); med --commit sådan som den kørsel lavede den."

msgid "Check the reports only; do not re-run the queries against the live data."
msgstr "Tjek kun rapporterne; kør ikke forespørgslerne igen mod dataene."

msgid "text or json."
msgstr "text eller json."

msgid "What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers."
msgstr "Hvad der blev ændret mellem to kørsler: notesbøger, data, parametre, mål, PDSA-cyklusser, beslutninger, svar."

msgid ""
"Compares two commits of the report repository. REV1 and REV2 are runs as 'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before the last). Without REV2 the last run is compared; without either, the last run with the one before it.\n"
"\n"
"Examples:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team molde-sykehjem-2"
msgstr ""
"Sammenligner to commits i rapportarkivet. REV1 og REV2 er kørsler, sådan som 'tavle log' viser dem (et commit som 4be0c21, eller HEAD~1 for kørslen før den seneste). Uden REV2 sammenlignes der med den seneste kørsel; uden nogen af dem sammenlignes den seneste kørsel med den før.\n"
"\n"
"Eksempler:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team odense-hjemmeplejen-vest"

msgid "The earlier run."
msgstr "Den tidligere kørsel."

msgid "The later run (default: the last)."
msgstr "Den senere kørsel (standard: den seneste)."

msgid "Only this team."
msgstr "Kun dette team."

#: Sources/TavleCLI/AuditCommands.swift:112
msgid "How to cite one report: its run, file, notebook, data and journal by their git ids."
msgstr "Sådan citeres én rapport: kørslen, filen, notesbogen, dataene og logbogen med deres git-id'er."

#: Sources/TavleCLI/AuditCommands.swift:113
msgid ""
"Names one report exactly, from the report repository alone: the run (commit, time, author), the report file and its blob, the notebook version and blob, the blobs of the data and the journal it was made from, the parameters and the tool. Name the report by its file, or by --team and --notebook (the last run, or the one for --gathering; --team and --gathering alone name that gathering's notebook). 'tavle verify --file' proves what the citation names.\n"
"\n"
"Examples:\n"
"  tavle cite molde-sykehjem-2/samling-3.html\n"
"  tavle cite --team molde-sykehjem-2 --notebook samling-3 --gathering 3 --format bibtex\n"
"  tavle cite molde-sykehjem-2/samling-3.html --commit 795d64e --format json"
msgstr ""
"Angiver én rapport præcist, alene ud fra rapportarkivet: kørslen (commit, tid, forfatter), rapportfilen og dens blob, notesbogens version og blob, blobbene for dataene og logbogen, den blev lavet ud fra, parametrene og værktøjet. Angiv rapporten med filen, eller med --team og --notebook (den seneste kørsel, eller den til --gathering; --team og --gathering alene henviser til det læringsseminars notesbog). »tavle verify --file« beviser det, citatet angiver.\n"
"\n"
"Eksempler:\n"
"  tavle cite odense-hjemmeplejen-vest/laeringsseminar-3.html\n"
"  tavle cite --team odense-hjemmeplejen-vest --notebook laeringsseminar-3 --gathering 3 --format bibtex\n"
"  tavle cite odense-hjemmeplejen-vest/laeringsseminar-3.html --commit e187000 --format json"

#: Sources/TavleCLI/AuditCommands.swift:129
msgid "The report: a file in the report repository."
msgstr "Rapporten: en fil i rapportarkivet."

#: Sources/TavleCLI/AuditCommands.swift:132
msgid "The team whose report to cite (with --notebook)."
msgstr "Teamet, hvis rapport skal citeres (med --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:135
msgid "The notebook of the report (with --team)."
msgstr "Rapportens notesbog (med --team)."

#: Sources/TavleCLI/AuditCommands.swift:138
msgid "The report for this gathering (with --team and --notebook)."
msgstr "Rapporten til dette læringsseminar (med --team og --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:141
msgid "The report as this run made it (a commit as 'tavle log' lists it)."
msgstr "Rapporten, sådan som denne kørsel lavede den (et commit, sådan som »tavle log« viser det)."

#: Sources/TavleCLI/AuditCommands.swift:144
msgid "text, bibtex or json."
msgstr "text, bibtex eller json."

#: Sources/TavleCLI/AuditCommands.swift:151
msgid "name the report: its file (tavle cite molde-sykehjem-2/samling-3.html), or --team and --notebook"
msgstr "angiv rapporten: filen (tavle cite odense-hjemmeplejen-vest/laeringsseminar-3.html), eller --team og --notebook"

#: Sources/TavleCLI/AuditCommands.swift:154
msgid "name the report by its file or by --team and --notebook, not both"
msgstr "angiv rapporten med filen eller med --team og --notebook, ikke begge"

msgid "Move the workspace's data."
msgstr "Flyt arbejdsområdets data."

msgid "Copy the workspace's data into a PostgreSQL database."
msgstr "Kopiér arbejdsområdets data til en PostgreSQL-database."

msgid ""
"Creates each table of the workspace's data (a folder of .sql and .csv files, a csv: folder or a SQLite file) in the database and copies its rows, in one transaction. Whole numbers become BIGINT, other numbers DOUBLE PRECISION and the rest TEXT, so that the notebooks read the same values back; primary keys are kept. The password comes from PGPASSWORD or ~/.pgpass. Then point tavle.yaml's 'data:' at the same address.\n"
"\n"
"Examples:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"
msgstr ""
"Opretter hver tabel i arbejdsområdets data (en mappe med .sql- og .csv-filer, en csv:-mappe eller en SQLite-fil) i databasen og kopierer rækkerne i én transaktion. Heltal bliver BIGINT, andre tal DOUBLE PRECISION og resten TEXT, så notesbøgerne læser de samme værdier tilbage; primærnøgler bevares. Adgangskoden hentes fra PGPASSWORD eller ~/.pgpass. Peg derefter »data:« i tavle.yaml på den samme adresse.\n"
"\n"
"Eksempler:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"

msgid "The database: postgres://user@host:port/database."
msgstr "Databasen: postgres://bruger@vært:port/database."

msgid "Where to look for tavle.yaml."
msgstr "Hvor der skal ledes efter tavle.yaml."

msgid "Replace tables the database already has."
msgstr "Erstat tabeller, som databasen allerede har."

msgid "Loaded {1} tables, {2} rows, into {3}: {4}."
msgstr "Indlæste {1} tabeller, {2} rækker, i {3}: {4}."

#: Sources/TavleCLI/ExportCommand.swift:9
msgid "The report repository as tidy tables for research, with a codebook."
msgstr "Rapportarkivet som ryddelige tabeller til forskning, med kodebog."

#: Sources/TavleCLI/ExportCommand.swift:10
msgid ""
"Writes what every report showed and recorded as tables a statistician loads in one line: runs, reports, teams, measurements (one row per point of every chart of every report: a panel), changes (values a later report showed differently), goals, goal revisions, PDSA cycles, decisions, the prompts each run asked and the answers given. Missing values are empty, never 0; numbers are in full. --format datapackage (the default) writes CSV files with datapackage.json (Frictionless Data Package) and codebook.md; csv writes the CSV files and the codebook; json writes one document with every row inline. The codebook is also in docs/export-codebook.md.\n"
"\n"
"Examples:\n"
"  tavle export --to eksport\n"
"  tavle export --to eksport --team molde-sykehjem-2 --since 2021-06-01\n"
"  tavle export --format json --gathering 3 > samling-3.json"
msgstr ""
"Skriver det, hver rapport viste og registrerede, som tabeller en statistiker indlæser på én linje: kørsler, rapporter, teams, målinger (én række pr. punkt i hvert diagram i hver rapport: et panel), ændringer (værdier, en senere rapport viste anderledes), mål, målrevisioner, PDSA-cyklusser, beslutninger, refleksionsspørgsmålene hver kørsel stillede og de svar, der blev givet. Manglende værdier er tomme, aldrig 0; tal skrives fuldt ud. --format datapackage (standard) skriver CSV-filer med datapackage.json (Frictionless Data Package) og codebook.md; csv skriver CSV-filerne og kodebogen; json skriver ét dokument med alle rækkerne i sig. Kodebogen står også i docs/export-codebook.md.\n"
"\n"
"Eksempler:\n"
"  tavle export --to eksport\n"
"  tavle export --to eksport --team odense-hjemmeplejen-vest --since 2025-06-01\n"
"  tavle export --format json --gathering 3 > seminar-3.json"

#: Sources/TavleCLI/ExportCommand.swift:28
msgid "The folder to write into (made if need be; only a new folder or an earlier export). With --format json, the file; standard output without it."
msgstr "Mappen, eksporten skrives til (oprettes om nødvendigt; kun en ny mappe eller en tidligere eksport). Med --format json: filen; uden den standard ud."

#: Sources/TavleCLI/ExportCommand.swift:31
msgid "datapackage, csv or json."
msgstr "datapackage, csv eller json."

#: Sources/TavleCLI/ExportCommand.swift:34
msgid "Only this team's reports and journal."
msgstr "Kun dette teams rapporter og logbog."

#: Sources/TavleCLI/ExportCommand.swift:37
msgid "Only runs committed on or after this day."
msgstr "Kun kørsler gemt denne dag eller senere."

#: Sources/TavleCLI/ExportCommand.swift:40
msgid "Only runs committed on or before this day; later runs are as if not yet made."
msgstr "Kun kørsler gemt denne dag eller tidligere; senere kørsler regnes som endnu ikke lavet."

#: Sources/TavleCLI/ExportCommand.swift:43
msgid "Only the runs for this gathering."
msgstr "Kun kørslerne til dette læringsseminar."

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "--until ({1}) is before --since ({2}): no run can be in between"
msgstr "--until ({1}) er før --since ({2}): ingen kørsel kan ligge imellem"

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "the {1} export is a folder of files: name it with --to, such as --to export"
msgstr "eksporten som {1} er en mappe med filer: giv den et navn med --to, for eksempel --to eksport"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} file"
msgstr "{1} fil"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} files"
msgstr "{1} filer"

#: Sources/TavleCLI/ExportCommand.swift:80
msgid "Wrote {1} with {2} to {3}; the columns are described in {4}/codebook.md."
msgstr "Skrev {1} med {2} til {3}; kolonnerne er forklaret i {4}/codebook.md."

msgid "Make a gathering's handouts: one per team, an overview for the facilitator, and an index."
msgstr "Lav uddelingsarkene til et læringsseminar: ét pr. team, en oversigt for facilitator og en indholdsside."

msgid ""
"Runs the notebook for the chosen teams as 'tavle run' does, and adds handouts/<notebook-id>/overview.html (every team on one page: a small chart per indicator, who has answered the prompts, how goals changed since the last gathering) and handouts/<notebook-id>/index.html, which links them all. All of it is one commit. With --pdf each handout and the overview are also printed to A4 PDF with headless Chromium and committed beside them; without Chromium the HTML is made all the same and tavle says how to install it.\n"
"\n"
"Examples:\n"
"  tavle handout Notebooks/samling-3.md --all-teams\n"
"  tavle handout Notebooks/samling-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/samling-3.md --team molde-sykehjem-2 --team alesund-sjukeheim-a"
msgstr ""
"Kører notesbogen for de valgte teams, sådan som 'tavle run' gør, og tilføjer handouts/<notesbog-id>/overview.html (alle teams på én side: et lille diagram pr. indikator, hvem der har besvaret refleksionsspørgsmålene, hvordan målene har ændret sig siden sidste læringsseminar) og handouts/<notesbog-id>/index.html, som linker til det hele. Det hele er ét commit. Med --pdf udskrives hvert uddelingsark og oversigten også til A4-PDF med Chromium uden vindue og gemmes ved siden af; uden Chromium laves HTML-filerne alligevel, og tavle fortæller, hvordan Chromium installeres.\n"
"\n"
"Eksempler:\n"
"  tavle handout Notebooks/da/laeringsseminar-3.md --all-teams\n"
"  tavle handout Notebooks/da/laeringsseminar-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/da/laeringsseminar-3.md --team odense-hjemmeplejen-vest --team aarhus-solbakken"

msgid "Write the handouts here instead of the workspace's output folder."
msgstr "Skriv uddelingsarkene hertil i stedet for til arbejdsområdets rapportmappe."

msgid "Also print every handout and the overview to PDF with headless Chromium."
msgstr "Udskriv også hvert uddelingsark og oversigten til PDF med Chromium uden vindue."

msgid "Why these handouts were made, for their commit (shown by tavle log and git log)."
msgstr "Hvorfor uddelingsarkene blev lavet, til deres commit (vises af tavle log og git log)."

msgid "Made {1} of {2}{3} in {4} s; "
msgstr "Lavede {1} ud fra {2}{3} på {4} s; "

msgid "1 handout"
msgstr "1 uddelingsark"

msgid "{1} handouts"
msgstr "{1} uddelingsark"

msgid " and {1} PDFs"
msgstr " og {1} PDF'er"

msgid "Open {1} for the overview and every handout."
msgstr "Åbn {1} for at se oversigten og alle uddelingsark."

msgid "note: "
msgstr "bemærk: "

msgid "The report repository to read."
msgstr "Rapportarkivet, der skal læses."

msgid "; or name the report repository itself with --output DIR"
msgstr "; eller angiv selve rapportarkivet med --output MAPPE"

msgid "name the report repository with --output DIR"
msgstr "angiv rapportarkivet med --output MAPPE"

#: Sources/TavleCLI/ExportCommand.swift:51
msgid "{1} should be a date written YYYY-MM-DD, such as 2021-09-01, but it is '{2}'"
msgstr "{1} skal være en dato skrevet ÅÅÅÅ-MM-DD, som 2021-09-01, men er »{2}«"

msgid "A team's goals, PDSA cycles, decisions, answers or measurements over time."
msgstr "Et teams mål, PDSA-cyklusser, beslutninger, svar eller målinger over tid."

msgid ""
"Reads the ledger every run committed to the report repository and shows each change, oldest first: when, in which run (notebook, version, gathering), by whom, the old and the new value, the reason given for a changed goal, and the indicator's value at that time.\n"
"\n"
"Examples:\n"
"  tavle history goals --team molde-sykehjem-2\n"
"  tavle history pdsa --team molde-sykehjem-2 --format json\n"
"  tavle history goals --team molde-sykehjem-2 --format html > mal.html"
msgstr ""
"Læser registret, som hver kørsel har gemt i rapportarkivet, og viser hver ændring, ældste først: hvornår, i hvilken kørsel (notesbog, version, læringsseminar), af hvem, den gamle og den nye værdi, begrundelsen for et ændret mål og indikatorens værdi på det tidspunkt.\n"
"\n"
"Eksempler:\n"
"  tavle history goals --team odense-hjemmeplejen-vest\n"
"  tavle history pdsa --team odense-hjemmeplejen-vest --format json\n"
"  tavle history goals --team odense-hjemmeplejen-vest --format html > mal.html"

msgid "goals, indicators, pdsa, decisions, answers, measurements or corrections."
msgstr "goals, indicators, pdsa, decisions, answers, measurements eller corrections."

msgid "The team whose history to show."
msgstr "Teamet, hvis historik skal vises."

msgid "text, json, or html (for goals: a page with each goal's changes beside its run chart)."
msgstr "text, json eller html (for mål: en side med hvert måls ændringer ved siden af dets seriediagram)."

msgid "the HTML page shows goals; for {1} use --format text or json (tavle history goals --team {2} --format html > goals.html)"
msgstr "HTML-siden viser mål; for {1} skal du bruge --format text eller json (tavle history goals --team {2} --format html > goals.html)"

msgid "Every recorded change, one tidy row each, for research."
msgstr "Hver registreret ændring, én række hver i tidy-format, til forskning."

#: Sources/TavleCLI/HistoryCommands.swift:117
msgid ""
"One row per changed field of a goal, indicator, PDSA cycle, decision, answer or measurement, with the commit, time, author, team, gathering and notebook version it came from. The columns are described in docs/history-and-verify.md.\n"
"\n"
"Examples:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"
msgstr ""
"Én række pr. ændret felt i et mål, en indikator, en PDSA-cyklus, en beslutning, et svar eller en måling, med commit, tid, forfatter, team, læringsseminar og notesbogsversion, den kom fra. Kolonnerne er forklaret i docs/history-and-verify.md.\n"
"\n"
"Eksempler:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team odense-hjemmeplejen-vest --since 2025-06-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"

msgid "Only this team's changes."
msgstr "Kun dette teams ændringer."

msgid "Only changes committed on or after this day (UTC)."
msgstr "Kun ændringer, der er gemt denne dag eller senere (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:137
msgid "Only changes committed on or before this day (UTC)."
msgstr "Kun ændringer gemt denne dag eller tidligere (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:140
msgid "Only changes of this kind (goal, indicator, pdsa, decision, answer, measurement, correction); repeat for several."
msgstr "Kun ændringer af denne type (goal, indicator, pdsa, decision, answer, measurement, correction); gentag for flere."

#: Sources/TavleCLI/HistoryCommands.swift:143
msgid "Only changes made by the runs for this gathering."
msgstr "Kun ændringer fra kørslerne til dette læringsseminar."

msgid "csv or json."
msgstr "csv eller json."

msgid "Read the numbers from filled-in preparation forms into the workspace's data."
msgstr "Læs tallene fra udfyldte forberedelsesskemaer ind i arbejdsområdets data."

msgid ""
"A notebook's ```form``` cell is a preparation form (forberedelsesskjema): the numbers each participant looks up and brings to the meeting. Type them into a spreadsheet and save it as CSV, one participant per row:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"or one number per row (team,indicator,period,value), or write a YAML file (period: 2023-01, then teams: with each team's numbers). Every number is checked against its form (unit and range), the team list and the data; if anything is wrong, every problem is listed and nothing is imported. Otherwise the numbers are added to the table 'measurements' (data/measurements.csv for a folder of text data), where the next report and handout chart them.\n"
"\n"
"Examples:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"
msgstr ""
"En ```form```-celle i en notesbog er et forberedelsesskema: de tal, hver deltager slår op og tager med til mødet. Skriv dem ind i et regneark, og gem det som CSV, én deltager pr. række:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"eller ét tal pr. række (team,indicator,period,value), eller skriv en YAML-fil (period: 2023-01, derefter teams: med hvert teams tal). Hvert tal tjekkes mod sit skema (enhed og grænser), teamlisten og dataene; er noget forkert, listes alle problemerne, og intet importeres. Ellers tilføjes tallene til tabellen 'measurements' (data/measurements.csv for en mappe med tekstdata), hvor den næste rapport og det næste uddelingsark viser dem i diagrammer.\n"
"\n"
"Eksempler:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"

msgid "The filled-in numbers: a .csv or a .yaml file."
msgstr "De udfyldte tal: en .csv- eller .yaml-fil."

msgid "Only the forms of this notebook; repeat for several (default: every notebook with a form)."
msgstr "Kun skemaerne i denne notesbog; gentag for flere (standard: alle notesbøger med skema)."

msgid "The period of numbers the file gives none for."
msgstr "Perioden for tal, som filen ikke angiver nogen periode for."

msgid "Check the file and list the numbers, but import nothing."
msgstr "Tjek filen, og vis tallene, men importér intet."

msgid "{1} – {2}, {3} periods"
msgstr "{1} – {2}, {3} perioder"

msgid "1 number"
msgstr "1 tal"

msgid "{1} numbers"
msgstr "{1} tal"

msgid "1 team"
msgstr "1 team"

msgid "{1} teams"
msgstr "{1} teams"

msgid "{1} for {2} ({3}), form {4}"
msgstr "{1} for {2} ({3}), skema {4}"

msgid "Imported {1} into {2}"
msgstr "Importerede {1} til {2}"

msgid "Checked {1}: all fit; nothing imported (--check)"
msgstr "Tjekkede {1}: alt passer; intet importeret (--check)"

msgid "; 1 blank left out"
msgstr "; 1 tomt felt udeladt"

msgid "; {1} blanks left out"
msgstr "; {1} tomme felter udeladt"

msgid "Start a workspace of your own that works at once."
msgstr "Start dit eget arbejdsområde, der virker med det samme."

msgid ""
"Makes tavle.yaml, a data folder (four example teams, two indicators and a year of months as CSV, ready to be replaced by an export from your spreadsheet), a journal per team with every field explained, and a first notebook with a run chart, a p chart, a funnel plot and a worksheet. 'tavle check' passes and 'tavle run --all-teams' makes reports straight after. A folder that is not empty is refused unless --force is given, and no file is ever overwritten.\n"
"\n"
"Examples:\n"
"  tavle init my-network --name \"Falls network, Molde\" --language en\n"
"  cd my-network && tavle run first-report.md --all-teams"
msgstr ""
"Laver tavle.yaml, en datamappe (fire eksempelteams, to indikatorer og et års måneder som CSV, klar til at blive erstattet af en eksport fra jeres regneark), en logbog pr. team, hvor hvert felt er forklaret, og en første notesbog med et seriediagram, et p-diagram, et tragtdiagram og et arbejdsark. 'tavle check' går igennem, og 'tavle run --all-teams' laver rapporter lige bagefter. En mappe, der ikke er tom, afvises, medmindre --force er angivet, og ingen fil bliver nogensinde overskrevet.\n"
"\n"
"Eksempler:\n"
"  tavle init my-network --name \"Falls network, Molde\" --language en\n"
"  cd my-network && tavle run first-report.md --all-teams"

msgid "The folder to make the workspace in (made if need be)."
msgstr "Mappen, arbejdsområdet laves i (oprettes om nødvendigt)."

msgid "nb, sv, da or en (default: your language)."
msgstr "nb, sv, da eller en (standard: dit sprog)."

msgid "The network's name, as reports show it (default: the folder's name)."
msgstr "Netværkets navn, som rapporterne viser det (standard: mappens navn)."

msgid "Add the files to a folder that is not empty (no file is overwritten)."
msgstr "Læg filerne i en mappe, der ikke er tom (ingen fil overskrives)."

msgid ""
"Made a workspace in {1}: {2} files (tavle.yaml, data/, journals/, {3}).\n"
"Next: {4}tavle check {5} && tavle run {6} --all-teams"
msgstr ""
"Lavede et arbejdsområde i {1}: {2} filer (tavle.yaml, data/, journals/, {3}).\n"
"Næste skridt: {4}tavle check {3} && tavle run {3} --all-teams"

msgid "List the worksheet prompts a notebook can use."
msgstr "Vis arbejdsarkenes refleksionsspørgsmål, som en notesbog kan bruge."

msgid ""
"Tavle carries the supervision worksheets of the learning network (phase 1, phase 2, phases 3–4, the status reports before gatherings 2 and 3) and of the GP supervision groups (the Model for Improvement, PDSA, reading variation, following up), in Norwegian as written and in English. A workspace can add its own sets and adapt the wording in a prompts/ folder beside tavle.yaml; this listing shows the library as the workspace sees it.\n"
"\n"
"Examples:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"
msgstr ""
"Tavle indeholder vejledningsmaterialet fra læringsnetværket (fase 1, fase 2, fase 3–4, statusrapporterne før læringsseminar 2 og 3) og fra vejledningsgrupperne for praktiserende læger (forbedringsmodellen, PDSA, at tolke variation, opfølgning), på norsk, som det er skrevet, og på engelsk. Et arbejdsområde kan tilføje egne sæt og tilpasse ordlyden i en prompts/-mappe ved siden af tavle.yaml; denne oversigt viser biblioteket, som arbejdsområdet ser det.\n"
"\n"
"Eksempler:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"

msgid "Show one set in full: every prompt's id, wording and help text."
msgstr "Vis ét sæt i sin helhed: hvert refleksionsspørgsmåls id, ordlyd og hjælpetekst."

msgid "nb, sv, da or en (default: the workspace's language, else nb)."
msgstr "nb, sv, da eller en (standard: arbejdsområdets sprog, ellers nb)."

msgid "Where to look for tavle.yaml, whose prompts/ folder adapts the library."
msgstr "Hvor der skal ledes efter tavle.yaml; mappen prompts/ ved siden af tilpasser biblioteket."

#: Sources/TavleCLI/ServeCommands.swift:13
msgid "The network's web place: teams read their reports and write their journal."
msgstr "Netværkets websted: teamsene læser deres rapporter og skriver i deres logbog."

#: Sources/TavleCLI/ServeCommands.swift:14
msgid ""
"Serves the workspace and its report repository over HTTP until stopped (Ctrl-C or SIGTERM; a change under way is finished first). Each person signs in with a link from 'tavle access add'. A team reads its own reports, goal history, PDSA cycles and decisions, and changes its goals and adds cycles and decisions in a form; each change is one commit in the report repository, with the team as author. The facilitator sees every team; a researcher reads every team's history and downloads the trace. Put it behind a TLS reverse proxy to reach it from other machines (README: Serving the network), with --behind-proxy.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"
msgstr ""
"Gør arbejdsområdet og dets rapportarkiv tilgængelige over HTTP, indtil kommandoen stoppes (Ctrl-C eller SIGTERM; en ændring, der er i gang, gøres færdig først). Hver person logger ind med et link fra »tavle access add«. Et team læser sine egne rapporter, sin målhistorik, sine PDSA-cyklusser og beslutninger og ændrer sine mål og tilføjer cyklusser og beslutninger i en formular; hver ændring bliver ét commit i rapportarkivet, med teamet som forfatter. Facilitatoren ser alle teams; en forsker læser alle teamsenes historik og downloader sporingen. Placér tavle serve bag en omvendt proxy med TLS for at nå den fra andre maskiner (README: Serving the network), med --behind-proxy.\n"
"\n"
"Eksempler:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"

#: Sources/TavleCLI/ServeCommands.swift:34
msgid "The address to listen on: 127.0.0.1 is this machine only."
msgstr "Adressen, der skal lyttes på: 127.0.0.1 er kun denne maskine."

#: Sources/TavleCLI/ServeCommands.swift:37
msgid "The port to listen on (0: any free port, said at start)."
msgstr "Porten, der skal lyttes på (0: en vilkårlig ledig port, som oplyses ved start)."

#: Sources/TavleCLI/ServeCommands.swift:41
msgid "Behind a reverse proxy on this machine: the client is the last X-Forwarded-For (the address the proxy added), and X-Forwarded-Proto: https marks the session cookie Secure."
msgstr "Bag en omvendt proxy på denne maskine: klienten er den sidste X-Forwarded-For (adressen, som proxyen tilføjede), og X-Forwarded-Proto: https markerer sessionens cookie som Secure."

#: Sources/TavleCLI/ServeCommands.swift:48
msgid "--port must be between 0 and 65535"
msgstr "--port skal være mellem 0 og 65535"

#: Sources/TavleCLI/ServeCommands.swift:63
msgid "tavle serve: listening on {1} (stop with Ctrl-C)"
msgstr "tavle serve: lytter på {1} (stop med Ctrl-C)"

#: Sources/TavleCLI/ServeCommands.swift:77
msgid "tavle serve: stopped"
msgstr "tavle serve: stoppet"

#: Sources/TavleCLI/ServeCommands.swift:83
msgid "Sign-in links for tavle serve: make, list and revoke them."
msgstr "Login-links til tavle serve: lav, vis og tilbagekald dem."

#: Sources/TavleCLI/ServeCommands.swift:91
msgid "Make a sign-in link for a team, the facilitator or a researcher."
msgstr "Lav et login-link til et team, facilitatoren eller en forsker."

#: Sources/TavleCLI/ServeCommands.swift:92
msgid ""
"Prints the link once: only a hash of its secret is kept (in .tavle-access.json beside tavle.yaml), so a lost link cannot be shown again; make a new one and revoke the old. Give exactly one of --team, --facilitator and --researcher.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""
msgstr ""
"Udskriver linket én gang: kun en hash af dets hemmelighed gemmes (i .tavle-access.json ved siden af tavle.yaml), så et mistet link kan ikke vises igen; lav et nyt, og tilbagekald det gamle. Angiv præcis én af --team, --facilitator og --researcher.\n"
"\n"
"Eksempler:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""

#: Sources/TavleCLI/ServeCommands.swift:104
msgid "A team of the workspace, by id."
msgstr "Et team i arbejdsområdet, angivet med id."

#: Sources/TavleCLI/ServeCommands.swift:107
msgid "The facilitator, by name."
msgstr "Facilitatoren, angivet med navn."

#: Sources/TavleCLI/ServeCommands.swift:110
msgid "A researcher, by name."
msgstr "En forsker, angivet med navn."

#: Sources/TavleCLI/ServeCommands.swift:113
msgid "The address people reach tavle serve at, for the link."
msgstr "Adressen, hvor man når tavle serve, til brug i linket."

#: Sources/TavleCLI/ServeCommands.swift:122
msgid "give exactly one of --team, --facilitator and --researcher"
msgstr "angiv præcis én af --team, --facilitator og --researcher"

#: Sources/TavleCLI/ServeCommands.swift:125
msgid "the name must not be empty"
msgstr "navnet må ikke være tomt"

#: Sources/TavleCLI/ServeCommands.swift:133
msgid "the name must not hold '<', '>' or a line break"
msgstr "navnet må ikke indeholde »<«, »>« eller linjeskift"

#: Sources/TavleCLI/ServeCommands.swift:128
msgid "--url must start with http:// or https://"
msgstr "--url skal begynde med http:// eller https://"

#: Sources/TavleCLI/ServeCommands.swift:140
msgid "the workspace has no team '{1}'"
msgstr "arbejdsområdet har intet team »{1}«"

msgid "team ids"
msgstr "team-id'er"

#: Sources/TavleCLI/ServeCommands.swift:152
msgid "Sign-in link for the team {1} (id {2}):"
msgstr "Login-link til teamet {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:153
msgid "Sign-in link for the facilitator {1} (id {2}):"
msgstr "Login-link til facilitatoren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "Sign-in link for the researcher {1} (id {2}):"
msgstr "Login-link til forskeren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "It is shown only now. Give it to {1} in person or by a channel you trust; 'tavle access revoke {2}' ends it."
msgstr "Det vises kun nu. Giv det til {1} personligt eller via en kanal, du stoler på; »tavle access revoke {2}« gør det ugyldigt."

#: Sources/TavleCLI/ServeCommands.swift:167
msgid "The link is for tavle serve on this machine, port 8080; for another address, give --url (the address people reach tavle serve at)."
msgstr "Linket gælder tavle serve på denne maskine, port 8080; for en anden adresse, angiv --url (adressen, hvor man når tavle serve)."

#: Sources/TavleCLI/ServeCommands.swift:162
msgid "List the sign-in links (without their secrets)."
msgstr "Vis login-linksene (uden deres hemmeligheder)."

#: Sources/TavleCLI/ServeCommands.swift:171
msgid "No sign-in links yet; 'tavle access add --team ID' makes one."
msgstr "Ingen login-links endnu; »tavle access add --team ID« laver et."

#: Sources/TavleCLI/ServeCommands.swift:191
msgctxt "access role"
msgid "team"
msgstr "team"

#: Sources/TavleCLI/ServeCommands.swift:192
msgctxt "access role"
msgid "facilitator"
msgstr "facilitator"

#: Sources/TavleCLI/ServeCommands.swift:193
msgctxt "access role"
msgid "researcher"
msgstr "forsker"

#: Sources/TavleCLI/ServeCommands.swift:176
msgid "revoked {1}"
msgstr "tilbagekaldt {1}"

#: Sources/TavleCLI/ServeCommands.swift:177
msgid "in use"
msgstr "i brug"

#: Sources/TavleCLI/ServeCommands.swift:187
msgid "End a sign-in link, by its id or by the name it was made for."
msgstr "Tilbagekald et login-link, med dets id eller med det navn, det blev lavet til."

#: Sources/TavleCLI/ServeCommands.swift:188
msgid ""
"The link no longer signs in, and the sessions it opened end at their next request. Revoking by a team's id or a person's name ends all of their links.\n"
"\n"
"Examples:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"
msgstr ""
"Linket logger ikke længere ind, og de sessioner, det har åbnet, afsluttes ved næste anmodning. Tilbagekalder du med et teams id eller en persons navn, gælder det alle deres links.\n"
"\n"
"Eksempler:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"

#: Sources/TavleCLI/ServeCommands.swift:198
msgid "The link's id (tavle access list), or a team id or person's name."
msgstr "Linkets id (tavle access list) eller et team-id eller en persons navn."

#: Sources/TavleCLI/ServeCommands.swift:211
msgid "Revoked {1} ({2})."
msgstr "Tilbagekaldte {1} ({2})."

msgid "Run report notebooks for quality-improvement learning networks."
msgstr "Kør rapportnotesbøger for læringsnetværk i kvalitetsforbedring."

msgid ""
"A notebook is a Markdown file with front matter, narrative, SQL query cells and reflection prompts. Tavle runs it per team against the workspace's data (named in tavle.yaml, found beside the notebook or in a folder above it) and writes one HTML report and one Markdown report per team.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams"
msgstr ""
"En notesbog er en Markdown-fil med front matter, brødtekst, SQL-forespørgselsceller og refleksionsspørgsmål. Tavle kører den pr. team mod arbejdsområdets data (angivet i tavle.yaml, som ligger ved siden af notesbogen eller i en mappe over den) og skriver én HTML-rapport og én Markdown-rapport pr. team.\n"
"\n"
"Eksempler:\n"
"  tavle check Notebooks/da/laeringsseminar-3.md\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --team aarhus-solbakken\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --all-teams"

msgid "rendered"
msgstr "lavet"

msgid "note: a run stopped after its commit {1} left '{2}' half written; its files and index are now put in place"
msgstr "bemærk: en kørsel, der stoppede efter sit commit {1}, efterlod »{2}« halvt skrevet; dens filer og indeks er nu sat på plads"

msgid "note: --discard-edits: the changes to {1} in '{2}' are discarded; the files are as the last run committed them (a file new to the repository stays there, no longer staged)"
msgstr "bemærk: --discard-edits: ændringerne i {1} i »{2}« er kasseret; filerne er, som den seneste kørsel gemte dem (en fil, der er ny i arkivet, bliver liggende, men er ikke længere tilføjet)"

msgid "waiting for another tavle command (run, handout, import or data load) to finish with '{1}' …"
msgstr "venter på, at en anden tavle-kommando (run, handout, import eller data load) bliver færdig med »{1}« …"

msgid "committed {1} ({2}) to {3}"
msgstr "gemte {1} ({2}) i {3}"

msgid "1 file changed"
msgstr "1 fil ændret"

msgid "{1} files changed"
msgstr "{1} filer ændret"

msgid "unchanged since the last commit in {1}, nothing committed"
msgstr "uændret siden det seneste commit i {1}, intet gemt"

msgid "The notebook to run (a .md file inside a workspace)."
msgstr "Notesbogen, der skal køres (en .md-fil i et arbejdsområde)."

msgid "A team to make the report for; repeat for several."
msgstr "Et team, rapporten skal laves for; gentag for flere."

msgid "Make a report for every team in the workspace."
msgstr "Lav en rapport for hvert team i arbejdsområdet."

msgid "Set a notebook parameter; repeat for several."
msgstr "Sæt en parameter i notesbogen; gentag for flere."

msgid "Treat every warning as an error (for a workspace's own CI): nothing is written if there is one."
msgstr "Behandl hver advarsel som en fejl (til arbejdsområdets egen CI): intet skrives, hvis der er en."

msgid "Put reports edited by hand (or changes staged) in the report repository back as tavle made them, naming them, instead of refusing to run."
msgstr "Sæt rapporter i rapportarkivet, der er redigeret i hånden (eller ændringer, der er tilføjet), tilbage, som tavle lavede dem, og nævn dem, i stedet for at nægte at køre."

msgid "Use either --team or --all-teams, not both."
msgstr "Brug enten --team eller --all-teams, ikke begge."

msgid "Run a notebook and write a report per team."
msgstr "Kør en notesbog, og skriv en rapport pr. team."

msgid ""
"Writes <output>/<team>/<notebook-id>.html and .md for each team and commits them, as one commit, to the output folder's git repository (created on the first run). The output folder is 'output' in tavle.yaml (relative to it), or --output. If any team's report fails, nothing is written or committed; if nothing changed, nothing is committed.\n"
"\n"
"Examples:\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams\n"
"  tavle run Notebooks/samling-3.md --all-teams --param period=2022-06\n"
"  tavle run Notebooks/samling-3.md --all-teams --output /tmp/rapporter"
msgstr ""
"Skriver <output>/<team>/<notesbog-id>.html og .md for hvert team og gemmer dem som ét commit i rapportmappens git-arkiv (oprettes ved første kørsel). Rapportmappen er 'output' i tavle.yaml (regnet fra den), eller --output. Fejler rapporten for et team, skrives og gemmes intet; er intet ændret, gemmes intet.\n"
"\n"
"Eksempler:\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --team aarhus-solbakken\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --all-teams\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --all-teams --param period=2025-10\n"
"  tavle run Notebooks/da/laeringsseminar-3.md --all-teams --output /tmp/rapporter"

msgid "Write the reports here instead of the workspace's output folder."
msgstr "Skriv rapporterne hertil i stedet for til arbejdsområdets rapportmappe."

msgid "Also print how long each phase of the run took (on standard error)."
msgstr "Udskriv også, hvor lang tid hver fase af kørslen tog (på standard error)."

msgid "Why this run was made, for its commit (shown by tavle log and git log)."
msgstr "Hvorfor kørslen blev lavet, til dens commit (vises af tavle log og git log)."

msgid "Rendered {1} of {2} (version {3}) in {4} s; "
msgstr "Lavede {1} ud fra {2} (version {3}) på {4} s; "

msgid "1 report"
msgstr "1 rapport"

msgid "Check a notebook without writing anything."
msgstr "Tjek en notesbog uden at skrive noget."

msgid ""
"Parses the notebook and the workspace, checks the parameters and teams, prepares every query against the data and checks every {{ }} expression against the columns the queries return, and reads the teams' journals (journals/<team>.yaml). Runs no query and writes no report.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06"
msgstr ""
"Læser notesbogen og arbejdsområdet, tjekker parametre og teams, forbereder hver forespørgsel mod dataene og tjekker hvert {{ }}-udtryk mod de kolonner, forespørgslerne returnerer, og læser teamsenes logbøger (journals/<team>.yaml). Kører ingen forespørgsel og skriver ingen rapport.\n"
"\n"
"Eksempler:\n"
"  tavle check Notebooks/da/laeringsseminar-3.md\n"
"  tavle check Notebooks/da/laeringsseminar-3.md --team aarhus-solbakken --param period=2025-10"

msgid "--discard-edits is for run and handout; check writes nothing"
msgstr "--discard-edits er til run og handout; check skriver intet"

msgid "{1}: ok — {2}, {3}, {4}, {5}"
msgstr "{1}: ok — {2}, {3}, {4}, {5}"

msgid "1 query"
msgstr "1 forespørgsel"

msgid "{1} queries"
msgstr "{1} forespørgsler"

msgid "1 prompt"
msgstr "1 refleksionsspørgsmål"

msgid "{1} prompts"
msgstr "{1} refleksionsspørgsmål"

msgid "1 team in the workspace"
msgstr "1 team i arbejdsområdet"

msgid "{1} teams in the workspace"
msgstr "{1} teams i arbejdsområdet"

msgid "1 journal read"
msgstr "1 logbog læst"

msgid "{1} journals read"
msgstr "{1} logbøger læst"

msgid "List the runs recorded in the report repository, newest first."
msgstr "Vis kørslerne, der er registreret i rapportarkivet, nyeste først."

msgid ""
"Reads the output folder's git repository: one entry per 'tavle run', with its commit, time, author, notebook, version and teams. The output folder is the workspace's (tavle.yaml found from --workspace, its Notebooks/ folder, or a folder above it), or --output.\n"
"\n"
"Examples:\n"
"  tavle log\n"
"  tavle log --team molde-sykehjem-2\n"
"  tavle log --notebook samling-3 --format json"
msgstr ""
"Læser rapportmappens git-arkiv: én post pr. 'tavle run' med commit, tidspunkt, forfatter, notesbog, version og teams. Rapportmappen er arbejdsområdets (tavle.yaml fundet ud fra --workspace, dens Notebooks/-mappe eller en mappe over den), eller --output.\n"
"\n"
"Eksempler:\n"
"  tavle log\n"
"  tavle log --team odense-hjemmeplejen-vest\n"
"  tavle log --notebook laeringsseminar-3 --format json"

msgid "Only runs that changed this team's reports."
msgstr "Kun kørsler, der ændrede dette teams rapporter."

msgid "Only runs of this notebook."
msgstr "Kun kørsler af denne notesbog."

msgid "Share the report repository: push its runs to a remote."
msgstr "Del rapportarkivet: send dets kørsler til et fjernarkiv."

msgid ""
"Sends the output folder's git repository (branch main) to REMOTE: the name of a remote added with 'git remote add', a URL, or a folder holding a bare repository. Without REMOTE, tavle.yaml's 'remote:' is used, else the repository's 'origin'. Histories are never overwritten or merged: if the remote has runs this repository lacks, nothing is pushed. For https give TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token); ssh uses ssh-agent.\n"
"\n"
"Examples:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"
msgstr ""
"Sender rapportmappens git-arkiv (grenen main) til REMOTE: navnet på et fjernarkiv, der er tilføjet med 'git remote add', en URL eller en mappe med et bart arkiv. Uden REMOTE bruges 'remote:' i tavle.yaml, ellers arkivets 'origin'. Historikken overskrives eller flettes aldrig: har fjernarkivet kørsler, som dette arkiv mangler, sendes intet. For https skal du angive TAVLE_PUSH_USERNAME og TAVLE_PUSH_PASSWORD (et token); ssh bruger ssh-agent.\n"
"\n"
"Eksempler:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"

msgid "A remote's name, a URL or a path."
msgstr "Et fjernarkivs navn, en URL eller en sti."

msgid "The report repository to push."
msgstr "Rapportarkivet, der skal sendes."

msgid "{1} already has every run (main at {2}); nothing to push"
msgstr "{1} har allerede alle kørsler (main står på {2}); intet at sende"

msgid "Pushed {1} to {2} (main at {3})"
msgstr "Sendte {1} til {2} (main står på {3})"

msgid "1 run"
msgstr "1 kørsel"

msgid "{1} runs"
msgstr "{1} kørsler"

msgid "Compute run- or control-chart statistics for a series, as JSON."
msgstr "Beregn statistik til serie- eller kontroldiagram for en serie, som JSON."

msgid ""
"Reads a CSV series with the columns x and y (and n for p and u charts, where y is the count and n the denominator, as in qicharts2) from FILE or standard input, and prints per point the centre line, limits and whether it signals, per part and for the last part (summary) the median, runs, crossings and their limits. The numbers agree with qicharts2 for the same series and options.\n"
"\n"
"Examples:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"
msgstr ""
"Læser en CSV-serie med kolonnerne x og y (og n for p- og u-diagrammer, hvor y er antallet og n nævneren, som i qicharts2) fra FIL eller standard input og skriver pr. punkt centerlinje, grænser og om punktet giver signal, og pr. del og for den sidste del (summary) median, serier, krydsninger og grænserne for dem. Tallene stemmer med qicharts2 for samme serie og indstillinger.\n"
"\n"
"Eksempler:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"

msgid "run, i, p, u or c."
msgstr "run, i, p, u eller c."

msgid "Compute the centre and limits from the first N points and extend them."
msgstr "Beregn centerlinje og grænser ud fra de første N punkter, og forlæng dem."

msgid "Start a new part after these points (1-based, comma-separated)."
msgstr "Begynd en ny del efter disse punkter (talt fra 1, adskilt med komma)."

msgid "--freeze takes a number of points of at least 1, but it is {1}"
msgstr "--freeze tager et antal punkter på mindst 1, men er {1}"

msgid "The CSV file; standard input when absent or '-'."
msgstr "CSV-filen; standard input, når den mangler eller er '-'."

msgid "note: --freeze is not used when there are parts (as in qicharts2); each part has its own centre line"
msgstr "bemærk: --freeze bruges ikke, når serien er delt (som i qicharts2); hver del har sin egen centerlinje"

msgid "the file could not be read"
msgstr "filen kunne ikke læses"

msgid "the file is neither UTF-8 nor Windows-1252 text"
msgstr "filen er hverken UTF-8- eller Windows-1252-tekst"

msgid "save it from the spreadsheet as 'CSV UTF-8'"
msgstr "gem den fra regnearket som »CSV UTF-8«"

msgid "'{1}' could be thousands with a point between them (as Danish and Norwegian spreadsheets may write it) or a decimal number: write {2} for the thousands, or {3} with a decimal comma"
msgstr "»{1}« kan være tusinder med punktum imellem (som danske og norske regneark kan skrive det) eller et decimaltal: skriv {2} for tusinder, eller {3} med decimalkomma"

msgid "this file separates fields with ',' so its decimals need a point ({1}); or save it with ';' between fields, as spreadsheets in Norwegian, Swedish and Danish do, and keep the decimal commas"
msgstr "denne fil adskiller felterne med »,«, så decimaltal skal have punktum ({1}); eller gem den med »;« mellem felterne, som regneark på norsk, svensk og dansk gør, og behold decimalkommaerne"

msgid "write a number (2,5 or 2.5), or leave the field empty for a missing value"
msgstr "skriv et tal (2,5 eller 2.5), eller lad feltet være tomt for en manglende værdi"

msgid "write a number (2.5), or leave the field empty for a missing value"
msgstr "skriv et tal (2.5), eller lad feltet være tomt for en manglende værdi"

msgid "the CSV folder '{1}' does not exist"
msgstr "CSV-mappen »{1}« findes ikke"

msgid "check the path after 'csv:' in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "tjek stien efter »csv:« i tavle.yaml; den regnes fra den mappe, der indeholder tavle.yaml"

msgid "the CSV folder '{1}' holds no .csv files"
msgstr "CSV-mappen »{1}« indeholder ingen .csv-filer"

msgid "each table is a file such as measurements.csv, with the column names on its first line"
msgstr "hver tabel er en fil som measurements.csv med kolonnenavnene på første linje"

msgid "an in-memory database could not be made: {1}"
msgstr "en database i hukommelsen kunne ikke laves: {1}"

msgid "the column '{1}' stands twice in the header"
msgstr "kolonnen »{1}« står to gange i overskriften"

msgid "give each column its own name"
msgstr "giv hver kolonne sit eget navn"

msgid "the file could not be loaded as the table '{1}': {2}"
msgstr "filen kunne ikke indlæses som tabellen »{1}«: {2}"

msgid "is written with a point between thousands"
msgstr "er skrevet med punktum mellem tusinder"

msgid "is written with a decimal comma"
msgstr "er skrevet med decimalkomma"

msgid "'{1}' in the column '{2}' {3}"
msgstr "»{1}« i kolonnen »{2}« {3}"

msgid "'{1}' in the column '{2}' is not a number, but {3} of the column's {4} values are"
msgstr "»{1}« i kolonnen »{2}« er ikke et tal, men det er {3} af kolonnens {4} værdier"

msgid "a quoted field that starts on this line is never closed"
msgstr "et felt i anførselstegn, der begynder på denne linje, lukkes aldrig"

msgid "add the closing '\"'"
msgstr "tilføj det afsluttende »\"«"

msgid "the CSV file is empty"
msgstr "CSV-filen er tom"

msgid "the first line should name the columns"
msgstr "den første linje skal angive kolonnerne"

msgid "this row has 1 field, but the header names {1} columns"
msgstr "denne række har 1 felt, men overskriften angiver {1} kolonner"

msgid "this row has {1} fields, but the header names {2} columns"
msgstr "denne række har {1} felter, men overskriften angiver {2} kolonner"

msgid "check for a missing or extra comma; quote values that contain commas"
msgstr "se efter et manglende eller ekstra komma; sæt værdier, der indeholder komma, i anførselstegn"

msgid "the header separates its columns with '{1}'; check for a missing or extra one on this line"
msgstr "overskriften adskiller kolonnerne med »{1}«; se efter et skilletegn, der mangler eller er for meget, på denne linje"

msgid "a tab"
msgstr "tabulatortegn"

msgid "the count {1} in the column '{2}' is negative"
msgstr "antallet {1} i kolonnen »{2}« er negativt"

msgid "a count is 0 or more; correct it, or leave the field empty for a missing value"
msgstr "et antal er 0 eller mere; ret det, eller lad feltet være tomt for en manglende værdi"

msgid "{1} counted out of a denominator of 0 ('{2}')"
msgstr "{1} talt ud af en nævner på 0 (»{2}«)"

msgid "correct the denominator, or leave both empty for a month without measurement"
msgstr "ret nævneren, eller lad begge være tomme for en måned uden måling"

msgid "'{1}' could not be read"
msgstr "»{1}« kunne ikke læses"

msgid "tavle import adds rows to the table '{1}' (columns {2}); the data folder needs a {3}.csv with that header"
msgstr "tavle import tilføjer rækker til tabellen »{1}« (kolonnerne {2}); datamappen skal have en {1}.csv med den overskrift"

msgid "the header of {1} lacks the column {2}"
msgstr "overskriften i {1} mangler kolonnen {2}"

msgid "the header of {1} lacks the columns {2}"
msgstr "overskriften i {1} mangler kolonnerne {2}"

msgid "tavle import writes the columns {1}"
msgstr "tavle import skriver kolonnerne {1}"

msgid "'{1}' is saved as Windows-1252, which cannot hold every letter of the new rows"
msgstr "»{1}« er gemt som Windows-1252, som ikke kan rumme alle bogstaverne i de nye rækker"

msgid "save it from the spreadsheet as 'CSV UTF-8' and import again"
msgstr "gem den fra regnearket som »CSV UTF-8«, og importér igen"

msgid "check that you may write in the data folder"
msgstr "tjek, at du må skrive i datamappen"

msgid "the numbers could not be added to '{1}': {2}"
msgstr "tallene kunne ikke tilføjes til »{1}«: {2}"

msgid "nothing was added; tavle import writes to the table {1}({2})"
msgstr "intet blev tilføjet; tavle import skriver til tabellen {1}({2})"

#: Sources/TavleData/PeriodColumns.swift:17
msgid "'{1}' in the column '{2}' is not a month: a year has months 01 to 12, not {3}"
msgstr "»{1}« i kolonnen »{2}« er ikke en måned: et år har månederne 01 til 12, ikke {3}"

#: Sources/TavleData/PeriodColumns.swift:18
msgid "correct the month in the data; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "ret måneden i dataene; et kvartal skrives som sin første måned (2024-01 for første kvartal)"

msgid "'{1}' in the column '{2}' is not a month written YYYY-MM"
msgstr "»{1}« i kolonnen »{2}« er ikke en måned skrevet ÅÅÅÅ-MM"

msgid "write the month as {1}; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "skriv måneden som {1}; et kvartal skrives som dets første måned (2024-01 for første kvartal)"

msgid "the database '{1}' does not exist"
msgstr "databasen »{1}« findes ikke"

msgid "check the 'data' path in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "tjek stien under »data« i tavle.yaml; den regnes fra den mappe, der indeholder tavle.yaml"

msgid "'{1}' could not be opened as a SQLite database: {2}"
msgstr "»{1}« kunne ikke åbnes som en SQLite-database: {2}"

msgid "check that the file is a SQLite database and readable"
msgstr "tjek, at filen er en SQLite-database, og at den kan læses"

msgid "'{1}' could not be made read-only: {2}"
msgstr "»{1}« kunne ikke gøres skrivebeskyttet: {2}"

msgid "{1} could not be run: {2}"
msgstr "{1} kunne ikke køres: {2}"

msgid "{1} has no SQL"
msgstr "{1} har ingen SQL"

msgid "{1} holds more than one statement"
msgstr "{1} indeholder mere end én sætning"

msgid "a query cell runs exactly one SELECT; split the rest into cells of their own"
msgstr "en forespørgselscelle kører præcis én SELECT; flyt resten til deres egne celler"

msgid "{1} is a {2} statement; a report may only read data"
msgstr "{1} er en {2}-sætning; en rapport må kun læse data"

msgid "write a SELECT (or WITH … SELECT); the data source is opened read-only and is never changed by tavle run"
msgstr "skriv en SELECT (eller WITH … SELECT); datakilden åbnes skrivebeskyttet og ændres aldrig af tavle run"

msgid "{1} could not bind its parameters: {2}"
msgstr "parametrene i {1} kunne ikke bindes: {2}"

msgid "{1} was stopped after {2} s, its time limit"
msgstr "{1} blev stoppet efter {2} s, som er tidsgrænsen"

msgid "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml"
msgstr "gør forespørgslen lettere (filtrér på team og periode, brug indekserede kolonner), eller hæv »query_timeout« i tavle.yaml"

msgid "check the SQL at the marked position"
msgstr "tjek SQL'en på det markerede sted"

msgid "check the table name; the tables here are listed by 'SELECT name FROM sqlite_schema'"
msgstr "tjek tabelnavnet; tabellerne her vises med »SELECT name FROM sqlite_schema«"

msgid "check the column name and the table it belongs to"
msgstr "tjek kolonnenavnet og den tabel, den hører til"

msgid "{1} has an error: {2}"
msgstr "{1} har en fejl: {2}"

msgid "the tables of '{1}' could not be read: {2}"
msgstr "tabellerne i »{1}« kunne ikke læses: {2}"

msgid "the cache folder '{1}' could not be created: {2}"
msgstr "cachemappen »{1}« kunne ikke oprettes: {2}"

msgid "the built database could not be stored in '{1}'"
msgstr "den byggede database kunne ikke gemmes i »{1}«"

msgid "the built database could not be stored in '{1}': {2}"
msgstr "den byggede database kunne ikke gemmes i »{1}«: {2}"

msgid "the data folder '{1}' does not exist"
msgstr "datamappen »{1}« findes ikke"

msgid "the data folder '{1}' could not be read: {2}"
msgstr "datamappen »{1}« kunne ikke læses: {2}"

msgid "the data folder '{1}' holds no .sql or .csv files"
msgstr "datamappen »{1}« indeholder ingen .sql- eller .csv-filer"

msgid "a database could not be created at '{1}': {2}"
msgstr "en database kunne ikke oprettes i »{1}«: {2}"

msgid "the data could not be built: {1}"
msgstr "dataene kunne ikke bygges: {1}"

msgid "the script reaches outside tavle's own cache: {1}"
msgstr "scriptet rækker uden for tavles egen cache: {1}"

msgid "a data script may create tables and indexes and fill them; ATTACH, DETACH, VACUUM INTO and PRAGMAs other than foreign_keys are refused"
msgstr "et datascript må oprette tabeller og indekser og fylde dem; ATTACH, DETACH, VACUUM INTO og andre PRAGMA'er end foreign_keys afvises"

msgid "the script failed: {1}"
msgstr "scriptet fejlede: {1}"

msgid "the data's references could not be checked: {1}"
msgstr "referencerne i dataene kunne ikke tjekkes: {1}"

msgid "a row in '{1}' refers to a row in '{2}' that does not exist"
msgstr "en række i »{1}« henviser til en række i »{2}«, som ikke findes"

msgid "check the id on this line against {1}.csv (or the .sql file that fills '{2}')"
msgstr "tjek id'et på denne linje mod {1}.csv (eller den .sql-fil, der fylder »{1}«)"

msgid "the table '{1}' could not be inspected: {2}"
msgstr "tabellen »{1}« kunne ikke undersøges: {2}"

msgid "there is no table '{1}' to load this file into"
msgstr "der findes ingen tabel »{1}« at indlæse denne fil i"

msgid "create it with CREATE TABLE {1}(…) in a .sql file in the same folder"
msgstr "opret den med CREATE TABLE {1}(…) i en .sql-fil i samme mappe"

msgid "the table '{1}' has no column '{2}'"
msgstr "tabellen »{1}« har ingen kolonne »{2}«"

msgid "its columns: {1}"
msgstr "dens kolonner: {1}"

msgid "the file could not be loaded into '{1}': {2}"
msgstr "filen kunne ikke indlæses i »{1}«: {2}"

msgid "'{1}' in the column '{2}' is not a whole number"
msgstr "»{1}« i kolonnen »{2}« er ikke et heltal"

msgid "write digits only, or leave the field empty for a missing value"
msgstr "skriv kun cifre, eller lad feltet være tomt for en manglende værdi"

msgid "'{1}' in the column '{2}' is not a number"
msgstr "»{1}« i kolonnen »{2}« er ikke et tal"

#: Sources/TavleEdit/JournalEditor.swift:166
msgid "the journal file was changed by hand in a way tavle cannot record, so nothing was saved: the file must be mended first (your facilitator can do it)"
msgstr "logbogsfilen er ændret i hånden på en måde, tavle ikke kan registrere, så intet blev gemt: filen skal rettes først (jeres facilitator kan gøre det)"

#: Sources/TavleEdit/JournalEditor.swift:127
msgid "make this change in the journal file with a text editor"
msgstr "foretag denne ændring i logbogsfilen i et tekstredigeringsprogram"

#: Sources/TavleEdit/JournalEditor.swift:200
msgid "the journal '{1}' could not be written: {2}"
msgstr "logbogen »{1}« kunne ikke skrives: {2}"

#: Sources/TavleEdit/JournalEditor.swift:201
msgid "check that the workspace's journals folder is writable"
msgstr "tjek, at der kan skrives i arbejdsområdets mappe journals"

#: Sources/TavleEdit/JournalText.swift:61
msgid "'{1}:' is written on one line; tavle can only add to a list written one entry per line"
msgstr "»{1}:« er skrevet på én linje; tavle kan kun tilføje til en liste, der er skrevet med én post pr. linje"

#: Sources/TavleEdit/JournalText.swift:89
msgid "the list '{1}:' is laid out in a way tavle cannot add to"
msgstr "listen »{1}:« er sat op på en måde, som tavle ikke kan tilføje til"

#: Sources/TavleEdit/JournalText.swift:253
msgid "the journal has no goal '{1}'"
msgstr "logbogen har intet mål »{1}«"

#: Sources/TavleEdit/JournalText.swift:292
msgid "the journal has no indicator '{1}'"
msgstr "logbogen har ingen indikator »{1}«"

#: Sources/TavleEdit/JournalText.swift:275
msgid "the journal has no entry '{1}' under '{2}'"
msgstr "logbogen har ingen post »{1}« under »{2}«"

#: Sources/TavleEdit/JournalText.swift:435
msgid "the journal has no entry {1} under '{2}'"
msgstr "logbogen har ingen post {1} under »{2}«"

#: Sources/TavleEdit/JournalText.swift:487
msgid "the journal has no entry with {1} under '{2}'"
msgstr "logbogen har ingen post med {1} under »{2}«"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "'{1}' is a folder; --format json writes one file"
msgstr "»{1}« er en mappe; --format json skriver én fil"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "name the file: --to export.json"
msgstr "angiv filen: --to eksport.json"

#: Sources/TavleExport/ResearchExport.swift:67
msgid "'{1}' exists and is not an earlier export; the export writes only a new file or over an earlier export"
msgstr "»{1}« findes og er ikke en tidligere eksport; eksporten skrives kun til en ny fil eller oven i en tidligere eksport"

#: Sources/TavleExport/ResearchExport.swift:68
msgid "name a new file: --to export.json"
msgstr "angiv en ny fil: --to eksport.json"

#: Sources/TavleCLI/ExportCommand.swift:71
msgid "the export could not be written to '{1}': {2}"
msgstr "eksporten kunne ikke skrives til »{1}«: {2}"

msgid "check that you may write in '{1}'"
msgstr "tjek, at du må skrive i »{1}«"

#: Sources/TavleExport/ResearchExport.swift:91
msgid "no run of the report repository matches {1}"
msgstr "ingen kørsel i rapportarkivet passer med {1}"

#: Sources/TavleExport/ResearchExport.swift:93
msgid "the runs are from {1}; 'tavle log' lists them"
msgstr "kørslerne er fra {1}; »tavle log« viser dem"

#: Sources/TavleExport/ResearchExport.swift:94
msgid "the runs are from {1}, for gatherings {2}; 'tavle log' lists them"
msgstr "kørslerne er fra {1}, til læringsseminarerne {2}; »tavle log« viser dem"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "'{1}' is a file; the export is a folder of files"
msgstr "»{1}« er en fil; eksporten er en mappe med filer"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "name a new folder: --to export"
msgstr "angiv en ny mappe: --to eksport"

#: Sources/TavleExport/ResearchExport.swift:69
msgid "'{1}' holds other files ({2}); the export writes only into a new folder or over an earlier export"
msgstr "»{1}« indeholder andre filer ({2}); eksporten skrives kun til en ny mappe eller oven i en tidligere eksport"

#: Sources/TavleExport/ResearchExport.swift:70
msgid "name a new folder: --to export-{1}"
msgstr "angiv en ny mappe: --to eksport-{1}"

msgid "the revision of {1} of the goal '{2}' was changed or removed since the report repository recorded it (commit {3})"
msgstr "revisionen fra {1} af målet »{2}« er ændret eller fjernet, siden rapportarkivet registrerede den (commit {3})"

msgid "a goal's revisions are its history: put it back as it was ({1}: {2}) and add a new revision for the new change"
msgstr "et måls revisioner er dets historik: sæt den tilbage, som den var ({1}: {2}), og tilføj en ny revision for den nye ændring"

msgid "the new revision of the goal '{1}' is dated {2}, before the run of {3} (commit {4}) that still showed the goal as it was"
msgstr "den nye revision af målet »{1}« er dateret {2}, før kørslen {3} (commit {4}), som stadig viste målet, som det var"

msgid "date it the day the goal was changed, {1} or later"
msgstr "datér den til den dag, målet blev ændret, {1} eller senere"

msgid "the goal '{1}' is no longer in the journal, but the report repository recorded it (commit {2}); a goal is set aside, or renamed, with a reason"
msgstr "målet »{1}« står ikke længere i logbogen, men rapportarkivet registrerede det (commit {2}); et mål lægges til side eller får nyt navn med en begrundelse"

msgid ""
"add it to the journal:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Why the goal was set aside (or renamed to …)"
msgstr ""
"tilføj det i logbogen:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Hvorfor målet blev lagt til side (eller fik nyt navn …)"

msgid "the goal '{1}' is retired on {2}, before the run of {3} (commit {4}) that still showed it"
msgstr "målet »{1}« er lagt til side {2}, før kørslen {3} (commit {4}), som stadig viste det"

msgid "date it the day the goal was set aside, {1} or later"
msgstr "datér det til den dag, målet blev lagt til side, {1} eller senere"

msgid "its statement"
msgstr "formuleringen"

msgid "its target from {1} to {2}"
msgstr "målværdien fra {1} til {2}"

msgid "its due date from {1} to {2}"
msgstr "fristen fra {1} til {2}"

msgid "the goal '{1}' changed {2} since the report repository last recorded it (commit {3}), but the journal gives no reason"
msgstr "målet »{1}« er ændret ({2}), siden rapportarkivet sidst registrerede det (commit {3}), men logbogen angiver ingen begrundelse"

msgid " and "
msgstr " og "

msgid ""
"add the reason under the goal, then run again:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Why the goal was changed"
msgstr ""
"skriv begrundelsen under målet, og kør igen:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Hvorfor målet blev ændret"

msgid "{1} %"
msgstr "{1} %"

msgid "the workspace's data is already on PostgreSQL ({1})"
msgstr "arbejdsområdets data ligger allerede i PostgreSQL ({1})"

msgid "copy between servers with pg_dump and psql"
msgstr "kopiér mellem servere med pg_dump og psql"

msgid "the file holds no numbers"
msgstr "filen indeholder ingen tal"

msgid "fill in at least one number below the header"
msgstr "udfyld mindst ét tal under overskriften"

msgid "no form asks for the indicator '{1}'"
msgstr "intet skema spørger efter indikatoren »{1}«"

msgid "indicators"
msgstr "indikatorer"

msgid "'{1}' is not a team of {2}"
msgstr "»{1}« er ikke et team i {2}"

msgid "{1} has numbers for {2} here and at line {3} ({4})"
msgstr "{1} har tal for {2} både her og på linje {3} ({4})"

msgid "keep one of them; each participant has one number per indicator and period"
msgstr "behold et af dem; hver deltager har ét tal pr. indikator og periode"

#: Sources/TavleImport/FormImport.swift:138
msgid "; nothing was imported (and 1 more problem below)"
msgstr "; intet blev importeret (og 1 problem mere nedenfor)"

#: Sources/TavleImport/FormImport.swift:139
msgid "; nothing was imported (and {1} more problems below)"
msgstr "; intet blev importeret (og {1} problemer mere nedenfor)"

#: Sources/TavleImport/FormImport.swift:140
msgid "; nothing was imported"
msgstr "; intet blev importeret"

msgid "the numbers answer forms of notebooks that keep their data in different places ({1})"
msgstr "tallene besvarer skemaer i notesbøger, der har deres data forskellige steder ({1})"

msgid "import one notebook's numbers at a time with --notebook"
msgstr "importér én notesbogs tal ad gangen med --notebook"

msgid "{1} has numbers for {2}, a month that has not begun (this is {3})"
msgstr "{1} har tal for {2}, en måned, der ikke er begyndt endnu (det er nu {3})"

msgid "{1} has numbers for {2}, {3} after the last month the data holds for {4} ({5})"
msgstr "{1} har tal for {2}, {3} efter den sidste måned, dataene har for {4} ({5})"

msgid "{1} has numbers for {2}, {3} before the first month the data holds for {4} ({5})"
msgstr "{1} har tal for {2}, {3} før den første måned, dataene har for {4} ({5})"

msgid "the numbers were imported; if the year or month is wrong, correct the period in the data"
msgstr "tallene blev importeret; hvis året eller måneden er forkert, så ret perioden i dataene"

msgid "{1} years"
msgstr "{1} år"

msgid "{1} months"
msgstr "{1} måneder"

msgid "'{1}' ({2}, {3}) is not a number"
msgstr "»{1}« ({2}, {3}) er ikke et tal"

msgid "write it with digits, for example 3,2 or 3.2, in {1}"
msgstr "skriv det med cifre, for eksempel 3,2 eller 3.2, i {1}"

msgid "write it with digits, for example 3,2 or 3.2"
msgstr "skriv det med cifre, for eksempel 3,2 eller 3.2"

msgid "'{1}' is written in {2}, but the column says {3}"
msgstr "»{1}« er skrevet i {2}, men kolonnen siger {3}"

msgid "use one unit"
msgstr "brug én enhed"

msgid "'{1}' ({2}, {3}) is written with the unit '{4}', but the form asks for a plain number"
msgstr "»{1}« ({2}, {3}) er skrevet med enheden »{4}«, men skemaet beder om et tal uden enhed"

msgid "write the number without a unit"
msgstr "skriv tallet uden enhed"

msgid "'{1}' ({2}, {3}) is in the wrong unit: the form asks for {4}, not {5}"
msgstr "»{1}« ({2}, {3}) har forkert enhed: skemaet beder om {4}, ikke {5}"

msgid "write the number in {1}, as the form's blank shows"
msgstr "skriv tallet i {1}, som feltet på skemaet viser"

msgid "{1}{2} ({3}, {4}) is below the smallest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) er under den mindste værdi, skemaet tillader, {5}{6}"

msgid "check the number against the source it was copied from"
msgstr "tjek tallet mod den kilde, det er skrevet af fra"

msgid "{1}{2} ({3}, {4}) is above the largest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) er over den største værdi, skemaet tillader, {5}{6}"

msgid "the check for numbers already in the data"
msgstr "kontrollen af tal, der allerede findes i dataene"

msgid "the data has no table {1}(team_id, indicator_id, period, value) to import into: {2}"
msgstr "dataene har ingen tabel {1}(team_id, indicator_id, period, value) at importere til: {2}"

msgid "tavle import adds each number as a row of that table"
msgstr "tavle import tilføjer hvert tal som en række i den tabel"

msgid "the data already holds numbers for {1} in {2} ({3})"
msgstr "dataene indeholder allerede tal for {1} i {2} ({3})"

msgid "a period has one number per indicator; if the one in the data is wrong, correct it there, then import the rest"
msgstr "en periode har ét tal pr. indikator; hvis tallet i dataene er forkert, så ret det der, og importér derefter resten"

msgid "{1} has no form"
msgstr "{1} har intet skema"

msgid "a form is a ```form ID``` cell that lists the numbers to write down"
msgstr "et skema er en ```form ID```-celle, der angiver de tal, der skal noteres"

msgid "the forms '{1}' ({2}) and '{3}' ask for '{4}' with different units or bounds"
msgstr "skemaerne »{1}« ({2}) og »{3}« spørger efter »{4}« med forskellige enheder eller grænser"

msgid "give both the same 'unit', 'min', 'max' and 'stored_as', or import with --notebook to say which form the numbers answer"
msgstr "giv begge samme »unit«, »min«, »max« og »stored_as«, eller importér med --notebook for at sige, hvilket skema tallene besvarer"

msgid "no notebook in {1} has a form"
msgstr "ingen notesbog i {1} har et skema"

msgid "a preparation form is a ```form ID``` cell listing the numbers participants bring; see Notebooks/veiledningsgruppe-takst.md"
msgstr "et forberedelsesskema er en ```form ID```-celle, der angiver de tal, deltagerne tager med; se Notebooks/veiledningsgruppe-takst.md"

msgid "'{1}' is neither a .csv nor a .yaml file"
msgstr "»{1}« er hverken en .csv- eller en .yaml-fil"

msgid "save the spreadsheet as CSV (the first line names the columns), or write the numbers in YAML"
msgstr "gem regnearket som CSV (den første linje angiver kolonnerne), eller skriv tallene i YAML"

msgid "error"
msgstr "fejl"

msgid "warning"
msgstr "advarsel"

msgid "'{1}'"
msgstr "»{1}«"

msgid "the file holds an invisible control character ({1})"
msgstr "filen indeholder et usynligt kontroltegn ({1})"

msgid "delete it; it often comes from copying text out of another program"
msgstr "slet det; det kommer ofte fra tekst, der er kopieret fra et andet program"

msgid "the corrections file"
msgstr "rettelsesfilen"

msgid "'corrections' should be a list (lines starting with '- ')"
msgstr "»corrections« skal være en liste (linjer, der begynder med »- «)"

msgid "write each correction on its own line starting with '- '"
msgstr "skriv hver rettelse på sin egen linje, der begynder med »- «"

msgid "a correction"
msgstr "en rettelse"

msgid "'{1}' of a correction"
msgstr "»{1}« i en rettelse"

msgid "a correction has no '{1}'"
msgstr "en rettelse mangler »{1}«"

msgid "add '{1}'"
msgstr "tilføj »{1}«"

msgid "there is no team '{1}' in this workspace"
msgstr "der findes intet team »{1}« i dette arbejdsområde"

msgid "the indicator"
msgstr "indikatoren"

msgid "the query"
msgstr "forespørgslen"

msgid "a correction names either the 'indicator' or the 'query' whose value was corrected"
msgstr "en rettelse angiver enten den »indicator« eller den »query«, hvis værdi blev rettet"

msgid "for example 'indicator: fall'"
msgstr "for eksempel »indicator: fall«"

msgid "the period '{1}' of a correction is not a month written YYYY-MM"
msgstr "perioden »{1}« i en rettelse er ikke en måned skrevet ÅÅÅÅ-MM"

msgid "for example 'period: 2021-07'"
msgstr "for eksempel »period: 2021-07«"

msgid "the date '{1}' of a correction is not a date written YYYY-MM-DD"
msgstr "datoen »{1}« i en rettelse er ikke en dato skrevet ÅÅÅÅ-MM-DD"

msgid "the day the data was corrected, for example 2021-10-04"
msgstr "den dag, dataene blev rettet, for eksempel 2021-10-04"

msgid "the file has no 'team' column"
msgstr "filen har ingen kolonne »team«"

msgid "the first line names the columns: 'team,indicator,period,value' (one number per row) or 'team,period,takst-1j,takst-2ld' (one participant per row)"
msgstr "den første linje angiver kolonnerne: »team,indicator,period,value« (ét tal pr. række) eller »team,period,takst-1j,takst-2ld« (én deltager pr. række)"

msgid "the file says for no number which period it belongs to"
msgstr "filen siger ikke, hvilken periode tallene hører til"

msgid "add a 'period' column (2023-01), or give the period for the whole file with --period 2023-01"
msgstr "tilføj en kolonne »period« (2023-01), eller angiv perioden for hele filen med --period 2023-01"

msgid "this row names no team"
msgstr "denne række angiver intet team"

msgid "write the team's id, as 'tavle run --team' takes it"
msgstr "skriv teamets id, sådan som »tavle run --team« skal have det"

msgid "the file has an 'indicator' column but no 'value' column"
msgstr "filen har en kolonne »indicator«, men ingen kolonne »value«"

msgid "name the column with the numbers 'value' (or 'verdi', 'värde', 'værdi')"
msgstr "kald kolonnen med tallene »værdi« (eller »value«)"

msgid "this row names no indicator"
msgstr "denne række angiver ingen indikator"

msgid "this row has no value"
msgstr "denne række har ingen værdi"

msgid "write the number, or remove the row if it was not written down"
msgstr "skriv tallet, eller fjern rækken, hvis det ikke blev noteret"

msgid "the file names no indicator"
msgstr "filen angiver ingen indikator"

msgid "give each indicator a column named by its id, for example 'team,takst-1j,takst-2ld'"
msgstr "giv hver indikator en kolonne med dens id som navn, for eksempel »team,takst-1j,takst-2ld«"

msgid "the file"
msgstr "filen"

msgid "the period"
msgstr "perioden"

msgid "the file has no 'teams'"
msgstr "filen har ingen »teams«"

msgid "write 'teams:', then each team's id on its own line and its numbers below it, indented"
msgstr "skriv »teams:«, derefter hvert teams id på sin egen linje og tallene indrykket nedenunder"

msgid "'teams'"
msgstr "»teams«"

msgid "the numbers of '{1}'"
msgstr "tallene for »{1}«"

msgid "the period of '{1}'"
msgstr "perioden for »{1}«"

msgid "no period is given for the numbers of '{1}'"
msgstr "der er ikke angivet nogen periode for tallene for »{1}«"

msgid "write 'period: 2023-01' at the top of the file, or give --period"
msgstr "skriv »period: 2023-01« øverst i filen, eller angiv --period"

msgid "the value of '{1}' for '{2}'"
msgstr "værdien af »{1}« for »{2}«"

#: Sources/TavleParse/FilledFormReader.swift:208
msgid "'{1}' is not a month: a year has months 01 to 12, not {2}"
msgstr "»{1}« er ikke en måned: et år har månederne 01 til 12, ikke {2}"

#: Sources/TavleParse/FilledFormReader.swift:209
msgid "correct the month; a quarter is written as its first month (2023-01 for the first quarter)"
msgstr "ret måneden; et kvartal skrives som sin første måned (2023-01 for første kvartal)"

msgid "'{1}' is not a month written as year-month"
msgstr "»{1}« er ikke en måned skrevet som år-måned"

msgid "write it as 2023-01 (a quarter by its first month)"
msgstr "skriv den som 2023-01 (et kvartal skrives som dets første måned)"

msgid "the form '{1}' has no fields"
msgstr "skemaet »{1}« har ingen felter"

msgid "write its fields inside the cell, for example 'fields:' and then '  - indicator: takst-1j' with 'label: Takst 1j' and 'unit: \"%\"'"
msgstr "skriv felterne inde i cellen, for eksempel »fields:« og så »  - indicator: takst-1j« med »label: Takst 1j« og »unit: \"%\"«"

msgid "the form '{1}'"
msgstr "skemaet »{1}«"

msgid "the period of the form '{1}'"
msgstr "perioden for skemaet »{1}«"

msgid "the period of the form '{1}' names the parameter '{2}', which the notebook does not have"
msgstr "perioden for skemaet »{1}« henviser til parameteren »{2}«, som notesbogen ikke har"

msgid "add a month parameter under 'params:' in the front matter, for example 'neste_kvartal: { type: month }'"
msgstr "tilføj en månedsparameter under »params:« i front matter, for eksempel »neste_kvartal: { type: month }«"

msgid "parameters"
msgstr "parametre"

msgid "the period of the form '{1}' must be a month parameter, but '{2}' is of type {3}"
msgstr "perioden for skemaet »{1}« skal være en månedsparameter, men »{2}« har typen {3}"

msgid "give '{1}' 'type: month', or name another parameter"
msgstr "giv »{1}« »type: month«, eller henvis til en anden parameter"

msgid "the form '{1}' has no 'fields'"
msgstr "skemaet »{1}« har ingen »fields«"

msgid "list the numbers to write down under 'fields:', one '- indicator: …' each"
msgstr "angiv de tal, der skal noteres, under »fields:«, én »- indicator: …« for hvert"

msgid "the fields of the form '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "felterne i skemaet »{1}« skal være en liste (linjer, der begynder med »- «), men er {2}"

msgid "write each field on its own line starting with '- indicator: …'"
msgstr "skriv hvert felt på sin egen linje, der begynder med »- indicator: …«"

msgid "the form '{1}' asks for the indicator '{2}' twice (first at line {3})"
msgstr "skemaet »{1}« spørger efter indikatoren »{2}« to gange (første gang på linje {3})"

msgid "each field is one number per participant; remove one of them"
msgstr "hvert felt er ét tal pr. deltager; fjern et af dem"

msgid "the title of the form '{1}'"
msgstr "titlen på skemaet »{1}«"

msgid "the intro of the form '{1}'"
msgstr "indledningen til skemaet »{1}«"

msgid "a field of the form '{1}'"
msgstr "et felt i skemaet »{1}«"

msgid "a field of the form '{1}' has no 'indicator'"
msgstr "et felt i skemaet »{1}« har ingen »indicator«"

msgid "add 'indicator: <id>': the indicator the number is a measurement of"
msgstr "tilføj »indicator: <id>«: den indikator, tallet er en måling af"

msgid "the indicator of a field"
msgstr "indikatoren for et felt"

msgid "the indicator '{1}' may only hold letters, digits, '-', '_' and '.'"
msgstr "indikatoren »{1}« må kun indeholde bogstaver, cifre, »-«, »_« og ».«"

msgid "the smallest value of '{1}'"
msgstr "den mindste værdi for »{1}«"

msgid "the largest value of '{1}'"
msgstr "den største værdi for »{1}«"

msgid "the largest value of '{1}' ({2}) is below its smallest ({3})"
msgstr "den største værdi for »{1}« ({2}) er under den mindste ({3})"

msgid "swap 'min' and 'max'"
msgstr "byt om på »min« og »max«"

msgid "the unit of '{1}'"
msgstr "enheden for »{1}«"

msgid "'stored_as' of '{1}'"
msgstr "»stored_as« for »{1}«"

msgid "'{1}' is stored as a share, so the participant writes it in percent, but its unit is {2}"
msgstr "»{1}« gemmes som andel, så deltageren skriver det i procent, men enheden er {2}"

msgid "not given"
msgstr "ikke angivet"

msgid "write 'unit: \"%\"'"
msgstr "skriv »unit: \"%\"«"

msgid "the label of '{1}'"
msgstr "etiketten for »{1}«"

msgid "'{{' is not closed on the same line"
msgstr "»{{« lukkes ikke på samme linje"

msgid "close it with '}}', or write '\\{{' to show the braces as text"
msgstr "luk den med »}}«, eller skriv »\\{{« for at vise klammerne som tekst"

msgid "expected a name in '{{ {1} }}'"
msgstr "forventede et navn i »{{ {1} }}«"

msgid "for example {{ team.name }} or {{ fall.last.value | number(1) }}"
msgstr "for eksempel {{ team.name }} eller {{ fall.last.value | number(1) }}"

msgid "expected a filter name after '|'"
msgstr "forventede et filternavn efter »|«"

msgid "for example | number(1) or | percent"
msgstr "for eksempel | number(1) eller | percent"

msgid "the filter '{1}' is missing its ')'"
msgstr "filteret »{1}« mangler sin »)«"

msgid "unexpected '{1}' in '{{ {2} }}'"
msgstr "uventet »{1}« i »{{ {2} }}«"

msgid "an expression is a dotted name followed by filters, such as {{ fall.last.value | number(1) }}"
msgstr "et udtryk er et navn med punktummer efterfulgt af filtre, som {{ fall.last.value | number(1) }}"

msgid "the journal"
msgstr "logbogen"

msgid "the team"
msgstr "teamet"

msgid "this journal says it belongs to team '{1}', but its file is named after '{2}'"
msgstr "denne logbog siger, at den hører til teamet »{1}«, men filen er opkaldt efter »{2}«"

msgid "rename the file to journals/{1}.yaml, or correct 'team:'"
msgstr "giv filen navnet journals/{1}.yaml, eller ret »team:«"

msgid "the language"
msgstr "sproget"

msgid "goals"
msgstr "»goals«"

msgctxt "yaml key"
msgid "indicators"
msgstr "»indicators«"

msgctxt "yaml key"
msgid "pdsa"
msgstr "»pdsa«"

msgid "decisions"
msgstr "»decisions«"

msgid "answers"
msgstr "»answers«"

msgid "retired_goals"
msgstr "»retired_goals«"

msgid "a retired goal"
msgstr "et tilsidelagt mål"

msgid "the retired goal '{1}' has no date"
msgstr "det tilsidelagte mål »{1}« har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day it was set aside"
msgstr "tilføj »date: ÅÅÅÅ-MM-DD«, den dag det blev lagt til side"

msgid "the retired goal '{1}'"
msgstr "det tilsidelagte mål »{1}«"

msgid "the date of a retired goal"
msgstr "datoen for et tilsidelagt mål"

msgid "the goal '{1}' is both among the goals and retired"
msgstr "målet »{1}« står både blandt målene og blandt de tilsidelagte"

msgid "remove it from 'goals' if it is set aside, or from 'retired_goals' if it is still pursued"
msgstr "fjern det fra »goals«, hvis det er lagt til side, eller fra »retired_goals«, hvis der stadig arbejdes med det"

msgctxt "the"
msgid "goal"
msgstr "målet"

msgctxt "the"
msgid "indicator"
msgstr "indikatoren"

msgctxt "the"
msgid "PDSA cycle"
msgstr "PDSA-cyklussen"

msgctxt "the"
msgid "decision"
msgstr "beslutningen"

msgid "the prompt '{1}' is answered twice for gathering {2} (the first at line {3})"
msgstr "refleksionsspørgsmålet »{1}« er besvaret to gange for seminar {2} (første gang på linje {3})"

msgid "keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording"
msgstr "behold ét svar pr. refleksionsspørgsmål og seminar; ret det første, så gemmer rapportarkivet den tidligere ordlyd"

msgid "the PDSA cycle '{1}' belongs to the goal '{2}', which the journal does not have"
msgstr "PDSA-cyklussen »{1}« hører til målet »{2}«, som logbogen ikke har"

msgid "goal ids"
msgstr "mål-id'er"

msgid "the PDSA cycle '{1}' ends ({2}) before it starts ({3})"
msgstr "PDSA-cyklussen »{1}« slutter ({2}), før den begynder ({3})"

msgid "correct 'started' or 'ended'"
msgstr "ret »started« eller »ended«"

#: Sources/TavleParse/JournalParser.swift:86
msgid "the PDSA cycle '{1}' follows itself"
msgstr "PDSA-cyklussen »{1}« følger sig selv"

#: Sources/TavleParse/JournalParser.swift:86
msgid "name the cycle it builds on, or remove 'follows'"
msgstr "angiv den cyklus, den bygger på, eller fjern »follows«"

#: Sources/TavleParse/JournalParser.swift:90
msgid "the PDSA cycle '{1}' follows '{2}', which the journal does not have"
msgstr "PDSA-cyklussen »{1}« følger »{2}«, som logbogen ikke har"

#: Sources/TavleParse/JournalParser.swift:91
msgid "PDSA cycles"
msgstr "PDSA-cyklusser"

#: Sources/TavleParse/JournalParser.swift:97
msgid "the PDSA cycle '{1}' says when it was decided ({2}) but not what"
msgstr "PDSA-cyklussen »{1}« siger, hvornår der blev besluttet ({2}), men ikke hvad"

#: Sources/TavleParse/JournalParser.swift:98
msgid "write the decision beside its day: 'decision: adopt', 'adapt' or 'abandon'"
msgstr "skriv beslutningen ved siden af dagen: »decision: adopt«, »adapt« eller »abandon«"

#: Sources/TavleParse/JournalParser.swift:101
msgid "the PDSA cycle '{1}' was decided ({2}) before it started ({3})"
msgstr "PDSA-cyklussen »{1}« blev besluttet ({2}), før den startede ({3})"

#: Sources/TavleParse/JournalParser.swift:101
msgid "correct 'started' or 'decided'"
msgstr "ret »started« eller »decided«"

msgid "a goal"
msgstr "et mål"

msgid "the goal '{1}'"
msgstr "målet »{1}«"

msgid "what the goal '{1}' is about"
msgstr "hvad målet »{1}« handler om"

msgid "who the goal '{1}' is for"
msgstr "hvem målet »{1}« er for"

msgid "how much the goal '{1}' aims for"
msgstr "hvor meget målet »{1}« sigter mod"

msgid "the indicator of the goal '{1}'"
msgstr "indikatoren for målet »{1}«"

msgid "the baseline of the goal '{1}'"
msgstr "udgangspunktet for målet »{1}«"

msgid "the target of the goal '{1}'"
msgstr "målværdien for målet »{1}«"

msgid "the direction of the goal '{1}'"
msgstr "retningen for målet »{1}«"

msgid "the due date of the goal '{1}'"
msgstr "fristen for målet »{1}«"

msgid "the revisions of the goal '{1}'"
msgstr "revisionerne af målet »{1}«"

msgid "a revision"
msgstr "en revision"

msgid "a revision of the goal '{1}' has no date"
msgstr "en revision af målet »{1}« har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day the goal was changed"
msgstr "tilføj »date: ÅÅÅÅ-MM-DD«, den dag målet blev ændret"

msgid "a revision of the goal '{1}'"
msgstr "en revision af målet »{1}«"

msgid "the date of a revision"
msgstr "datoen for en revision"

msgid "the goal '{1}' has a target but does not say whether higher or lower is better"
msgstr "målet »{1}« har en målværdi, men siger ikke, om højere eller lavere er bedre"

msgid "add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)"
msgstr "tilføj »direction: down« (lavere er bedre, f.eks. fald) eller »direction: up« (højere er bedre, f.eks. andel screenede)"

msgid "an indicator"
msgstr "en indikator"

msgid "the indicator '{1}' does not say what kind it is"
msgstr "indikatoren »{1}« siger ikke, hvilken slags indikator den er"

msgid "add 'kind: result', 'kind: process' or 'kind: balancing'"
msgstr "tilføj »kind: result«, »kind: process« eller »kind: balancing«"

msgid "the name of the indicator '{1}'"
msgstr "navnet på indikatoren »{1}«"

msgid "the kind of the indicator '{1}'"
msgstr "typen af indikatoren »{1}«"

msgid "the definition of the indicator '{1}'"
msgstr "definitionen af indikatoren »{1}«"

msgid "the caveats of the indicator '{1}'"
msgstr "forbeholdene for indikatoren »{1}«"

msgid "the definition changes of the indicator '{1}'"
msgstr "definitionsændringerne for indikatoren »{1}«"

msgid "a definition change"
msgstr "en definitionsændring"

msgid "a definition change of the indicator '{1}' has no date"
msgstr "en definitionsændring for indikatoren »{1}« har ingen dato"

msgid "add 'date: YYYY-MM-DD', the first day counted the new way"
msgstr "tilføj »date: ÅÅÅÅ-MM-DD«, den første dag, der blev talt på den nye måde"

msgid "a definition change of the indicator '{1}'"
msgstr "en definitionsændring for indikatoren »{1}«"

msgid "the date of a definition change"
msgstr "datoen for en definitionsændring"

msgid "a PDSA cycle"
msgstr "en PDSA-cyklus"

msgid "the PDSA cycle '{1}'"
msgstr "PDSA-cyklussen »{1}«"

msgid "the goal of the PDSA cycle '{1}'"
msgstr "målet for PDSA-cyklussen »{1}«"

msgid "the plan of '{1}'"
msgstr "planen (plan) for »{1}«"

msgid "the do of '{1}'"
msgstr "udførelsen (do) af »{1}«"

msgid "the study of '{1}'"
msgstr "vurderingen (study) af »{1}«"

msgid "the act of '{1}'"
msgstr "beslutningen (act) for »{1}«"

msgid "the decision of the PDSA cycle '{1}'"
msgstr "beslutningen i PDSA-cyklussen »{1}«"

msgid "the start of the PDSA cycle '{1}'"
msgstr "starten på PDSA-cyklussen »{1}«"

msgid "the end of the PDSA cycle '{1}'"
msgstr "afslutningen på PDSA-cyklussen »{1}«"

#: Sources/TavleParse/JournalParser.swift:186
msgid "the day the decision of the PDSA cycle '{1}' was made"
msgstr "dagen, hvor beslutningen i PDSA-cyklussen »{1}« blev truffet"

#: Sources/TavleParse/JournalParser.swift:187
msgid "the cycle that '{1}' follows"
msgstr "den cyklus, som »{1}« følger"

msgid "a decision"
msgstr "en beslutning"

msgid "a decision has no date"
msgstr "en beslutning har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day it was decided"
msgstr "tilføj »date: ÅÅÅÅ-MM-DD«, den dag det blev besluttet"

msgid "the id of a decision"
msgstr "id'et for en beslutning"

msgid "the date of a decision"
msgstr "datoen for en beslutning"

msgid "why it was decided"
msgstr "hvorfor det blev besluttet"

msgid "an answer"
msgstr "et svar"

msgid "the answer to '{1}' does not say before which gathering it was given"
msgstr "svaret på »{1}« siger ikke, før hvilket læringsseminar det blev givet"

msgid "add for example 'gathering: 3'"
msgstr "tilføj for eksempel »gathering: 3«"

msgid "the answer to '{1}'"
msgstr "svaret på »{1}«"

msgid "the gathering of an answer"
msgstr "læringsseminaret for et svar"

msgid "the date of an answer"
msgstr "datoen for et svar"

msgid "{1} should be a list (lines starting with '- '), but it is {2}"
msgstr "{1} skal være en liste (linjer, der begynder med »- «), men er {2}"

msgid "write each entry on its own line starting with '- '"
msgstr "skriv hver post på sin egen linje, der begynder med »- «"

msgid "{1} has no '{2}'"
msgstr "{1} mangler »{2}«"

msgid "'{1}' of {2}"
msgstr "»{1}« i {2}"

msgid "'{1}' of {2} is empty"
msgstr "»{1}« i {2} er tom"

msgid "{1} should be a number or a percentage such as '80 %', but it is '{2}'"
msgstr "{1} skal være et tal eller en procentdel som »80 %«, men er »{2}«"

msgid "{1} should be a date written YYYY-MM-DD, but it is '{2}'"
msgstr "{1} skal være en dato skrevet ÅÅÅÅ-MM-DD, men er »{2}«"

msgid "for example 2021-10-15"
msgstr "for eksempel 2021-10-15"

msgid "two entries are the {1} '{2}' (the first at line {3})"
msgstr "to poster er {1} »{2}« (første gang på linje {3})"

msgid "give each {1} its own id; history follows a {2} by its id"
msgstr "giv hver post sit eget id; historikken følger den via id'et"

msgid "what (specific)"
msgstr "hvad (specifikt)"

msgid "how much"
msgstr "hvor meget"

msgid "by when"
msgstr "hvornår"

msgid "for whom"
msgstr "for hvem"

msgid "the goal '{1}' does not say {2}"
msgstr "målet »{1}« siger ikke {2}"

msgid "a SMART goal says what, how much, by when and for whom; add {1}"
msgstr "et SMART-mål siger hvad, hvor meget, hvornår og for hvem; tilføj {1}"

msgid ""
"start the notebook with front matter, for example:\n"
"  ---\n"
"  id: samling-3\n"
"  title: Samling 3\n"
"  ---"
msgstr ""
"begynd notesbogen med front matter, for eksempel:\n"
"  ---\n"
"  id: laeringsseminar-3\n"
"  title: Samling 3\n"
"  ---"

msgid "the notebook has no front matter"
msgstr "notesbogen har ingen front matter"

msgid "the front matter opened here is never closed"
msgstr "den front matter, der åbnes her, lukkes aldrig"

msgid "add a line with only '---' after the last front matter line"
msgstr "tilføj en linje med kun »---« efter den sidste linje i front matter"

msgid "the front matter"
msgstr "front matter"

msgid "the front matter has no 'id'"
msgstr "front matter har intet »id«"

msgid "add a line like 'id: samling-3'; the id names the report's folder"
msgstr "tilføj en linje som »id: laeringsseminar-3«; id'et giver navn til rapportens mappe"

msgid "the id"
msgstr "id'et"

msgid "the id '{1}' may only hold letters a–z, digits, '-', '_' and '.'"
msgstr "id'et »{1}« må kun indeholde bogstaverne a–z, cifre, »-«, »_« og ».«"

msgid "it names folders and files, for example 'samling-3'"
msgstr "det giver navn til mapper og filer, for eksempel »laeringsseminar-3«"

msgid "the front matter has no 'title'"
msgstr "front matter har ingen »title«"

msgid "add a line like 'title: Samling 3 – Utføre og evaluere'"
msgstr "tilføj en linje som »title: Samling 3 – Utføre og evaluere«"

msgid "the title"
msgstr "titlen"

msgid "the version"
msgstr "versionen"

msgid "the gathering"
msgstr "læringsseminaret"

msgid "the phase"
msgstr "fasen"

msgid "params"
msgstr "»params«"

msgid "the parameter name '{1}' may only hold letters, digits and '_'"
msgstr "parameternavnet »{1}« må kun indeholde bogstaver, cifre og »_«"

msgid "SQL refers to it as ':{1}', so it must be one word"
msgstr "SQL henviser til det som »:{1}«, så det skal være ét ord"

msgid "the parameter '{1}'"
msgstr "parameteren »{1}«"

msgid "the type of '{1}'"
msgstr "typen af »{1}«"

msgid "the default of '{1}'"
msgstr "standardværdien for »{1}«"

msgid "the description of '{1}'"
msgstr "beskrivelsen af »{1}«"

msgid "the default of '{1}' {2}"
msgstr "standardværdien for »{1}« {2}"

msgid "only one parameter can choose the team"
msgstr "kun én parameter kan vælge teamet"

msgid "give '{1}' another type, such as 'text'"
msgstr "giv »{1}« en anden type, for eksempel »text«"

msgid "the data source"
msgstr "datakilden"

msgctxt "yaml key"
msgid "teams"
msgstr "»teams«"

msgid "the teams query"
msgstr "teamforespørgslen"

msgid "teams needs a 'table' or a 'query'"
msgstr "teams kræver en »table« eller en »query«"

msgid "for example 'teams: { table: teams }'"
msgstr "for eksempel »teams: { table: teams }«"

msgid "the teams table"
msgstr "teamtabellen"

msgid "'{1}' is not a table name"
msgstr "»{1}« er ikke et tabelnavn"

msgid "write a query instead: 'teams: { query: SELECT id, name FROM … }'"
msgstr "skriv en forespørgsel i stedet: »teams: { query: SELECT id, name FROM … }«"

msgid "the {1} cell opened here is never closed"
msgstr "{1}-cellen, der åbnes her, lukkes aldrig"

msgid "add a line with {1} after the cell"
msgstr "tilføj en linje med {1} efter cellen"

msgid "this query cell has options but no name"
msgstr "denne forespørgselscelle har indstillinger, men intet navn"

msgid "name it on the fence line, for example ```sql fall; the name is how the narrative refers to its result"
msgstr "giv den et navn på åbningslinjen, for eksempel ```sql fall; det er med navnet, teksten henviser til resultatet"

msgid "a query named '{1}' already stands at line {2}"
msgstr "en forespørgsel med navnet »{1}« står allerede på linje {2}"

msgid "give each query its own name"
msgstr "giv hver forespørgsel sit eget navn"

msgid "the query '{1}' has the same name as a parameter (line {2})"
msgstr "forespørgslen »{1}« har samme navn som en parameter (linje {2})"

msgid "rename one of them so that {{ {1} }} means one thing"
msgstr "giv en af dem et nyt navn, så {{ {1} }} kun betyder én ting"

msgid "this prompt has no id"
msgstr "dette refleksionsspørgsmål har intet id"

msgid "write it on the fence line, for example ```prompt egen-refleksjon"
msgstr "skriv det på åbningslinjen, for eksempel ```prompt egen-refleksjon"

msgid "a prompt with id '{1}' already stands at line {2}"
msgstr "et refleksionsspørgsmål med id'et »{1}« står allerede på linje {2}"

msgid "give each prompt its own id; answers are filed under it"
msgstr "giv hvert refleksionsspørgsmål sit eget id; svarene arkiveres under det"

msgid "this worksheet cell does not say which set it shows"
msgstr "denne arbejdsarkcelle siger ikke, hvilket sæt den viser"

msgid "write the set's id on the fence line, for example ```worksheet veiledning.fase2; 'tavle prompts' lists them"
msgstr "skriv sættets id på åbningslinjen, for eksempel ```worksheet veiledning.fase2; »tavle prompts« viser dem"

msgid "a worksheet cell shows one set"
msgstr "en arbejdsarkcelle viser ét sæt"

msgid "write one set per cell"
msgstr "skriv ét sæt pr. celle"

msgid "a worksheet cell shows the library's set '{1}' and holds nothing itself"
msgstr "en arbejdsarkcelle viser bibliotekets sæt »{1}« og indeholder ikke selv noget"

msgid "leave the cell empty; to change its wording, add a file to the workspace's prompts/ folder"
msgstr "lad cellen være tom; for at ændre ordlyden skal du lægge en fil i arbejdsområdets mappe prompts/"

msgid "this form has no id"
msgstr "dette skema har intet id"

msgid "write it on the fence line, for example ```form takster; 'tavle import' names the form by it"
msgstr "skriv det på åbningslinjen, for eksempel ```form takster; »tavle import« kender skemaet på det"

msgid "a form with id '{1}' already stands at line {2}"
msgstr "et skema med id'et »{1}« står allerede på linje {2}"

msgid "give each form its own id"
msgstr "giv hvert skema sit eget id"

msgid "a {1} cell shows the team's journal and holds nothing itself"
msgstr "en {1}-celle viser teamets logbog og indeholder ikke selv noget"

msgid "leave the cell empty; write the {1} in journals/<team>.yaml"
msgstr "lad cellen være tom; skriv {1} i journals/<team>.yaml"

msgid "'{1}' cells are not supported by this version of tavle"
msgstr "»{1}«-celler understøttes ikke af denne version af tavle"

msgid "remove the cell or show it as ordinary code with another fence label; supported cells: sql NAME, prompt ID, worksheet SET, form ID, goals, pdsa, decisions"
msgstr "fjern cellen, eller vis den som almindelig kode med en anden mærkat på åbningslinjen; understøttede celler: sql NAVN, prompt ID, worksheet SÆT, form ID, goals, pdsa, decisions"

msgid "letters, digits and '_'"
msgstr "bogstaver, cifre og »_«"

msgid "letters, digits, '-', '_' and '.'"
msgstr "bogstaver, cifre, »-«, »_« og ».«"

msgid "the {1} name '{2}' may only hold {3}"
msgstr "navnet »{2}« må kun indeholde {3}"

msgid "the prompt '{1}' has no question"
msgstr "refleksionsspørgsmålet »{1}« har ingen spørgsmålstekst"

msgid "write the question on the lines inside the cell"
msgstr "skriv spørgsmålet på linjerne inde i cellen"

msgid "should be a whole number, but it is '{1}'"
msgstr "skal være et heltal, men er »{1}«"

msgid "should be a number such as 2.5, but it is '{1}'"
msgstr "skal være et tal som 2.5, men er »{1}«"

msgid "should be a month written YYYY-MM, such as 2022-03, but it is '{1}'"
msgstr "skal være en måned skrevet ÅÅÅÅ-MM, som 2022-03, men er »{1}«"

msgid "should be a date written YYYY-MM-DD, such as 2022-03-15, but it is '{1}'"
msgstr "skal være en dato skrevet ÅÅÅÅ-MM-DD, som 2022-03-15, men er »{1}«"

msgid "the data source is empty"
msgstr "datakilden er tom"

msgid "name a SQLite file or a folder of .sql and .csv files"
msgstr "angiv en SQLite-fil eller en mappe med .sql- og .csv-filer"

msgid "'csv:' names no folder"
msgstr "»csv:« angiver ingen mappe"

msgid "write the folder after the colon, for example 'data: csv:data/'"
msgstr "skriv mappen efter kolon, for eksempel »data: csv:data/«"

msgid "write it as postgres://user@host:5432/database"
msgstr "skriv den som postgres://bruger@vært:5432/database"

msgid "'{1}' is not an address tavle can read"
msgstr "»{1}« er ikke en adresse, tavle kan læse"

msgid "the PostgreSQL address holds a password"
msgstr "PostgreSQL-adressen indeholder en adgangskode"

msgid "remove it from tavle.yaml (which is shared and kept in git); give it in PGPASSWORD or in ~/.pgpass instead"
msgstr "fjern den fra tavle.yaml (som deles og ligger i git); angiv den i stedet i PGPASSWORD eller i ~/.pgpass"

msgid "the PostgreSQL address names no database"
msgstr "PostgreSQL-adressen angiver ingen database"

msgid "the PostgreSQL address names no user"
msgstr "PostgreSQL-adressen angiver ingen bruger"

msgid "'{1}={2}' in the PostgreSQL address is not something tavle knows"
msgstr "»{1}={2}« i PostgreSQL-adressen er ikke noget, tavle kender"

msgid "the one setting tavle reads is sslmode=disable, prefer, require, verify-ca or verify-full"
msgstr "den eneste indstilling, tavle læser, er sslmode=disable, prefer, require, verify-ca eller verify-full"

msgid "a prompt set"
msgstr "et spørgsmålssæt"

msgid "the prompt set has no 'id'"
msgstr "spørgsmålssættet har intet »id«"

msgid "add 'id: my-worksheet' (letters, digits, '-', '_' and '.'); notebooks name the set by it"
msgstr "tilføj »id: mit-arbejdsark« (bogstaver, cifre, »-«, »_« og ».«); notesbøger henviser til sættet med det"

msgid "the id of the prompt set"
msgstr "id'et for spørgsmålssættet"

msgid "the prompts of '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "refleksionsspørgsmålene i »{1}« skal være en liste (linjer, der begynder med »- «), men er {2}"

msgid "write each prompt on its own line starting with '- id: …'"
msgstr "skriv hvert refleksionsspørgsmål på sin egen linje, der begynder med »- id: …«"

msgid "the prompt set '{1}' has two prompts with id '{2}'"
msgstr "spørgsmålssættet »{1}« har to refleksionsspørgsmål med id'et »{2}«"

msgid "give each prompt its own id"
msgstr "giv hvert refleksionsspørgsmål sit eget id"

msgid "the title of '{1}'"
msgstr "titlen på »{1}«"

msgid "the intro of '{1}'"
msgstr "indledningen til »{1}«"

msgid "the source of '{1}'"
msgstr "kilden til »{1}«"

msgid "the phases of '{1}'"
msgstr "faserne for »{1}«"

msgid "the gathering '{1}' prepares for"
msgstr "det læringsseminar, »{1}« forbereder til"

msgid "a prompt of '{1}'"
msgstr "et refleksionsspørgsmål i »{1}«"

msgid "a prompt of '{1}' has no 'id'"
msgstr "et refleksionsspørgsmål i »{1}« har intet »id«"

msgid "add 'id: kartlegge'; answers in team journals are filed under '{1}.<id>'"
msgstr "tilføj »id: kartlegge«; svar i teamsenes logbøger arkiveres under »{1}.<id>«"

msgid "the id of a prompt of '{1}'"
msgstr "id'et for et refleksionsspørgsmål i »{1}«"

msgid "the id of a prompt of '{1}' may not hold '.': it is '{2}'"
msgstr "id'et for et refleksionsspørgsmål i »{1}« må ikke indeholde ».«: det er »{2}«"

msgid "the prompt's full id is '{1}.<id>', so its own part is one word, for example '{2}'"
msgstr "refleksionsspørgsmålets fulde id er »{1}.<id>«, så dets egen del er ét ord, for eksempel »{2}«"

msgid "the text of '{1}.{2}'"
msgstr "teksten i »{1}.{2}«"

msgid "the help text of '{1}.{2}'"
msgstr "hjælpeteksten i »{1}.{2}«"

msgid "{1} should be a phase from 1 to 5 or a span such as 3-4, but it is '{2}'"
msgstr "{1} skal være en fase fra 1 til 5 eller et interval som 3-4, men er »{2}«"

msgid "{1} '{2}' may only hold letters, digits, '-', '_' and '.'"
msgstr "{1} »{2}« må kun indeholde bogstaver, cifre, »-«, »_« og ».«"

msgid "'{1}' in {2} is not a language tavle knows ({3})"
msgstr "»{1}« i {2} er ikke et sprog, tavle kender ({3})"

msgid "did you mean '{1}'?"
msgstr "mente du »{1}«?"

msgid "{1} in '{2}'"
msgstr "{1} i »{2}«"

msgid "an option line stands below the SQL"
msgstr "en indstillingslinje står under SQL'en"

msgid "move every '--|' line to the top of the cell, above the query"
msgstr "flyt alle »--|«-linjer øverst i cellen, over forespørgslen"

msgid "the query '{1}' has no SQL"
msgstr "forespørgslen »{1}« har ingen SQL"

msgid "write a SELECT statement inside the cell"
msgstr "skriv en SELECT-sætning inde i cellen"

msgid "the query '{1}' uses '?', which does not say what is bound"
msgstr "forespørgslen »{1}« bruger »?«, som ikke siger, hvad der bindes"

msgid "use a named parameter such as :team or :period"
msgstr "brug en navngiven parameter som :team eller :period"

msgid "the query '{1}' uses the parameter ':{2}', which the notebook does not declare"
msgstr "forespørgslen »{1}« bruger parameteren »:{2}«, som notesbogen ikke deklarerer"

msgid "declare it in the front matter, for example 'params: { {1}: { type: text } }'"
msgstr "deklarér den i front matter, for eksempel »params: { {1}: { type: text } }«"

msgid " (or declare ':{1}' under 'params' in the front matter)"
msgstr " (eller deklarér »:{1}« under »params« i front matter)"

msgid "an option line needs the form '--| key: value'"
msgstr "en indstillingslinje skrives »--| nøgle: værdi«"

msgid "for example '--| chart: run'"
msgstr "for eksempel »--| chart: run«"

msgid "unknown option '{1}' in the query '{2}'"
msgstr "ukendt indstilling »{1}« i forespørgslen »{2}«"

msgid "options"
msgstr "indstillinger"

msgid "the option '{1}' is given twice (first on line {2})"
msgstr "indstillingen »{1}« er angivet to gange (første gang på linje {2})"

msgid "keep one of them"
msgstr "behold en af dem"

msgid "the option '{1}' has no value"
msgstr "indstillingen »{1}« har ingen værdi"

msgid "write it after the colon, for example '--| {1}: …'"
msgstr "skriv den efter kolon, for eksempel »--| {1}: …«"

msgid "'{1}' is not a valid {2} in the query '{3}'"
msgstr "»{1}« er ikke en gyldig {2} i forespørgslen »{3}«"

msgid "did you mean '{1}'? "
msgstr "mente du »{1}«? "

msgid "valid: {1}"
msgstr "gyldige: {1}"

msgid "freeze should be a number of points of at least 1, but it is '{1}'"
msgstr "freeze skal være et antal punkter på mindst 1, men er »{1}«"

msgid "for example '--| freeze: 12' for a baseline of the first 12 months"
msgstr "for eksempel »--| freeze: 12« for en basislinje ud fra de første 12 måneder"

msgid "multiply should be a positive number, but it is '{1}'"
msgstr "multiply skal være et positivt tal, men er »{1}«"

msgid "for example '--| multiply: 1000' to show a rate per 1000"
msgstr "for eksempel »--| multiply: 1000« for at vise en rate pr. 1000"

msgid "decimals should be a whole number from 0 to 6, but it is '{1}'"
msgstr "decimals skal være et heltal fra 0 til 6, men er »{1}«"

msgid "did you mean {1}?"
msgstr "mente du {1}?"

msgid " or "
msgstr " eller "

msgid "there are no {1} here"
msgstr "her findes ingen {1}"

msgid "known {1}: {2}{3}"
msgstr "kendte {1}: {2}{3}"

msgid "tavle.yaml"
msgstr "tavle.yaml"

msgid "tavle.yaml does not say where the data is"
msgstr "tavle.yaml siger ikke, hvor dataene er"

msgid "add for example 'data: data/' (a folder of .sql and .csv files) or 'data: indikatorer.sqlite'"
msgstr "tilføj for eksempel »data: data/« (en mappe med .sql- og .csv-filer) eller »data: indikatorer.sqlite«"

msgid "tavle.yaml does not say how to list the teams"
msgstr "tavle.yaml siger ikke, hvordan teamsene skal listes"

msgid "add for example 'teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }'"
msgstr "tilføj for eksempel »teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }«"

msgid "the name"
msgstr "navnet"

msgid "the output folder"
msgstr "rapportmappen"

msgid "privacy"
msgstr "»privacy«"

msgid "min_count"
msgstr "»min_count«"

msgid "query_timeout"
msgstr "»query_timeout«"

msgid "query_timeout should be a number of seconds such as '10s', but it is '{1}'"
msgstr "query_timeout skal være et antal sekunder som »10s«, men er »{1}«"

msgid "the remote"
msgstr "fjernarkivet"

msgid "for example 'author: { name: Læringsnettverket, email: kvalitet@kommune.no }'"
msgstr "for eksempel »author: { name: Læringsnettverket, email: kvalitet@kommune.no }«"

msgid "the author"
msgstr "author"

msgid "the author should have a name and an e-mail address, but it is '{1}'"
msgstr "author skal have et navn og en e-mailadresse, men er »{1}«"

msgid " or 'author: Læringsnettverket <kvalitet@kommune.no>'"
msgstr " eller »author: Læringsnettverket <kvalitet@kommune.no>«"

msgid "the author has no name before '<'"
msgstr "author har intet navn foran »<«"

msgid "author"
msgstr "author"

msgid "the author has no name"
msgstr "author har intet navn"

msgid "the author's e-mail"
msgstr "e-mailadressen for author"

msgid "the author's name"
msgstr "navnet for author"

msgid "the YAML could not be read: {1}"
msgstr "YAML'en kunne ikke læses: {1}"

msgid "this line is indented with a tab; YAML indents with spaces only"
msgstr "denne linje er indrykket med et tabulatortegn; YAML indrykker kun med mellemrum"

msgid "replace the tab with spaces, as many as the lines around it use"
msgstr "erstat tabulatortegnet med mellemrum, lige så mange som linjerne omkring bruger"

msgid "check the indentation and that every 'key: value' pair has a space after the colon; quote text that contains ':' or '#'"
msgstr "tjek indrykningen, og at hvert »nøgle: værdi«-par har et mellemrum efter kolon; sæt tekst, der indeholder »:« eller »#«, i anførselstegn"

msgid "the YAML is malformed: {1}"
msgstr "YAML'en er forkert formateret: {1}"

msgid "the key {1} appears twice"
msgstr "nøglen {1} står to gange"

msgid "a single value"
msgstr "én værdi"

msgid "a list of 'key: value' pairs"
msgstr "en liste med »nøgle: værdi«-par"

msgid "a list"
msgstr "en liste"

msgid "an alias"
msgstr "et alias"

msgid "{1} should be a list of 'key: value' pairs, but it is {2}"
msgstr "{1} skal være en liste med »nøgle: værdi«-par, men er {2}"

msgid "a key in {1} must be a plain word"
msgstr "en nøgle i {1} skal være et enkelt ord"

msgid "unknown key '{1}' in {2}"
msgstr "ukendt nøgle »{1}« i {2}"

#: Sources/TavleParse/YAMLReader.swift:104
msgid "tavle's keys are English in every language: write '{1}'"
msgstr "nøglerne i tavles filer er engelske på alle sprog: skriv »{1}«"

msgid "keys"
msgstr "nøgler"

msgid "{1} should be a single value, but it is {2}"
msgstr "{1} skal være én værdi, men er {2}"

msgid "{1} should be a whole number, but it is '{2}'"
msgstr "{1} skal være et heltal, men er »{2}«"

msgid "{1} should be between {2} and {3}, but it is {4}"
msgstr "{1} skal være mellem {2} og {3}, men er {4}"

msgid "{1} '{2}' could be a number with a decimal comma or a thousand written with a comma"
msgstr "{1} »{2}« kan være et tal med decimalkomma eller tusinder skrevet med komma"

#: Sources/TavleParse/YAMLReader.swift:146
msgid "write it with a decimal point, or without the comma for a whole number: '{1}.{2}' or '{3}{4}'"
msgstr "skriv det med decimalpunktum, eller uden komma for et heltal: »{1}.{2}« eller »{3}{4}«"

msgid "{1} should be a number, but it is '{2}'"
msgstr "{1} skal være et tal, men er »{2}«"

#: Sources/TavleParse/YAMLReader.swift:161
msgid "write per cent with the sign, in quotes: \"{1} %\""
msgstr "skriv procent med tegnet, i anførselstegn: \"{1} %\""

msgid "write it with digits, for example 2.5 or 2,5"
msgstr "skriv det med cifre, for eksempel 2.5 eller 2,5"

msgid "{1} '{2}' is not one of {3}"
msgstr "{1} »{2}« er ikke en af {3}"

#: Sources/TavleParse/YAMLReader.swift:165
msgid "write one of {1}, in English in every language"
msgstr "skriv én af {1}, på engelsk uanset sprog"

msgid "{1} already has the table {2}; nothing was loaded"
msgstr "{1} har allerede tabellen {2}; intet blev indlæst"

msgid "{1} already has the tables {2}; nothing was loaded"
msgstr "{1} har allerede tabellerne {2}; intet blev indlæst"

msgid "give --replace to replace them, or load into an empty database"
msgstr "brug --replace for at erstatte dem, eller indlæs i en tom database"

msgid "adding rows to {1}"
msgstr "tilføjelse af rækker til {1}"

msgid "listing its tables"
msgstr "opremsning af dens tabeller"

msgid "running {1}"
msgstr "kørsel af {1}"

msgid "{1} failed while {2}: {3}; nothing was written"
msgstr "{1} fejlede under {2}: {3}; intet blev skrevet"

msgid "check that user '{1}' may create tables and write in '{2}'"
msgstr "tjek, at brugeren »{1}« må oprette tabeller og skrive i »{2}«"

msgid "{1} was not read because others may read it; make it private with: chmod 600 {2}"
msgstr "{1} blev ikke læst, fordi andre kan læse den; gør den privat med: chmod 600 {1}"

msgid "{1} uses ':{2}', which has no value"
msgstr "{1} bruger »:{2}«, som ikke har nogen værdi"

msgid "{1} could not be run on {2}: {3}"
msgstr "{1} kunne ikke køres på {2}: {3}"

msgid "check that the server is still running"
msgstr "tjek, at serveren stadig kører"

msgid "check the table name; {1} lists its tables with \\dt in psql"
msgstr "tjek tabelnavnet; {1} viser sine tabeller med \\dt i psql"

msgid "PostgreSQL has no such function for these types; write SQL both SQLite and PostgreSQL run (docs/workspace-and-data.md lists the portable subset), e.g. round in the cell with '--| decimals' instead of ROUND(x, n)"
msgstr "PostgreSQL har ingen sådan funktion for disse typer; skriv SQL, som både SQLite og PostgreSQL kan køre (docs/workspace-and-data.md viser den fælles delmængde), f.eks. afrund i cellen med »--| decimals« i stedet for ROUND(x, n)"

msgid "set PGPASSWORD, or add the line {1}:{2}:{3}:{4}:PASSWORD to ~/.pgpass (chmod 600)"
msgstr "sæt PGPASSWORD, eller tilføj linjen {1}:{2}:{3}:{4}:ADGANGSKODE i ~/.pgpass (chmod 600)"

msgid "; "
msgstr "; "

msgid "the PostgreSQL server at {1}:{2} did not accept user '{3}' for the database '{4}'{5}: {6}"
msgstr "PostgreSQL-serveren på {1}:{2} accepterede ikke brugeren »{3}« for databasen »{4}«{5}: {6}"

msgid " with the password given"
msgstr " med den angivne adgangskode"

msgid "there is no database '{1}' on the PostgreSQL server at {2}:{3}"
msgstr "der findes ingen database »{1}« på PostgreSQL-serveren på {2}:{3}"

msgid "check the database name in tavle.yaml; 'psql -l' lists the server's databases, and 'tavle data load' fills a new one"
msgstr "tjek databasenavnet i tavle.yaml; »psql -l« viser serverens databaser, og »tavle data load« fylder en ny"

msgid "the PostgreSQL server at {1}:{2} refused the connection to '{3}': {4}"
msgstr "PostgreSQL-serveren på {1}:{2} afviste forbindelsen til »{3}«: {4}"

msgid "the PostgreSQL server at {1}:{2} asks user '{3}' for a password, and none was found"
msgstr "PostgreSQL-serveren på {1}:{2} beder brugeren »{3}« om en adgangskode, og der blev ikke fundet nogen"

msgid "tavle could not reach the PostgreSQL server at {1}:{2} (database '{3}'): {4}"
msgstr "tavle kunne ikke nå PostgreSQL-serveren på {1}:{2} (databasen »{3}«): {4}"

msgid "check that the server runs and that the host and port in tavle.yaml are right; 'pg_isready -h {1} -p {2}' tells whether it answers"
msgstr "tjek, at serveren kører, og at vært og port i tavle.yaml er rigtige; »pg_isready -h {1} -p {2}« fortæller, om den svarer"

msgid "sets"
msgstr "sæt"

msgid "the new prompt set '{1}' has no title"
msgstr "det nye spørgsmålssæt »{1}« har ingen titel"

msgid "add 'title: …'; or, to adapt one of tavle's sets, use its id: "
msgstr "tilføj »title: …«; eller, for at tilpasse et af tavles sæt, brug dets id: "

msgid "the new prompt '{1}.{2}' has no text"
msgstr "det nye refleksionsspørgsmål »{1}.{2}« har ingen tekst"

msgid "add 'text: the question'"
msgstr "tilføj »text: spørgsmålet«"

msgid "the prompt sets in {1} could not be listed: {2}"
msgstr "spørgsmålssættene i {1} kunne ikke listes: {2}"

msgid "the prompt set could not be read as UTF-8 text"
msgstr "spørgsmålssættet kunne ikke læses som UTF-8-tekst"

msgid "the prompt set '{1}' is defined twice (also in {2})"
msgstr "spørgsmålssættet »{1}« er defineret to gange (også i {2})"

msgid "keep one file per set"
msgstr "hav én fil pr. sæt"

msgid "tavle's prompt library is missing: looked in {1}"
msgstr "tavles spørgsmålsbibliotek mangler: kiggede i {1}"

msgid "keep the folder Tavle_TavlePrompts.resources beside the tavle binary when you copy it"
msgstr "behold mappen Tavle_TavlePrompts.resources ved siden af tavle-programmet, når du kopierer det"

msgid "there is no prompt set '{1}'"
msgstr "der findes intet spørgsmålssæt »{1}«"

msgid " ('tavle prompts' lists them)"
msgstr " (»tavle prompts« viser dem)"

msgid "there is no prompt '{1}' in the library, and the cell has no question of its own"
msgstr "der findes intet refleksionsspørgsmål »{1}« i biblioteket, og cellen har intet eget spørgsmål"

msgid "prompts"
msgstr "refleksionsspørgsmål"

msgid " Or write the question inside the cell to ask your own."
msgstr " Eller skriv spørgsmålet inde i cellen for at stille dit eget."

msgid "the prompt '{1}' is asked twice (also at line {2})"
msgstr "refleksionsspørgsmålet »{1}« stilles to gange (også på linje {2})"

msgid "answers are filed under the prompt's id, so each prompt may stand once in a notebook"
msgstr "svar arkiveres under refleksionsspørgsmålets id, så hvert refleksionsspørgsmål må kun stå én gang i en notesbog"

msgid "Goal history"
msgstr "Målhistorik"

msgid "The report repository holds no measurements of this goal's indicator."
msgstr "Rapportarkivet har ingen målinger af indikatoren for dette mål."

msgid "Made with Tavle from the report repository: each change as a run recorded it."
msgstr "Lavet med Tavle ud fra rapportarkivet: hver ændring, som en kørsel registrerede den."

msgid "Goal"
msgstr "Mål"

msgctxt "goal field"
msgid "Target"
msgstr "Målværdi"

msgid "Direction"
msgstr "Retning"

msgid "Due"
msgstr "Frist"

msgid "lower is better"
msgstr "lavere er bedre"

msgid "higher is better"
msgstr "højere er bedre"

msgid "The indicator then: {1} ({2})."
msgstr "Indikatoren dengang: {1} ({2})."

msgid "Team"
msgstr "Team"

msgid "Gathering"
msgstr "Læringsseminar"

msgid "Phase"
msgstr "Fase"

msgid "Answer"
msgstr "Svar"

msgid "The query returned no rows for this selection."
msgstr "Forespørgslen returnerede ingen rækker for dette udvalg."

msgid "Median"
msgstr "Median"

msgid "Data"
msgstr "Data"

msgid "Upper limit"
msgstr "Øvre kontrolgrænse"

msgid "Lower limit"
msgstr "Nedre kontrolgrænse"

msgid "Target"
msgstr "Målværdi"

msgid "Mean"
msgstr "Gennemsnit"

msgid "the median"
msgstr "medianen"

msgid "the centre line"
msgstr "centerlinjen"

msgid "Run chart"
msgstr "Seriediagram"

msgid "Control chart of individual values (I)"
msgstr "Kontroldiagram for enkeltværdier (I)"

msgid "Control chart of proportions (P)"
msgstr "Kontroldiagram for andele (P)"

msgid "Control chart of rates (U)"
msgstr "Kontroldiagram for rater (U)"

msgid "Control chart of counts (C)"
msgstr "Kontroldiagram for antal (C)"

msgid "The median"
msgstr "Medianen"

msgid "The mean"
msgstr "Gennemsnittet"

msgid "{1} of {2} measurements from {3} to {4}. {5} is {6}."
msgstr "{1} med {2} målinger fra {3} til {4}. {5} er {6}."

msgid "There are too few measurements off {1} ({2}) to apply the rules for non-random variation; at least {3} are needed."
msgstr "Der er for få målinger, der ikke ligger på {1} ({2}), til at bruge reglerne for ikke-tilfældig variation; der skal mindst {3} til."

msgid "{1} measurements in a row lie on the same side of {2} (more than {3} is unusual): a sign of a shift, that is, non-random variation."
msgstr "{1} målinger i træk ligger på samme side af {2} (flere end {3} er usædvanligt): tegn på et skift, altså ikke-tilfældig variation."

msgid "The line crosses {1} only 1 time (fewer than {2} is unusual): a sign of non-random variation."
msgstr "Kurven krydser {1} kun 1 gang (færre end {2} er usædvanligt): tegn på ikke-tilfældig variation."

msgid "The line crosses {1} only {2} times (fewer than {3} is unusual): a sign of non-random variation."
msgstr "Kurven krydser {1} kun {2} gange (færre end {3} er usædvanligt): tegn på ikke-tilfældig variation."

msgid "One measurement lies outside the control limits ({1}): a sign of special-cause variation worth looking into."
msgstr "Én måling ligger uden for kontrolgrænserne ({1}): tegn på særlig variation, som er værd at se nærmere på."

msgid "{1} measurements lie outside the control limits ({2}): a sign of special-cause variation worth looking into."
msgstr "{1} målinger ligger uden for kontrolgrænserne ({2}): tegn på særlig variation, som er værd at se nærmere på."

msgid "The chart is split at the changes the team tested; {1} is computed afresh from {2} ({3}). What follows is about the time since."
msgstr "Diagrammet er delt ved de forandringer, teamet har afprøvet; {1} er beregnet på ny fra {2} ({3}). Det følgende handler om tiden siden da."

msgid "No sign of non-random variation: the measurements vary around the median as natural (random) variation does."
msgstr "Intet tegn på ikke-tilfældig variation: målingerne varierer omkring medianen, sådan som naturlig (tilfældig) variation gør."

msgid "No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does."
msgstr "Intet tegn på ikke-tilfældig variation: målingerne holder sig inden for kontrolgrænserne og varierer omkring centerlinjen, sådan som naturlig variation gør."

msgid "Size of the denominator (for example users or days)"
msgstr "Størrelsen af nævneren (for eksempel borgere eller døgn)"

msgid "All"
msgstr "Alle"

msgid "Funnel plot comparing {1} teams with the overall value, {2}, with 95 % and 99.8 % limits. Your team is named; the others are anonymous."
msgstr "Tragtdiagram, der sammenligner {1} teams med den samlede værdi, {2}, med 95 %- og 99,8 %-grænser. Jeres team er navngivet; de andre er anonyme."

msgid "{1} ({2}) lies within the 95 % limits: the difference from the overall value may well be chance."
msgstr "{1} ({2}) ligger inden for 95 %-grænserne: forskellen fra den samlede værdi kan sagtens være tilfældig."

msgid "above"
msgstr "over"

msgid "below"
msgstr "under"

msgid "{1} ({2}) lies {3} the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following."
msgstr "{1} ({2}) ligger {3} den samlede værdi, mellem 95 %- og 99,8 %-grænsen: det kan være tilfældigt, men er værd at følge."

msgid "{1} ({2}) lies {3} the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users."
msgstr "{1} ({2}) ligger {3} 99,8 %-grænsen: sandsynligvis mere end tilfældigheder. Se først efter tekniske årsager, som forskellig registrering eller forskellige grupper af borgere."

msgid "1 team is not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "1 team vises ikke: tallene er for små til at vise, uden at nogen kan genkendes, eller nævneren mangler."

msgid "{1} teams are not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "{1} teams vises ikke: tallene er for små til at vise, uden at nogen kan genkendes, eller nævneren mangler."

msgid "The comparison is anonymous and no ranking: the other teams have new letters in every handout."
msgstr "Sammenligningen er anonym og ingen rangliste: de andre teams får nye bogstaver i hvert uddelingsark."

msgid "Possible technical causes:"
msgstr "Mulige tekniske årsager:"

msgid "The last measurement is from {1}; the report is for {2}."
msgstr "Den seneste måling er fra {1}; rapporten gælder {2}."

msgid "no measurement for {1}"
msgstr "ingen måling for {1}"

msgid "the indicator is measured a new way from {1} ({2})"
msgstr "indikatoren måles på en ny måde fra {1} ({2})"

msgid "Source"
msgstr "Kilde"

msgid "Preparation form"
msgstr "Forberedelsesskema"

msgid "Period"
msgstr "Periode"

msgid "at least {1}"
msgstr "mindst {1}"

msgid "at most {1}"
msgstr "højst {1}"

msgid "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '{1}')."
msgstr "Giv skemaet til facilitatoren før mødet; facilitatoren læser tallene ind med »tavle import« (skema »{1}«)."

msgid "Facilitator's overview – {1}"
msgstr "Oversigt for facilitator – {1}"

msgid "Handouts – {1}"
msgstr "Uddelingsark – {1}"

msgid "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality."
msgstr "Til facilitatoren, ikke til uddeling: siden nævner alle teams ved navn. Teamsene står i fast rækkefølge, ikke efter værdi. ▲ markerer et tegn på ikke-tilfældig variation, ikke god eller dårlig kvalitet."

msgid "Answers"
msgstr "Svar"

msgid "Changes to goals"
msgstr "Ændringer i mål"

msgid "Changes to goals since gathering {1}"
msgstr "Ændringer i mål siden læringsseminar {1}"

msgid "{1} of {2}"
msgstr "{1} af {2}"

msgid "no journal"
msgstr "ingen logbog"

msgid "Overview of every team (for the facilitator)"
msgstr "Oversigt over alle teams (for facilitator)"

msgid "A handout per team"
msgstr "Et uddelingsark pr. team"

msgid "{1}: last measurement {2}; a sign of non-random variation"
msgstr "{1}: seneste måling {2}; tegn på ikke-tilfældig variation"

msgid "{1}: last measurement {2}"
msgstr "{1}: seneste måling {2}"

msgid "new goal: {1}"
msgstr "nyt mål: {1}"

msgid "the goal '{1}' was removed"
msgstr "målet »{1}« er fjernet"

msgid "target {1} → {2}"
msgstr "målværdi {1} → {2}"

msgid "due {1} → {2}"
msgstr "frist {1} → {2}"

msgid "reworded"
msgstr "ny formulering"

msgid "new def."
msgstr "ny def."

msgid "1 period without a value"
msgstr "1 periode uden værdi"

msgid "{1} periods without a value"
msgstr "{1} perioder uden værdi"

msgid "1 period where the denominator is 0 or missing (not drawn)"
msgstr "1 periode, hvor nævneren er 0 eller mangler (ikke tegnet)"

msgid "{1} periods where the denominator is 0 or missing (not drawn)"
msgstr "{1} perioder, hvor nævneren er 0 eller mangler (ikke tegnet)"

msgid "1 value outside what is possible (below 0, or the count above its denominator)"
msgstr "1 værdi uden for det mulige (under 0, eller tælleren større end nævneren)"

msgid "{1} values outside what is possible (below 0, or the count above its denominator)"
msgstr "{1} værdier uden for det mulige (under 0, eller tælleren større end nævneren)"

msgid "The chart shows variation over time; on its own it says nothing about the quality of care."
msgstr "Diagrammet viser variation over tid; alene siger det intet om kvaliteten af plejen."

msgid "Made with Tavle from the notebook {1}, version {2}."
msgstr "Lavet med Tavle ud fra notesbogen {1}, version {2}."

#: Sources/TavleRender/Strings.swift:203
msgid "Notebook {1} · data {2} · {3}. To cite it: tavle cite {4}"
msgstr "Notesbog {1} · data {2} · {3}. Sådan citeres den: tavle cite {4}"

msgid "The team has not written any goals in its journal yet."
msgstr "Teamet har endnu ikke skrevet nogen mål i sin logbog."

msgid "The team has not written any PDSA cycles in its journal yet."
msgstr "Teamet har endnu ikke skrevet nogen PDSA-cyklusser i sin logbog."

msgid "The team has not written any decisions in its journal yet."
msgstr "Teamet har endnu ikke skrevet nogen beslutninger i sin logbog."

msgid "What"
msgstr "Hvad"

msgid "For whom"
msgstr "For hvem"

msgid "How much"
msgstr "Hvor meget"

msgid "By"
msgstr "Hvornår"

msgid "Indicator"
msgstr "Indikator"

msgid "Baseline"
msgstr "Udgangspunkt"

msgid "Revised"
msgstr "Revideret"

msgid "Why"
msgstr "Hvorfor"

msgid "Plan"
msgstr "Planlæg"

msgid "Do"
msgstr "Udfør"

msgid "Study"
msgstr "Studér"

msgid "Act"
msgstr "Handl"

msgid "The team's answer before gathering {1}"
msgstr "Teamets svar før læringsseminar {1}"

msgid "{1} or lower"
msgstr "{1} eller lavere"

msgid "{1} or higher"
msgstr "{1} eller højere"

msgid "Last measurement ({1}): {2}."
msgstr "Seneste måling ({1}): {2}."

msgid " It reaches the target."
msgstr " Den når målværdien."

msgid " It does not reach the target yet."
msgstr " Den når endnu ikke målværdien."

msgid "The goal was due {1}; the measurement then ({2}) was {3}."
msgstr "Fristen var {1}; målingen dengang ({2}) var {3}."

msgid " The target was reached by then."
msgstr " Målværdien var nået inden fristen."

msgid " The target was not reached by then."
msgstr " Målværdien var ikke nået inden fristen."

msgid "This report shows no measurements of the indicator."
msgstr "Denne rapport viser ingen målinger af indikatoren."

#: Sources/TavleRender/Strings.swift:253
msgctxt "PDSA field"
msgid "Decision"
msgstr "Beslutning"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA field"
msgid "Title"
msgstr "Titel"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA field"
msgid "Started"
msgstr "Startet"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA field"
msgid "Ended"
msgstr "Afsluttet"

#: Sources/TavleRender/Strings.swift:261
msgctxt "PDSA field"
msgid "Decided"
msgstr "Besluttet"

#: Sources/TavleRender/Strings.swift:262
msgctxt "PDSA field"
msgid "Follows"
msgstr "Bygger på"

#: Sources/TavleRender/Strings.swift:331
msgctxt "journal field"
msgid "date"
msgstr "dato"

#: Sources/TavleRender/Strings.swift:332
msgctxt "journal field"
msgid "gathering"
msgstr "læringsseminar"

#: Sources/TavleRender/Strings.swift:333
msgctxt "journal field"
msgid "prompt"
msgstr "spørgsmål"

#: Sources/TavleRender/Strings.swift:334
msgctxt "journal field"
msgid "text"
msgstr "tekst"

#: Sources/TavleRender/Strings.swift:335
msgctxt "journal field"
msgid "what"
msgstr "hvad"

#: Sources/TavleRender/Strings.swift:336
msgctxt "journal field"
msgid "why"
msgstr "hvorfor"

#: Sources/TavleRender/Strings.swift:337
msgctxt "journal field"
msgid "unit"
msgstr "enhed"

#: Sources/TavleRender/Strings.swift:338
msgctxt "journal field"
msgid "value"
msgstr "værdi"

#: Sources/TavleRender/Strings.swift:339
msgctxt "journal field"
msgid "name"
msgstr "navn"

#: Sources/TavleRender/Strings.swift:340
msgctxt "journal field"
msgid "kind"
msgstr "type"

#: Sources/TavleRender/Strings.swift:341
msgctxt "journal field"
msgid "definition"
msgstr "definition"

#: Sources/TavleRender/Strings.swift:342
msgctxt "journal field"
msgid "caveats"
msgstr "forbehold"

#: Sources/TavleRender/Strings.swift:343
msgctxt "journal field"
msgid "sent"
msgstr "indsendt"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA decision"
msgid "adopt"
msgstr "fastholde"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA decision"
msgid "adapt"
msgstr "tilpasse"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA decision"
msgid "abandon"
msgstr "opgive"

#: Sources/TavleRender/Strings.swift:253
msgid "follows: {1}"
msgstr "bygger på: {1}"

msgid "Decision: adopt"
msgstr "Beslutning: fastholde"

msgid "Decision: adapt"
msgstr "Beslutning: tilpasse"

msgid "Decision: abandon"
msgstr "Beslutning: opgive"

msgid "the option 'n' (a denominator) means nothing on the {1} chart '{2}'"
msgstr "indstillingen »n« (en nævner) betyder intet i {1}-diagrammet »{2}«"

msgid "remove it, or use a p or u chart, which divide y by n"
msgstr "fjern den, eller brug et p- eller u-diagram, som dividerer y med n"

msgid "the query '{1}' returns no columns to chart"
msgstr "forespørgslen »{1}« returnerer ingen kolonner at lave diagram af"

msgid "the chart '{1}' is in per cent and multiplied by '--| multiply'; it cannot be both"
msgstr "diagrammet »{1}« er i procent og ganges med »--| multiply«; det kan ikke være begge dele"

msgid "keep 'unit: %' for values from 0 to 100, or 'multiply' for a rate per 1000"
msgstr "behold »unit: %« for værdier fra 0 til 100, eller »multiply« for en rate pr. 1000"

msgid "the chart '{1}' is multiplied by '--| multiply', so its values are not per cent"
msgstr "diagrammet »{1}« ganges med »--| multiply«, så dets værdier er ikke procent"

msgid "remove 'unit: %' or 'multiply'"
msgstr "fjern »unit: %« eller »multiply«"

msgid "a {1} chart plots counts or rates, not per cent"
msgstr "et {1}-diagram viser antal eller rater, ikke procent"

msgid "use a p chart for shares, or a run chart with 'unit: %' for values from 0 to 100"
msgstr "brug et p-diagram for andele, eller et seriediagram med »unit: %« for værdier fra 0 til 100"

msgid "(none)"
msgstr "(ingen)"

msgid "the query '{1}' returns no column '{2}' (named by '--| {3}: {4}')"
msgstr "forespørgslen »{1}« returnerer ingen kolonne »{2}« (angivet med »--| {3}: {2}«)"

msgid "the query returns: {1}"
msgstr "forespørgslen returnerer: {1}"

msgid "its count"
msgstr "antallet"

msgid "the values it plots"
msgstr "de værdier, det viser"

msgid "its denominator"
msgstr "nævneren"

msgid "funnel chart"
msgstr "tragtdiagrammet"

msgid "{1} chart"
msgstr "{1}-diagrammet"

msgid "the {1} '{2}' reads {3} from the column '{4}', which the query does not return"
msgstr "{1} »{2}« læser {3} fra kolonnen »{4}«, som forespørgslen ikke returnerer"

msgid "name the column with '--| {1}: COLUMN', or 'AS {2}' in the SELECT; the query returns: {3}"
msgstr "navngiv kolonnen med »--| {1}: KOLONNE«, eller »AS {2}« i SELECT'en; forespørgslen returnerer: {3}"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a month written YYYY-MM"
msgstr "række {1} i forespørgslen »{2}« har »{3}« i kolonnen »{4}«, som ikke er en måned skrevet ÅÅÅÅ-MM"

msgid "correct the period in the data (for example 2024-03); the other rows are months"
msgstr "ret perioden i dataene (for eksempel 2024-03); de andre rækker er måneder"

msgid "the query '{1}' returns the month {2} twice (rows {3} and {4})"
msgstr "forespørgslen »{1}« returnerer måneden {2} to gange (række {3} og {4})"

msgid "the query '{1}' returns {2} (row {3}) after {4} (row {5})"
msgstr "forespørgslen »{1}« returnerer {2} (række {3}) efter {4} (række {5})"

msgid "a chart has one value per month: check the WHERE clause (one team, one indicator) or the data for a duplicate"
msgstr "et diagram har én værdi pr. måned: tjek WHERE-delen (ét team, én indikator), eller se efter en dublet i dataene"

msgid "add 'ORDER BY {1}' to the query"
msgstr "tilføj »ORDER BY {1}« i forespørgslen"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a number"
msgstr "række {1} i forespørgslen »{2}« har »{3}« i kolonnen »{4}«, som ikke er et tal"

msgid "correct the value in the data, or leave it empty for a missing measurement"
msgstr "ret værdien i dataene, eller lad den være tom for en manglende måling"

msgid "row {1} of the query '{2}' has {3} in the column '{4}': a count cannot be negative"
msgstr "række {1} i forespørgslen »{2}« har {3} i kolonnen »{4}«: et antal kan ikke være negativt"

msgid "correct the value in the data"
msgstr "ret værdien i dataene"

msgid "the query '{1}' is not a comparison"
msgstr "forespørgslen »{1}« er ikke en sammenligning"

msgid "the correction of {1} in {2} names the indicator '{3}', which no journal or chart knows"
msgstr "rettelsen for {1} i {2} angiver indikatoren »{3}«, som hverken en logbog eller et diagram kender"

msgid "no pipe to Chromium could be made"
msgstr "der kunne ikke laves nogen forbindelse til Chromium"

msgid "it could not be started ({1})"
msgstr "det kunne ikke startes ({1})"

msgid "the filter '{1}' takes a number of decimals from 0 to 6, not '{2}'"
msgstr "filteret »{1}« tager et antal decimaler fra 0 til 6, ikke »{2}«"

msgid "'{1}' is not a number, so the filter '{2}' cannot format it"
msgstr "»{1}« er ikke et tal, så filteret »{2}« kan ikke formatere det"

msgid "apply '{1}' to a numeric column"
msgstr "brug »{1}« på en talkolonne"

msgid "unknown filter '{1}'"
msgstr "ukendt filter »{1}«"

msgid "filters"
msgstr "filtre"

msgid "no arguments"
msgstr "ingen argumenter"

msgid "one argument"
msgstr "ét argument"

msgid "at most one argument"
msgstr "højst ét argument"

msgid "the filter '{1}' takes {2}"
msgstr "filteret »{1}« tager {2}"

msgid "for example | number(1), | percent, | default(\"–\")"
msgstr "for eksempel | number(1), | percent, | default(\"–\")"

msgid "'{1}' goes deeper than '{2}' allows"
msgstr "»{1}« går dybere, end »{2}« tillader"

msgid "this notebook is not run per team, so '{1}' has no value"
msgstr "denne notesbog køres ikke pr. team, så »{1}« har ingen værdi"

msgid "declare a team parameter: 'params: { team: { type: team } }'"
msgstr "deklarér en teamparameter: »params: { team: { type: team } }«"

msgid "teams have no field '{1}'"
msgstr "team har intet felt »{1}«"

msgid "fields"
msgstr "felter"

msgid "say which part of the notebook, for example {{ notebook.title }}"
msgstr "sig, hvilken del af notesbogen, for eksempel {{ notebook.title }}"

msgid "notebooks have no field '{1}'"
msgstr "notesbøger har intet felt »{1}«"

msgid "say which parameter, for example {{ params.period }}"
msgstr "sig, hvilken parameter, for eksempel {{ params.period }}"

msgid "'{1}' is not a query, parameter or known name in this notebook"
msgstr "»{1}« er ikke en forespørgsel, en parameter eller et kendt navn i denne notesbog"

msgid "names"
msgstr "navne"

msgid "the notebook declares no parameter '{1}'"
msgstr "notesbogen deklarerer ingen parameter »{1}«"

msgid "the query '{1}' has no column '{2}'"
msgstr "forespørgslen »{1}« har ingen kolonne »{2}«"

msgid "columns"
msgstr "kolonner"

msgid "say which value of '{1}' to show"
msgstr "sig, hvilken værdi af »{1}« der skal vises"

msgid "for example {{ {1}.last.value }} or {{ {2}.count }}"
msgstr "for eksempel {{ {1}.last.value }} eller {{ {1}.count }}"

msgid "'{1}.count' takes nothing after it"
msgstr "»{1}.count« tager intet efter sig"

msgid "'{1}' has too many parts"
msgstr "»{1}« har for mange dele"

msgid "for example {{ {1}.{2}.value }}"
msgstr "for eksempel {{ {1}.{2}.value }}"

msgid "for example {{ {1}.last.{2} }}"
msgstr "for eksempel {{ {1}.last.{2} }}"

msgid "the query '{1}' has no column or accessor '{2}'"
msgstr "forespørgslen »{1}« har ingen kolonne eller egenskab »{2}«"

msgid "target"
msgstr "målværdien"

msgid "baseline"
msgstr "udgangspunktet"

msgid "the {1} of the goal '{2}' is written in per cent, but the chart '{3}'{4} plots numbers, not per cent"
msgstr "{1} for målet »{2}« er skrevet i procent, men diagrammet »{3}«{4} viser tal, ikke procent"

msgid "if the query's values are per cent (0–100), add '--| unit: %' to the chart; if they are shares (0–1), use a p chart; otherwise write the {1} as a number on the chart's scale"
msgstr "hvis forespørgslens værdier er procent (0–100), så tilføj »--| unit: %« i diagrammet; hvis de er andele (0–1), så brug et p-diagram; ellers skriv {1} som et tal på diagrammets skala"

msgid "the {1} of the goal '{2}' is {3}, but the chart '{4}'{5} plots shares from 0 to 1"
msgstr "{1} for målet »{2}« er {3}, men diagrammet »{4}«{5} viser andele fra 0 til 1"

msgid "write it in per cent: '{1}: {2} %'"
msgstr "skriv det i procent: »{1}: {2} %«"

msgid "the {1} of the goal '{2}' is {3} on the chart '{4}'{5}, which plots per cent: it could mean {6} % or {7} %"
msgstr "{1} for målet »{2}« er {3} i diagrammet »{4}«{5}, som viser procent: det kan betyde {3} % eller {7} %"

msgid "write it with a per-cent sign, for example '{1}: {2} %'"
msgstr "skriv det med procenttegn, for eksempel »{1}: {2} %«"

msgid "the {1} of the goal '{2}' is {3}, outside 0–100 %, the scale of the chart '{4}'{5}"
msgstr "{1} for målet »{2}« er {3}, uden for 0–100 %, som er skalaen for diagrammet »{4}«{5}"

msgid "write it in per cent, for example '{1}: 80 %'"
msgstr "skriv det i procent, for eksempel »{1}: 80 %«"

msgid "TAVLE_CHROMIUM names '{1}', which is not a program; no PDFs were made (the HTML handouts are ready)"
msgstr "TAVLE_CHROMIUM henviser til »{1}«, som ikke er et program; ingen PDF'er blev lavet (HTML-uddelingsarkene er klar)"

msgid "Chromium is not installed, so no PDFs were made; the HTML handouts are ready and print from any browser. To get PDFs: sudo apt-get install chromium (or set TAVLE_CHROMIUM to a Chrome or Chromium program), then run the command again"
msgstr "Chromium er ikke installeret, så ingen PDF'er blev lavet; HTML-uddelingsarkene er klar og kan udskrives fra en hvilken som helst browser. For at få PDF'er: sudo apt-get install chromium (eller sæt TAVLE_CHROMIUM til et Chrome- eller Chromium-program), og kør så kommandoen igen"

msgid "the pages could not be prepared for printing in {1}: {2}"
msgstr "siderne kunne ikke gøres klar til udskrivning i {1}: {2}"

msgid "check the free space in the temporary folder"
msgstr "tjek den ledige plads i den midlertidige mappe"

msgid "Chromium could not print the handouts: "
msgstr "Chromium kunne ikke udskrive uddelingsarkene: "

msgid "nothing was committed; check that '{1} --headless' runs on this machine"
msgstr "intet blev gemt; tjek, at »{1} --headless« kører på denne maskine"

msgid "Chromium could not print {1}: "
msgstr "Chromium kunne ikke udskrive {1}: "

msgid "some pages were not printed"
msgstr "nogle sider blev ikke udskrevet"

#: Sources/TavleRun/PreviewRun.swift:12
msgid "a preview is of one team's report; name one team"
msgstr "en forhåndsvisning gælder ét teams rapport; angiv ét team"

#: Sources/TavleRun/PreviewRun.swift:18
msgid "the report was made without its page"
msgstr "rapporten blev lavet uden sin side"

msgid "phase {1}"
msgstr "fase {1}"

msgid "phases {1}–{2}"
msgstr "fase {1}–{2}"

msgid "before gathering {1}"
msgstr "før læringsseminar {1}"

msgid "Show a set with 'tavle prompts --set ID'. In a notebook: ```worksheet ID``` for the whole set, an empty ```prompt ID.PROMPT``` for one prompt."
msgstr "Vis et sæt med 'tavle prompts --set ID'. I en notesbog: ```worksheet ID``` for hele sættet, en tom ```prompt ID.SPØRGSMÅL``` for ét refleksionsspørgsmål."

msgid "In a notebook: ```worksheet {1}``` and a line with ``` below it."
msgstr "I en notesbog: ```worksheet {1}``` og en linje med ``` under."

msgid "the query '{1}'"
msgstr "forespørgslen »{1}«"

msgid "the goal '{1}' is measured by the indicator '{2}', which no journal declares and no chart of '{3}' shows"
msgstr "målet »{1}« måles med indikatoren »{2}«, som ingen logbog deklarerer, og som intet diagram i »{3}« viser"

msgid "; or declare it under 'indicators:' in this journal"
msgstr "; eller deklarér den under »indicators:« i denne logbog"

msgid "the goal '{1}' is measured by the indicator '{2}', which no chart of '{3}' shows, so no chart draws its target"
msgstr "målet »{1}« måles med indikatoren »{2}«, som intet diagram i »{3}« viser, så intet diagram tegner dets målværdi"

msgid "did you mean '{1}', which a chart shows? Correct the goal's indicator and its entry under 'indicators:'"
msgstr "mente du »{1}«, som et diagram viser? Ret målets indikator og dens post under »indicators:«"

msgid "no team journal knows the indicator '{1}' of the query '{2}'"
msgstr "ingen teamlogbog kender indikatoren »{1}« i forespørgslen »{2}«"

msgid ", so its chart shows no goal line, PDSA phases or definition changes"
msgstr ", så dens diagram viser ingen mållinje, PDSA-faser eller definitionsændringer"

msgid "a journal declares an indicator under 'indicators:' (id, name, kind); {1}"
msgstr "en logbog deklarerer en indikator under »indicators:« (id, name, kind); {1}"

msgid "did you mean '{1}'? known: {2}"
msgstr "mente du »{1}«? kendte: {2}"

msgid "no indicators are known yet"
msgstr "ingen indikatorer er kendt endnu"

msgid "known: {1}"
msgstr "kendte: {1}"

msgid "there is no result for the query '{1}'"
msgstr "der findes intet resultat for forespørgslen »{1}«"

msgid "the run's manifest does not list this query; it was changed after the run"
msgstr "kørslens manifest indeholder ikke denne forespørgsel; den er ændret efter kørslen"

msgid "this notebook makes one report for the whole network; it has no team parameter"
msgstr "denne notesbog laver én rapport for hele netværket; den har ingen teamparameter"

msgid "leave out --team/--all-teams, or declare 'params: { team: { type: team } }' to make one report per team"
msgstr "udelad --team/--all-teams, eller deklarér »params: { team: { type: team } }« for at lave én rapport pr. team"

msgid "the teams query returned no teams"
msgstr "teamforespørgslen returnerede ingen teams"

msgid "say which team to make the report for"
msgstr "sig, hvilket team rapporten skal laves for"

msgid "add --team ID (teams: {1}{2}) or --all-teams"
msgstr "tilføj --team ID (team: {1}{2}) eller --all-teams"

msgid "this notebook takes no parameters"
msgstr "denne notesbog tager ingen parametre"

msgid "the parameter '{1}' has no default and was not given"
msgstr "parameteren »{1}« har ingen standardværdi og blev ikke angivet"

msgid "add --param {1}=VALUE, or a default in the front matter"
msgstr "tilføj --param {1}=VÆRDI, eller en standardværdi i front matter"

msgid "the parameter '{1}' {2}"
msgstr "parameteren »{1}« {2}"

msgid "correct --param {1}=… on the command line, or the default on this line"
msgstr "ret --param {1}=… på kommandolinjen, eller standardværdien på denne linje"

msgid "the team {1} has no rows in any query of '{2}': every chart of its report is empty"
msgstr "teamet {1} har ingen rækker i nogen forespørgsel i »{2}«: alle diagrammer i dets rapport er tomme"

msgid "the teams {1} have no rows in any query of '{2}': every chart of their reports is empty"
msgstr "teamsene {1} har ingen rækker i nogen forespørgsel i »{2}«: alle diagrammer i deres rapporter er tomme"

msgid "check the team's id in the data, or whether its numbers have been imported yet"
msgstr "tjek teamets id i dataene, eller om dets tal er importeret endnu"

msgid "every team"
msgstr "alle teams"

msgid "{1} of {2} teams: {3}"
msgstr "{1} af {2} teams: {3}"

msgid "the query '{1}' returned no rows for {2}"
msgstr "forespørgslen »{1}« returnerede ingen rækker for {2}"

msgid "their reports say so where the chart would stand"
msgstr "deres rapporter siger det der, hvor diagrammet skulle have stået"

msgid "the chart '{1}' says its values are per cent (unit: %), but every value lies between 0 and 1 (largest {2}) for {3}: shares would be drawn a hundred times too low"
msgstr "diagrammet »{1}« siger, at værdierne er procent (unit: %), men hver værdi ligger mellem 0 og 1 (største {2}) for {3}: andele ville blive tegnet hundrede gange for lavt"

msgid "if the values are shares (0–1), remove 'unit: %' and use a p chart, or multiply by 100 in the SELECT; if they really are below 1 %, this warning can stay"
msgstr "er værdierne andele (0–1), så fjern »unit: %« og brug et p-diagram, eller gang med 100 i SELECT; er de virkelig under 1 %, kan advarslen blive stående"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "the funnel '{1}' has {2} without a count or a denominator ({3}): they are left out of the plot in the reports of {4}, as if they had no data"
msgstr "tragtdiagrammet »{1}« har {2} uden antal eller nævner ({3}): de er udeladt af diagrammet i rapporterne for {4}, som om de ingen data havde"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "{1} team"
msgstr "{1} team"

#: Sources/TavleRun/RunWarnings.swift:104
msgid "fill in both columns for every team of the month (a value alone cannot be compared), or leave the team out in the SELECT"
msgstr "udfyld begge kolonner for hvert team den måned (en værdi alene kan ikke sammenlignes), eller udelad teamet i SELECT"

#: Sources/TavleRun/RunWarnings.swift:110
msgid "the {1} chart '{2}' has rows without a count or a denominator ({3}) for {4} in {5}: those months are left out of the chart and of the goal's last measurement, as if there were no data"
msgstr "{1}-diagrammet »{2}« har rækker uden antal eller nævner ({3}) for {4} hos {5}: de måneder er udeladt af diagrammet og af målets seneste måling, som om der ingen data var"

#: Sources/TavleRun/RunWarnings.swift:111
msgid "fill in both columns for those rows: a value alone cannot be drawn on a {1} chart (numbers imported with 'tavle import' from a form give a value only)"
msgstr "udfyld begge kolonner for de rækker: en værdi alene kan ikke tegnes i et {1}-diagram (tal importeret med »tavle import« fra et skema giver kun en værdi)"

msgid "freeze: {1} on the chart '{2}' is longer than its series (at most {3} points) for {4}; the baseline is the whole series"
msgstr "freeze: {1} i diagrammet »{2}« er længere end serien (højst {3} punkter) for {4}; basislinjen er hele serien"

msgid "freeze the months before the change, for example 'freeze: 12'"
msgstr "frys månederne før forandringen, for eksempel »freeze: 12«"

msgid "the {1} {2} is after the last month in the data of the query '{3}' ({4})"
msgstr "{1} {2} er efter den sidste måned i dataene for forespørgslen »{3}« ({4})"

msgid "the reports show data up to {1}; import the newer numbers, or run with --param {2}={3}"
msgstr "rapporterne viser data til og med {1}; importér de nyere tal, eller kør med --param {2}={1}"

msgid " (a warning; --strict makes every warning an error)"
msgstr " (en advarsel; --strict gør hver advarsel til en fejl)"

msgid "the notebook has changed since its last run ({1}), but its version is still {2}"
msgstr "notesbogen er ændret siden den seneste kørsel ({1}), men dens version er stadig {2}"

msgid "raise 'version: {1}' in the front matter, so that reports made from the two texts can be told apart"
msgstr "hæv til »version: {1}« i front matter, så rapporter lavet ud fra de to tekster kan skelnes fra hinanden"

msgid " (for a {1} chart y is the count and n the denominator)"
msgstr " (i et {1}-diagram er y antallet og n nævneren)"

msgid "the series has no column {1}{2}"
msgstr "serien har ingen kolonne {1}{2}"

msgid "the first line names the columns, for example '{1}'"
msgstr "den første linje angiver kolonnerne, for eksempel »{1}«"

msgid "use a point as the decimal mark (2.5), or leave the field empty for a missing value"
msgstr "brug punktum som decimaltegn (2.5), eller lad feltet være tomt for en manglende værdi"

msgid "the series has no rows after its header"
msgstr "serien har ingen rækker efter overskriften"

msgid "add one line per period, for example '2021-01,12'"
msgstr "tilføj én linje pr. periode, for eksempel »2021-01,12«"

msgid "this journal belongs to no team of the workspace ('{1}')"
msgstr "denne logbog hører ikke til noget team i arbejdsområdet (»{1}«)"

msgid " A journal is named after its team id."
msgstr " En logbog er opkaldt efter sit teams id."

msgid "the decision '{1}'"
msgstr "beslutningen »{1}«"

msgid "{1} is dated {2}, after today ({3})"
msgstr "{1} er dateret {2}, efter i dag ({3})"

msgid "check the year; a plan for later belongs in the text, not the date"
msgstr "tjek årstallet; en plan for senere hører hjemme i teksten, ikke i datoen"

msgid "the notebook '{1}' (gathering {2}) has no prompt '{3}'; this answer is not shown"
msgstr "notesbogen »{1}« (læringsseminar {2}) har intet refleksionsspørgsmål »{3}«; dette svar vises ikke"

msgid "prompt ids"
msgstr "spørgsmåls-id'er"

msgid "the team '{1}' has no journal ({2}), but the report repository recorded its goals ({3}, commit {4}); its reports would lose them without a reason"
msgstr "teamet »{1}« har ingen logbog ({2}), men rapportarkivet har registreret dets mål ({3}, commit {4}); rapporterne ville miste dem uden begrundelse"

msgid "put the journal back as {1} (a journal under another name is not read); to set the goals aside, keep the journal and list them under 'retired_goals:' with a date and a reason"
msgstr "læg logbogen tilbage som {1} (en logbog med et andet navn bliver ikke læst); for at lægge målene til side, behold logbogen og skriv dem under »retired_goals:« med dato og begrundelse"

#: Sources/TavleServe/AccessStore.swift:59
msgid "the list of sign-in links could not be read"
msgstr "listen over login-links kunne ikke læses"

#: Sources/TavleServe/AccessStore.swift:60
msgid "it is written by 'tavle access'; restore it from a backup, or remove it and hand out new links"
msgstr "den skrives af »tavle access«; gendan den fra en sikkerhedskopi, eller fjern den, og del nye links ud"

#: Sources/TavleServe/AccessStore.swift:90
msgid "no sign-in link in use has the id or name '{1}'"
msgstr "intet login-link i brug har id'et eller navnet »{1}«"

#: Sources/TavleServe/AccessStore.swift:92
msgid "'tavle access list' shows the links; none is in use"
msgstr "»tavle access list« viser linksene; ingen af dem er i brug"

#: Sources/TavleServe/AccessStore.swift:93
msgid "ids and names"
msgstr "id'er og navne"

#: Sources/TavleServe/AccessStore.swift:118
msgid "the list of sign-in links could not be written"
msgstr "listen over login-links kunne ikke skrives"

#: Sources/TavleServe/AccessStore.swift:126
msgid "'{1}' could not be written"
msgstr "»{1}« kunne ikke skrives"

#: Sources/TavleServe/AccessStore.swift:127
msgid "check that the workspace folder is writable"
msgstr "tjek, at der kan skrives i arbejdsområdets mappe"

#: Sources/TavleServe/Forms.swift:88
msgid "Add a decision"
msgstr "Tilføj en beslutning"

#: Sources/TavleServe/Forms.swift:89
msgid "Add a PDSA cycle"
msgstr "Tilføj en PDSA-cyklus"

#: Sources/TavleServe/Forms.swift:131
msgid "Answers for gathering {1}: {2}"
msgstr "Svar til læringsseminar {1}: {2}"

#: Sources/TavleServe/Gatherings.swift:104
msgid "This report cannot be made"
msgstr "Denne rapport kan ikke laves"

#: Sources/TavleServe/Gatherings.swift:241
msgid "The questions are now those of gathering {1}; nothing was saved. Open the page again to answer them."
msgstr "Refleksionsspørgsmålene gælder nu læringsseminar {1}; intet blev gemt. Åbn siden igen for at svare på dem."

#: Sources/TavleServe/Pages+Gatherings.swift:83
msgid "Answer what you can. Empty a box to take its answer out; the journal's history keeps it."
msgstr "Svar på det, I kan. Tøm en boks for at tage svaret ud; logbogens historik gemmer det."

#: Sources/TavleServe/Pages+Gatherings.swift:47
msgid "This gathering's notebook asks no questions."
msgstr "Notesbogen til dette læringsseminar stiller ingen refleksionsspørgsmål."

#: Sources/TavleServe/Pages+Gatherings.swift:65
msgid "Save the answers"
msgstr "Gem svarene"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "The numbers were not saved:"
msgstr "Tallene blev ikke gemt:"

#: Sources/TavleServe/Pages+Gatherings.swift:135
msgid "see the fields marked below"
msgstr "se felterne, der er markeret nedenfor"

#: Sources/TavleServe/Pages+Gatherings.swift:131
msgid "The month the numbers are for"
msgstr "Måneden, tallene gælder"

#: Sources/TavleServe/Pages+Gatherings.swift:143
msgid "Between {1} and {2}; leave it empty if you have no number."
msgstr "Mellem {1} og {2}; lad feltet stå tomt, hvis I ikke har noget tal."

#: Sources/TavleServe/Pages+Gatherings.swift:154
msgid "Send the numbers"
msgstr "Send tallene"

#: Sources/TavleServe/Pages+Gatherings.swift:70
msgid "Preview a report"
msgstr "Forhåndsvis en rapport"

#: Sources/TavleServe/Pages+Gatherings.swift:73
msgid "A report as a run would make it now, from the notebook, data and journal as they are. It is made again each time one of them is saved."
msgstr "En rapport, som en kørsel ville lave den nu, ud fra notesbogen, data og logbogen, som de er. Den laves igen, hver gang en af dem gemmes."

#: Sources/TavleServe/Pages+Gatherings.swift:96
msgid "Preview: {1}, {2}"
msgstr "Forhåndsvisning: {1}, {2}"

#: Sources/TavleServe/Pages+Gatherings.swift:98
msgid "Other previews"
msgstr "Andre forhåndsvisninger"

#: Sources/TavleServe/Pages+Gatherings.swift:100
msgid "Made again when the workspace changes; last:"
msgstr "Laves igen, når arbejdsområdet ændres; senest:"

#: Sources/TavleServe/Pages+Gatherings.swift:101
msgid "now"
msgstr "nu"

#: Sources/TavleServe/Pages+Gatherings.swift:109
msgid "The report"
msgstr "Rapporten"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "Handouts"
msgstr "Uddelingsark"

#: Sources/TavleServe/Pages+Gatherings.swift:121
msgid "Makes a gathering's handouts as 'tavle handout --all-teams --pdf' does: a report for every team, your overview and an index, printed to PDF, in one commit."
msgstr "Laver uddelingsarkene til et læringsseminar, som »tavle handout --all-teams --pdf« gør: en rapport for hvert team, din oversigt og en indholdsside, udskrevet til PDF, i én commit."

#: Sources/TavleServe/Pages+Gatherings.swift:136
msgid "Make the handouts"
msgstr "Lav uddelingsarkene"

#: Sources/TavleServe/Pages+Gatherings.swift:142
msgid "The last ones made here"
msgstr "De seneste, der blev lavet her"

#: Sources/TavleServe/Pages+Gatherings.swift:155
msgid "Handouts: {1}"
msgstr "Uddelingsark: {1}"

#: Sources/TavleServe/Pages+Gatherings.swift:192
msgid "Starting: reading the notebook, the data and the journals."
msgstr "Starter: læser notesbogen, data og logbøgerne."

#: Sources/TavleServe/Pages+Gatherings.swift:159
msgid "Making the handouts: {1} of {2} reports made ({3}). This page shows how far it has come."
msgstr "Laver uddelingsarkene: {1} af {2} rapporter lavet ({3}). Denne side viser, hvor langt det er nået."

#: Sources/TavleServe/Pages+Gatherings.swift:199
msgid "All {1} reports are made; printing them to PDF."
msgstr "Alle {1} rapporter er lavet; udskriver dem til PDF."

#: Sources/TavleServe/Pages+Gatherings.swift:169
msgid "Done: {1} reports, {2} printed to PDF, commit {3}."
msgstr "Færdig: {1} rapporter, {2} udskrevet til PDF, commit {3}."

#: Sources/TavleServe/Pages+Gatherings.swift:177
msgid "The index"
msgstr "Indholdssiden"

#: Sources/TavleServe/Pages+Gatherings.swift:182
msgid "Your overview"
msgstr "Din oversigt"

#: Sources/TavleServe/Pages.swift:46
msgid "Signed in as {1}"
msgstr "Logget ind som {1}"

#: Sources/TavleServe/Pages.swift:49
msgid "Sign out"
msgstr "Log ud"

#: Sources/TavleServe/Pages.swift:71
msgid "Back to the start page"
msgstr "Tilbage til startsiden"

#: Sources/TavleServe/Pages.swift:103
msgid "This link signs you in to {1} as the team {2}."
msgstr "Dette link logger dig ind i {1} som teamet {2}."

#: Sources/TavleServe/Pages.swift:104
msgid "This link signs you in to {1} as {2}, facilitator."
msgstr "Dette link logger dig ind i {1} som {2}, facilitator."

#: Sources/TavleServe/Pages.swift:105
msgid "This link signs you in to {1} as {2}, researcher (reading only)."
msgstr "Dette link logger dig ind i {1} som {2}, forsker (kun læsning)."

#: Sources/TavleServe/Pages.swift:79
msgid "Sign in"
msgstr "Log ind"

#: Sources/TavleServe/Pages.swift:115
msgid "Keep the link to yourselves: anyone who has it can sign in with it. If it is not yours, close this page."
msgstr "Hold linket for jer selv: alle, der har det, kan logge ind med det. Er det ikke jeres, så luk denne side."

#: Sources/TavleServe/Pages.swift:80
msgid "Open the sign-in link your facilitator gave you. Each team has its own link."
msgstr "Åbn det login-link, du fik af facilitatoren. Hvert team har sit eget link."

#: Sources/TavleServe/Pages.swift:99
msgid "Saved: your change is commit {1} in the report repository."
msgstr "Gemt: din ændring er commit {1} i rapportarkivet."

#: Sources/TavleServe/Pages.swift:106
msgid "Goal history, with the run charts"
msgstr "Målhistorik, med seriediagrammerne"

#: Sources/TavleServe/Pages.swift:111
msgid "Everything recorded: goals, PDSA cycles, decisions, measurements"
msgstr "Alt, der er registreret: mål, PDSA-cyklusser, beslutninger, målinger"

#: Sources/TavleServe/Pages.swift:145
msgid "The network's figures, without names"
msgstr "Netværkets tal, uden navne"

#: Sources/TavleServe/Pages.swift:116
msgid "What changed since the last gathering"
msgstr "Hvad der er ændret siden sidste læringsseminar"

#: Sources/TavleServe/Pages.swift:121
msgid "Reports"
msgstr "Rapporter"

#: Sources/TavleServe/Pages.swift:123
msgid "No report has been made for this team yet."
msgstr "Der er endnu ikke lavet nogen rapport for dette team."

#: Sources/TavleServe/Pages.swift:128
msgid "Report"
msgstr "Rapport"

#: Sources/TavleServe/Pages.swift:129
msgid "Made"
msgstr "Lavet"

#: Sources/TavleServe/Pages.swift:130
msgid "Commit"
msgstr "Commit"

#: Sources/TavleServe/Pages.swift:148
msgid "Journal"
msgstr "Logbog"

#: Sources/TavleServe/Pages.swift:209
msgid "The journal file does not read, so it cannot be changed here until it is mended. Ask your facilitator; this is what tavle found:"
msgstr "Logbogsfilen kan ikke læses, så den kan ikke ændres her, før den er rettet. Spørg jeres facilitator; dette er, hvad tavle fandt:"

#: Sources/TavleServe/Pages.swift:153
msgid "Goals"
msgstr "Mål"

#: Sources/TavleServe/Pages.swift:154
msgid "No goals yet."
msgstr "Ingen mål endnu."

#: Sources/TavleServe/Site.swift:234
msgid "Change the goal"
msgstr "Ændr målet"

#: Sources/TavleServe/Pages.swift:233
msgid "Goals set aside"
msgstr "Mål lagt til side"

#: Sources/TavleServe/Pages.swift:208
msgid "Indicators"
msgstr "Indikatorer"

#: Sources/TavleServe/Pages.swift:194
msgid "None yet."
msgstr "Ingen endnu."

#: Sources/TavleServe/Pages.swift:217
msgid "Change the indicator"
msgstr "Ændr indikatoren"

#: Sources/TavleServe/Pages.swift:206
msgid "Change the cycle"
msgstr "Ændr PDSA-cyklussen"

#: Sources/TavleServe/Pages.swift:174
msgid "Decisions"
msgstr "Beslutninger"

#: Sources/TavleServe/Pages.swift:236
msgid "Change the decision"
msgstr "Ændr beslutningen"

#: Sources/TavleServe/Pages.swift:227
msgid "Answer the questions for gathering {1}"
msgstr "Svar på refleksionsspørgsmålene til læringsseminar {1}"

#: Sources/TavleServe/Pages.swift:188
msgid "This team has no journal yet."
msgstr "Dette team har endnu ingen logbog."

#: Sources/TavleServe/Pages.swift:191
msgid "Changes made here"
msgstr "Ændringer foretaget her"

#: Sources/TavleServe/Pages.swift:210
msgid "{1}: changes since gathering {2}"
msgstr "{1}: ændringer siden læringsseminar {2}"

#: Sources/TavleServe/Pages.swift:211
msgid "{1}: history"
msgstr "{1}: historik"

#: Sources/TavleServe/Pages.swift:214
msgid "Back to the team's page"
msgstr "Tilbage til teamets side"

#: Sources/TavleServe/Pages.swift:217
msgid "Nothing recorded."
msgstr "Intet registreret."

#: Sources/TavleServe/Pages.swift:290
msgid "{1}: goal history"
msgstr "{1}: målhistorik"

#: Sources/TavleServe/Pages.swift:335
msgid "{1}: the network's figures"
msgstr "{1}: netværkets tal"

#: Sources/TavleServe/Pages.swift:339
msgid "Your value beside the network's, in the same month, from what every team's report showed. No team is named; values from small counts are left out, and a figure of fewer than three teams is not shown."
msgstr "Jeres værdi ved siden af netværkets, i samme måned, ud fra det, hvert teams rapport viste. Intet team nævnes; værdier fra små antal udelades, og et tal fra færre end tre teams vises ikke."

#: Sources/TavleServe/Pages.swift:346
msgid "Chart"
msgstr "Diagram"

#: Sources/TavleServe/Pages.swift:347
msgid "Month"
msgstr "Måned"

#: Sources/TavleServe/Pages.swift:348
msgid "Yours"
msgstr "Jeres"

#: Sources/TavleServe/Pages.swift:349
msgid "The network's median"
msgstr "Netværkets median"

#: Sources/TavleServe/Pages.swift:350
msgid "The middle half of the teams"
msgstr "Den midterste halvdel af teamsene"

#: Sources/TavleServe/Pages.swift:351
msgid "Teams"
msgstr "Teams"

#: Sources/TavleServe/Pages.swift:364
msgid "too few teams to show"
msgstr "for få teams til at blive vist"

#: Sources/TavleServe/Pages.swift:302
msgid "a goal changed"
msgstr "et mål ændret"

#: Sources/TavleServe/Pages.swift:407
msgid "a goal set aside"
msgstr "et mål lagt til side"

#: Sources/TavleServe/Pages.swift:407
msgid "an indicator changed"
msgstr "en indikator ændret"

#: Sources/TavleServe/Pages.swift:408
msgid "preparation-form numbers sent"
msgstr "tal fra forberedelsesskemaet sendt"

#: Sources/TavleServe/Pages.swift:304
msgid "a decision added"
msgstr "en beslutning tilføjet"

#: Sources/TavleServe/Pages.swift:447
msgid "answers to the gathering's questions"
msgstr "svar på læringsseminarets spørgsmål"

#: Sources/TavleServe/Pages.swift:306
msgid "the journal file changed by hand"
msgstr "logbogsfilen ændret i hånden"

#: Sources/TavleServe/Pages.swift:357
msgid "The form was not saved: see the field marked below."
msgstr "Formularen blev ikke gemt: se feltet, der er markeret nedenfor."

#: Sources/TavleServe/Pages.swift:360
msgid "The form was not saved:"
msgstr "Formularen blev ikke gemt:"

#: Sources/TavleServe/Pages.swift:304
msgid "The goal, in one sentence"
msgstr "Målet, i én sætning"

#: Sources/TavleServe/Pages.swift:308
msgid "A number, or a share such as 80 %."
msgstr "Et tal eller en andel som 80 %."

#: Sources/TavleServe/Pages.swift:309
msgid "Due date"
msgstr "Frist"

#: Sources/TavleServe/Pages.swift:311
msgid "Why the goal changes"
msgstr "Hvorfor målet ændres"

#: Sources/TavleServe/Pages.swift:313
msgid "Required when the goal's sentence, target or due date changes: the history keeps it."
msgstr "Skal udfyldes, når målets sætning, målværdi eller frist ændres: historikken gemmer begrundelsen."

#: Sources/TavleServe/Pages.swift:314
msgid "Save the change"
msgstr "Gem ændringen"

#: Sources/TavleServe/Pages.swift:537
msgid "Set the goal aside"
msgstr "Læg målet til side"

#: Sources/TavleServe/Pages.swift:540
msgid "When the team no longer works toward this goal: reached, replaced or given up. It is listed among the goals set aside with today's date and your reason, and its history stays."
msgstr "Når teamet ikke længere arbejder hen mod dette mål: nået, erstattet eller opgivet. Det opføres blandt de mål, der er lagt til side, med dagens dato og jeres begrundelse, og historikken bevares."

#: Sources/TavleServe/Pages.swift:546
msgid "Why the goal is set aside"
msgstr "Hvorfor målet lægges til side"

#: Sources/TavleServe/Pages.swift:362
msgid "Save"
msgstr "Gem"

#: Sources/TavleServe/Pages.swift:592
msgid "Name"
msgstr "Navn"

#: Sources/TavleServe/Pages.swift:594
msgid "Kind of indicator"
msgstr "Type indikator"

#: Sources/TavleServe/Pages.swift:603
msgid "Definition"
msgstr "Definition"

#: Sources/TavleServe/Pages.swift:604
msgid "What the number cannot tell"
msgstr "Hvad tallet ikke kan sige"

#: Sources/TavleServe/Pages.swift:605
msgid "A change of definition"
msgstr "En ændring af definitionen"

#: Sources/TavleServe/Pages.swift:612
msgid "What changed in how it is measured"
msgstr "Hvad der er ændret i, hvordan det måles"

#: Sources/TavleServe/Pages.swift:614
msgid "Charts mark the month, so that a jump from the change is not read as improvement."
msgstr "Diagrammerne markerer måneden, så et spring, der skyldes ændringen, ikke læses som forbedring."

#: Sources/TavleServe/Pages.swift:615
msgid "When"
msgstr "Hvornår"

#: Sources/TavleServe/Pages.swift:622
msgid "result indicator"
msgstr "resultatindikator"

#: Sources/TavleServe/Pages.swift:623
msgid "process indicator"
msgstr "procesindikator"

#: Sources/TavleServe/Pages.swift:624
msgid "balancing indicator"
msgstr "balanceindikator"

#: Sources/TavleServe/Pages.swift:330
msgid "Date"
msgstr "Dato"

#: Sources/TavleServe/Pages.swift:333
msgid "What was decided"
msgstr "Hvad der blev besluttet"

#: Sources/TavleServe/Pages.swift:674
msgid "Remove it"
msgstr "Fjern den"

#: Sources/TavleServe/Pages.swift:676
msgid "For an entry written by mistake. The report repository keeps it in its history."
msgstr "Til en post, der blev skrevet ved en fejl. Rapportarkivet gemmer den i historikken."

#: Sources/TavleServe/Pages.swift:680
msgid "Yes, remove it from the journal"
msgstr "Ja, fjern den fra logbogen"

#: Sources/TavleServe/Pages.swift:682
msgid "Remove"
msgstr "Fjern"

#: Sources/TavleServe/Pages.swift:345
msgid "The goal it serves"
msgstr "Målet, den skal bidrage til"

#: Sources/TavleServe/Pages.swift:732
msgid "{1} (set aside)"
msgstr "{1} (lagt til side)"

#: Sources/TavleServe/Pages.swift:340
msgid "A short name for the cycle"
msgstr "Et kort navn på cyklussen"

#: Sources/TavleServe/Pages.swift:489
msgid "Letters, digits and dashes, without spaces."
msgstr "Bogstaver, cifre og bindestreger, uden mellemrum."

#: Sources/TavleServe/Pages.swift:343
msgid "Title"
msgstr "Titel"

#: Sources/TavleServe/Pages.swift:359
msgid "Started"
msgstr "Startet"

#: Sources/TavleServe/Pages.swift:378
msgid "Someone else changed the journal"
msgstr "En anden har ændret logbogen"

#: Sources/TavleServe/Pages.swift:381
msgid "The journal was changed after you opened this form, so your change was not saved. Nothing is lost: compare the two versions below, then send the form again to save yours on top of theirs."
msgstr "Logbogen blev ændret, efter at du åbnede denne formular, så din ændring blev ikke gemt. Intet er gået tabt: sammenlign de to versioner nedenfor, og send så formularen igen for at gemme din ændring oven på den andens."

#: Sources/TavleServe/Pages.swift:535
msgid "What the other change did"
msgstr "Hvad den anden ændring gjorde"

#: Sources/TavleServe/Pages.swift:538
msgid "What your change does to the journal as it is now"
msgstr "Hvad din ændring gør ved logbogen, som den er nu"

#: Sources/TavleServe/Pages.swift:393
msgid "(your change cannot be placed in the journal as it is now)"
msgstr "(din ændring kan ikke sættes ind i logbogen, som den er nu)"

#: Sources/TavleServe/Pages.swift:397
msgid "Your change"
msgstr "Din ændring"

#: Sources/TavleServe/Pages.swift:869
msgid "The form keeps what you changed; every field you left as it was shows what the journal holds now. Check it, then send it again."
msgstr "Formularen beholder det, du ændrede; hvert felt, du lod være, viser det, logbogen har nu. Se den igennem, og send den igen."

#: Sources/TavleServe/Pages.swift:554
msgid "No difference."
msgstr "Ingen forskel."

#: Sources/TavleServe/Pages.swift:407
msgid "The network's teams"
msgstr "Netværkets teams"

#: Sources/TavleServe/Pages.swift:434
msgid "History and trace of every team"
msgstr "Historik og sporing for alle teams"

#: Sources/TavleServe/Pages.swift:411
msgid "Changes since the reports of gathering {1} ({2} UTC)."
msgstr "Ændringer siden rapporterne fra læringsseminar {1} ({2} UTC)."

#: Sources/TavleServe/Pages.swift:418
msgid "Journal changed on the web since then"
msgstr "Logbog ændret på nettet siden da"

#: Sources/TavleServe/Pages.swift:419
msgid "Last change"
msgstr "Seneste ændring"

#: Sources/TavleServe/Pages.swift:436
msgid "Answers for gathering {1}"
msgstr "Svar til læringsseminar {1}"

#: Sources/TavleServe/Pages.swift:427
msgid "no"
msgstr "nej"

#: Sources/TavleServe/Pages.swift:427
msgid "yes ({1})"
msgstr "ja ({1})"

#: Sources/TavleServe/Pages.swift:440
msgid "History of the network"
msgstr "Netværkets historik"

#: Sources/TavleServe/Pages.swift:442
msgid "Every change to goals, PDSA cycles, decisions, answers and measurements, one row each:"
msgstr "Hver ændring i mål, PDSA-cyklusser, beslutninger, svar og målinger, én række for hver:"

#: Sources/TavleServe/Site.swift:472
msgid "Nothing was filled in."
msgstr "Intet blev udfyldt."

#: Sources/TavleServe/Site.swift:479
msgid "The change was not saved"
msgstr "Ændringen blev ikke gemt"

#: Sources/TavleServe/Preparation.swift:72
msgid "A temporary file could not be written."
msgstr "En midlertidig fil kunne ikke skrives."

#: Sources/TavleServe/Server.swift:48
msgid "'{1}' is not an address tavle can listen on"
msgstr "»{1}« er ikke en adresse, som tavle kan lytte på"

#: Sources/TavleServe/Server.swift:49
msgid "give --host an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"
msgstr "giv --host en IP-adresse, for eksempel 127.0.0.1 (kun denne maskine) eller 0.0.0.0 (alle netværk)"

#: Sources/TavleServe/Server.swift:79
msgid "the server could not listen on {1}:{2}: {3}"
msgstr "serveren kunne ikke lytte på {1}:{2}: {3}"

#: Sources/TavleServe/Server.swift:80
msgid "another program may use the port; choose another with --port"
msgstr "et andet program bruger måske porten; vælg en anden med --port"

#: Sources/TavleServe/Server.swift:139
msgid "Not a page address"
msgstr "Ikke en sideadresse"

#: Sources/TavleServe/Server.swift:140
msgid "The address has parts tavle does not accept (such as '..' or an encoded slash)."
msgstr "Adressen har dele, som tavle ikke accepterer (for eksempel »..« eller en kodet skråstreg)."

#: Sources/TavleServe/Site.swift:108
msgid "the teams '{1}' and '{2}' share the report folder '{3}'"
msgstr "teamsene »{1}« og »{2}« deler rapportmappen »{3}«"

#: Sources/TavleServe/Site.swift:113
msgid "Sign in first"
msgstr "Log ind først"

#: Sources/TavleServe/Site.swift:114
msgid "This page is for signed-in users. Open the sign-in link your facilitator gave you."
msgstr "Denne side er for brugere, der er logget ind. Åbn det login-link, du fik af facilitatoren."

#: Sources/TavleServe/Site.swift:125
msgid "Not allowed"
msgstr "Ikke tilladt"

#: Sources/TavleServe/Site.swift:125
msgid "This address only reads."
msgstr "Denne adresse kan kun læses."

#: Sources/TavleServe/Site.swift:157
msgid "Not found"
msgstr "Ikke fundet"

#: Sources/TavleServe/Site.swift:157
msgid "There is no page at this address."
msgstr "Der findes ingen side på denne adresse."

#: Sources/TavleServe/Site.swift:283
msgid "No gathering to answer for"
msgstr "Intet læringsseminar at svare til"

#: Sources/TavleServe/Site.swift:284
msgid "The workspace has no notebook for a gathering yet."
msgstr "Arbejdsområdet har endnu ingen notesbog til et læringsseminar."

#: Sources/TavleServe/Site.swift:255
msgid "This page could not be made"
msgstr "Denne side kunne ikke laves"

#: Sources/TavleServe/Site.swift:266
msgid "Too many attempts"
msgstr "For mange forsøg"

#: Sources/TavleServe/Site.swift:267
msgid "Too many sign-in links that did not work came from here. Try again in {1} minutes."
msgstr "For mange login-links, der ikke virkede, er blevet brugt herfra. Prøv igen om {1} minutter."

#: Sources/TavleServe/Site.swift:279
msgid "This sign-in link does not work"
msgstr "Dette login-link virker ikke"

#: Sources/TavleServe/Site.swift:280
msgid "The link may have been revoked, or copied only in part. Ask your facilitator for a new link."
msgstr "Linket kan være tilbagekaldt eller kun delvist kopieret. Bed facilitatoren om et nyt link."

#: Sources/TavleServe/Site.swift:288
msgid "This team is not in the network"
msgstr "Dette team er ikke med i netværket"

#: Sources/TavleServe/Site.swift:289
msgid "The team '{1}' of this link is not among the network's teams any more. Ask your facilitator."
msgstr "Teamet »{1}«, som dette link gælder, er ikke længere blandt netværkets teams. Spørg facilitatoren."

#: Sources/TavleServe/Site.swift:508
msgid "Sign in from your link"
msgstr "Log ind fra jeres link"

#: Sources/TavleServe/Site.swift:509
msgid "This sign-in did not come from the page of your sign-in link, or that page was open too long. Open the link your facilitator gave you again, and press the button on its page."
msgstr "Dette login kom ikke fra siden for jeres login-link, eller siden var åben for længe. Åbn linket, I fik af jeres facilitator, igen, og tryk på knappen på siden."

#: Sources/TavleServe/Site.swift:314
msgid "The form could not be read"
msgstr "Formularen kunne ikke læses"

#: Sources/TavleServe/Site.swift:315
msgid "The browser sent the form without its length."
msgstr "Browseren sendte formularen uden dens længde."

#: Sources/TavleServe/Site.swift:321
msgid "The form is too large"
msgstr "Formularen er for stor"

#: Sources/TavleServe/Site.swift:322
msgid "A form may hold at most 64 KB of text. Shorten the longest field and send it again."
msgstr "En formular må højst indeholde 64 KB tekst. Gør det længste felt kortere, og send formularen igen."

#: Sources/TavleServe/Site.swift:330
msgid "The form was not sent as a web form."
msgstr "Formularen blev ikke sendt som en webformular."

#: Sources/TavleServe/Site.swift:349
msgid "The form's data is malformed. Open the page again and send the form from there."
msgstr "Formularens data er ugyldige. Åbn siden igen, og send formularen derfra."

#: Sources/TavleServe/Site.swift:357
msgid "The form has expired"
msgstr "Formularen er udløbet"

#: Sources/TavleServe/Site.swift:358
msgid "The form did not carry this session's token (it may be from an earlier sign-in). Open the page again and send the form from there."
msgstr "Formularen havde ikke denne sessions kontrolkode med (den kan være fra et tidligere login). Åbn siden igen, og send formularen derfra."

#: Sources/TavleServe/Site.swift:437
msgid "Handouts are being made"
msgstr "Uddelingsark laves nu"

#: Sources/TavleServe/Site.swift:438
msgid "Other handouts are being made; wait until they are done."
msgstr "Andre uddelingsark laves nu; vent, til de er færdige."

#: Sources/TavleServe/Site.swift:376
msgid "Read only"
msgstr "Kun læseadgang"

#: Sources/TavleServe/Site.swift:377
msgid "A researcher's link reads the network's history; it does not change journals."
msgstr "En forskers link giver adgang til at læse netværkets historik; det kan ikke ændre logbøger."

#: Sources/TavleServe/Site.swift:670
msgid "the goal '{1}' is set aside without a reason"
msgstr "målet »{1}« lægges til side uden begrundelse"

#: Sources/TavleServe/Site.swift:671
msgid "say why the team no longer works toward it: the history keeps it"
msgstr "skriv, hvorfor teamet ikke længere arbejder hen mod det: historikken gemmer det"

#: Sources/TavleServe/Site.swift:802
msgid "What this form changes was taken out of the journal, or renamed, after you opened it, so nothing was saved. This is what you typed:"
msgstr "Det, denne formular ændrer, blev taget ud af logbogen eller fik nyt navn, efter du åbnede den, så intet blev gemt. Dette er, hvad du skrev:"

#: Sources/TavleServe/Site.swift:676
msgid "Nothing was removed"
msgstr "Intet blev fjernet"

#: Sources/TavleServe/Site.swift:677
msgid "Tick the box that says you mean it, then press the button again."
msgstr "Sæt kryds i feltet, der siger, at du mener det, og tryk på knappen igen."

#: Sources/TavleServe/Site.swift:589
msgid "the id '{1}' has spaces or other signs; use letters, digits and dashes"
msgstr "id'et »{1}« har mellemrum eller andre tegn; brug bogstaver, cifre og bindestreger"

#: Sources/TavleServe/Site.swift:453
msgid "The form has fields this page does not have ({1}). Open the page again and send the form from there."
msgstr "Formularen har felter, som denne side ikke har ({1}). Åbn siden igen, og send formularen derfra."

#: Sources/TavleServe/Site.swift:497
msgid "The journal was changed by someone else after you opened this form. Compare the two versions; send the form again to save your change on top of theirs."
msgstr "En anden ændrede logbogen, efter du åbnede denne formular. Sammenlign de to versioner; send formularen igen for at gemme din ændring oven på deres."

msgid "is empty"
msgstr "er tom"

msgid "is longer than {1} characters"
msgstr "er længere end {1} tegn"

msgid "starts with '.'"
msgstr "begynder med ».«"

msgid "is the name of tavle's own folder in the report repository"
msgstr "er navnet på tavles egen mappe i rapportarkivet"

msgid "a control character"
msgstr "et kontroltegn"

msgid "holds {1}"
msgstr "indeholder {1}"

msgid "the teams query must return the columns 'id' and 'name'; it returns {1}"
msgstr "teamforespørgslen skal returnere kolonnerne »id« og »name«; den returnerer {1}"

msgid "rename the columns in the query, for example 'SELECT team_id AS id, team_name AS name FROM …'"
msgstr "giv kolonnerne nye navne i forespørgslen, for eksempel »SELECT team_id AS id, team_name AS name FROM …«"

msgid "row {1} of the teams query has the team id '{2}', which {3}"
msgstr "række {1} i teamforespørgslen har team-id'et »{2}«, som {3}"

msgid "a team id names the team's folder and journal: letters, digits, '-', '_' and '.', at most {1} characters, not starting with '.'"
msgstr "et team-id giver navn til teamets mappe og logbog: bogstaver, cifre, »-«, »_« og ».«, højst {1} tegn, og ikke ».« først"

msgid "the teams query returns the team id '{1}' twice (rows {2} and {3})"
msgstr "teamforespørgslen returnerer team-id'et »{1}« to gange (række {2} og {3})"

msgid "the team ids '{1}' and '{2}' (rows {3} and {4}) differ only in upper and lower case, and would share a folder"
msgstr "team-id'erne »{1}« og »{2}« (række {3} og {4}) adskiller sig kun i store og små bogstaver og ville dele mappe"

msgid "each team needs its own id"
msgstr "hvert team skal have sit eget id"

msgid "another tavle run has held '{1}' for over {2} s"
msgstr "en anden tavle-kørsel har holdt »{1}« i over {2} s"

msgid "wait for it to finish and run again"
msgstr "vent, til den er færdig, og kør igen"

msgid "the output folder '{1}' could not be created: {2}"
msgstr "rapportmappen »{1}« kunne ikke oprettes: {2}"

msgid "no {1} was found in '{2}' or any folder above it"
msgstr "ingen {1} blev fundet i »{2}« eller i nogen mappe over den"

msgid "run the command in your workspace (the folder with tavle.yaml beside the notebooks, or one below it), or make one with 'tavle init my-network'"
msgstr "kør kommandoen i dit arbejdsområde (mappen med tavle.yaml ved siden af notesbøgerne, eller en mappe under den), eller lav et med »tavle init mit-netværk«"

msgid "'{1}' does not exist"
msgstr "»{1}« findes ikke"

msgid "check the path and the spelling"
msgstr "tjek stien og stavemåden"

msgid "check that you may read it"
msgstr "tjek, at du må læse den"

msgid "the file is not UTF-8 text"
msgstr "filen er ikke UTF-8-tekst"

msgid "save it as UTF-8 in your editor"
msgstr "gem den som UTF-8 i dit redigeringsprogram"

msgid "'{1}' is a tavle workspace already (it has a tavle.yaml); nothing was written"
msgstr "»{1}« er allerede et tavle-arbejdsområde (det har en tavle.yaml); intet blev skrevet"

msgid "to start another network, name a new folder: tavle init another-network"
msgstr "for at starte et nyt netværk skal du angive en ny mappe: tavle init et-andet-netværk"

msgid "'{1}' is not empty ({2}); tavle init makes a new workspace in a new or empty folder"
msgstr "»{1}« er ikke tom ({2}); tavle init laver et nyt arbejdsområde i en ny eller tom mappe"

msgid "name a new folder (tavle init my-network), or give --force to add the files beside what is there (none is overwritten)"
msgstr "angiv en ny mappe (tavle init mit-netværk), eller brug --force for at lægge filerne ved siden af det, der er der (intet overskrives)"

msgid "'{1}/{2}' exists already; nothing was written"
msgstr "»{1}/{2}« findes allerede; intet blev skrevet"

msgid "tavle init never overwrites a file: move it away, or choose another folder"
msgstr "tavle init overskriver aldrig en fil: flyt den væk, eller vælg en anden mappe"

msgid "'{1}/{2}' could not be written: {3}"
msgstr "»{1}/{2}« kunne ikke skrives: {3}"

msgctxt "month"
msgid "January"
msgstr "januar"

msgctxt "month"
msgid "February"
msgstr "februar"

msgctxt "month"
msgid "March"
msgstr "marts"

msgctxt "month"
msgid "April"
msgstr "april"

msgctxt "month"
msgid "May"
msgstr "maj"

msgctxt "month"
msgid "June"
msgstr "juni"

msgctxt "month"
msgid "July"
msgstr "juli"

msgctxt "month"
msgid "August"
msgstr "august"

msgctxt "month"
msgid "September"
msgstr "september"

msgctxt "month"
msgid "October"
msgstr "oktober"

msgctxt "month"
msgid "November"
msgstr "november"

msgctxt "month"
msgid "December"
msgstr "december"

msgctxt "month, short"
msgid "Jan"
msgstr "jan."

msgctxt "month, short"
msgid "Feb"
msgstr "feb."

msgctxt "month, short"
msgid "Mar"
msgstr "mar."

msgctxt "month, short"
msgid "Apr"
msgstr "apr."

msgctxt "month, short"
msgid "May"
msgstr "maj"

msgctxt "month, short"
msgid "Jun"
msgstr "jun."

msgctxt "month, short"
msgid "Jul"
msgstr "jul."

msgctxt "month, short"
msgid "Aug"
msgstr "aug."

msgctxt "month, short"
msgid "Sep"
msgstr "sep."

msgctxt "month, short"
msgid "Oct"
msgstr "okt."

msgctxt "month, short"
msgid "Nov"
msgstr "nov."

msgctxt "month, short"
msgid "Dec"
msgstr "dec."

"""#,
        "nb": #"""
# Tavle: the words it adds, in Norwegian bokmål.
#
# Each msgid is an English sentence as the code writes it; {1}, {2}, ... stand for the values
# the code fills in (a name, a number, or another translated phrase) and may move within the
# sentence. msgctxt tells apart two sentences whose English reads the same. The X-Tavle-
# header fields say how the language writes numbers and dates (\u00A0 is a no-break space).
# Keep to the glossary (GLOSSARY.md beside this file).
msgid ""
msgstr ""
"Project-Id-Version: tavle\n"
"Language: nb\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"X-Tavle-Decimal-Mark: ,\n"
"X-Tavle-Group-Separator: \\u00A0\n"
"X-Tavle-Percent: \\u00A0%\n"
"X-Tavle-Date: {day}. {month} {year}\n"

msgid "this run is dated {1}, before the last run in '{2}' ({3}, commit {4})"
msgstr "denne kjøringen er datert {1}, før forrige kjøring i «{2}» ({3}, commit {4})"

msgid "check this computer's date and time (and TAVLE_COMMIT_TIME, if set); runs out of order confuse history and the goal dates"
msgstr "sjekk datoen og klokken på denne maskinen (og TAVLE_COMMIT_TIME, om den er satt); kjøringer i feil rekkefølge forvirrer historikken og måldatoene"

msgid "two teams would write the same report file"
msgstr "to team ville skrive den samme rapportfilen"

msgid "give teams ids that differ in letters and digits, not only in punctuation"
msgstr "gi teamene id-er som skiller seg i bokstaver og sifre, ikke bare i tegnsetting"

msgid "'{1}' could not be written to"
msgstr "det kunne ikke skrives til «{1}»"

msgid "another tavle run committed to '{1}' while this one was running ({2}); nothing was committed"
msgstr "en annen tavle-kjøring lagret i «{1}» mens denne kjørte ({2}); ingenting ble lagret"

msgid "run the command again: it will build on the other run's commit"
msgstr "kjør kommandoen igjen: den bygger da videre på den andre kjøringens commit"

msgid "{1} committed '{2}' ({3}) to the report repository '{4}' while this run was running; nothing was committed"
msgstr "{1} lagret «{2}» ({3}) i rapportarkivet «{4}» mens denne kjøringen pågikk; ingenting ble lagret"

msgid "commits by hand in the report repository are named by 'tavle verify'; run the command again once that commit is as it should be"
msgstr "commiter gjort for hånd i rapportarkivet navngis av «tavle verify»; kjør kommandoen igjen når den commiten er som den skal"

msgid "there is no report repository in '{1}' yet, so there is nothing to push"
msgstr "det finnes ikke noe rapportarkiv i «{1}» ennå, så det er ingenting å sende"

msgid "there is no report repository in '{1}' yet"
msgstr "det finnes ikke noe rapportarkiv i «{1}» ennå"

msgid "'tavle run' creates it with the first report"
msgstr "'tavle run' oppretter det med den første rapporten"

msgid "the report repository '{1}' could not be read: {2}"
msgstr "rapportarkivet «{1}» kunne ikke leses: {2}"

msgid "check that it is a git repository made by tavle"
msgstr "sjekk at det er et git-arkiv laget av tavle"

msgid "another tavle run committed to '{1}' while this one was running; nothing was committed"
msgstr "en annen tavle-kjøring lagret i «{1}» mens denne kjørte; ingenting ble lagret"

msgid "the report repository '{1}' could not be updated: {2}"
msgstr "rapportarkivet «{1}» kunne ikke oppdateres: {2}"

msgid "check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed"
msgstr "sjekk at mappen er skrivbar og er et git-arkiv laget av tavle (eller tom); ingenting ble lagret"

msgid "TAVLE_COMMIT_TIME '{1}' is not a time tavle can read"
msgstr "TAVLE_COMMIT_TIME «{1}» er ikke et tidspunkt tavle kan lese"

msgid "write it as 2021-01-20T09:00:00+01:00 (date, time and offset from UTC), or unset it to commit at the current time"
msgstr "skriv det som 2021-01-20T09:00:00+01:00 (dato, klokkeslett og avvik fra UTC), eller fjern variabelen for å bruke tiden nå"

msgid "'{1}' is not writable: {2}"
msgstr "«{1}» er ikke skrivbar: {2}"

msgid "choose another --output or fix the folder's permissions"
msgstr "velg en annen --output, eller rett mappens tilganger"

msgid "choose another --output (a new or empty folder), or the report folder tavle made"
msgstr "velg en annen --output (en ny eller tom mappe), eller rapportmappen tavle laget"

msgid "'{1}' holds files tavle did not make ({2}{3}); tavle makes its report repository only in a new or empty folder"
msgstr "«{1}» inneholder filer tavle ikke laget ({2}{3}); tavle lager rapportarkivet sitt bare i en ny eller tom mappe"

msgid "'{1}' holds a .git folder that is not a repository git can read: {2}"
msgstr "«{1}» har en .git-mappe som ikke er et arkiv git kan lese: {2}"

msgid "the branch '{1}' is checked out"
msgstr "grenen «{1}» er sjekket ut"

msgid "HEAD is detached (no branch is checked out)"
msgstr "HEAD er løsrevet (ingen gren er sjekket ut)"

msgid "in the report repository '{1}' {2}; tavle commits its reports to 'main'"
msgstr "i rapportarkivet «{1}» {2}; tavle lagrer rapportene sine på «main»"

msgid "check out main there ('git -C {1} checkout main'), or choose another --output"
msgstr "sjekk ut main der («git -C {1} checkout main»), eller velg en annen --output"

msgid "'{1}' is another project's repository: none of its commits (the last {2}, '{3}') was made by tavle"
msgstr "«{1}» er et annet prosjekts arkiv: ingen av commitene (den siste {2}, «{3}») ble laget av tavle"

msgid "'{1}' holds files tavle did not make ({2})"
msgstr "«{1}» inneholder filer tavle ikke laget ({2})"

msgid "choose another --output (a new or empty folder)"
msgstr "velg en annen --output (en ny eller tom mappe)"

msgid "the report folder '{1}' holds symbolic links, through which a run would write outside it: {2}"
msgstr "rapportmappen «{1}» inneholder symbolske lenker som en kjøring ville skrevet utenfor mappen gjennom: {2}"

msgid "remove them ('git -C {1} status' shows them); tavle makes folders and files, never links"
msgstr "fjern dem («git -C {1} status» viser dem); tavle lager mapper og filer, aldri lenker"

msgid "the report repository '{1}' has changes staged but not committed: {2}"
msgstr "rapportarkivet «{1}» har endringer som er lagt til, men ikke lagret: {2}"

msgid "reports in '{1}' were edited since tavle wrote them: {2}"
msgstr "rapporter i «{1}» er endret siden tavle skrev dem: {2}"

msgid "tavle writes only over files as it made them; keep the edits elsewhere, then run again with --discard-edits to put the files back as tavle made them (this discards the edits)"
msgstr "tavle skriver bare over filer slik den laget dem; ta vare på endringene et annet sted, og kjør så igjen med --discard-edits for å sette filene tilbake slik tavle laget dem (det forkaster endringene)"

msgid "the reports could not be written to '{1}': {2}"
msgstr "rapportene kunne ikke skrives til «{1}»: {2}"

msgid "check that the folder exists or can be created, and that you may write to it; nothing was changed"
msgstr "sjekk at mappen finnes eller kan opprettes, og at du har lov til å skrive i den; ingenting ble endret"

msgid "'{1}' could not be replaced: {2}"
msgstr "«{1}» kunne ikke erstattes: {2}"

msgid "the commit is made; run again to bring the working tree up to date"
msgstr "commiten er laget; kjør igjen for å oppdatere arbeidsmappen"

msgid "the report repository has no reports for the team '{1}'"
msgstr "rapportarkivet har ingen rapporter for teamet «{1}»"

msgid "check the team id; 'tavle log' lists the runs and their teams"
msgstr "sjekk team-id-en; 'tavle log' lister kjøringene og teamene deres"

msgid "is not a handout record tavle wrote"
msgstr "er ikke en utdelingslogg tavle skrev"

msgid "it was probably edited by hand; run 'tavle handout' again"
msgstr "den ble trolig redigert for hånd; kjør 'tavle handout' igjen"

msgid "is missing: the handout run recorded in {1} wrote it"
msgstr "mangler: utdelingskjøringen registrert i {1} skrev den"

msgid "run 'tavle handout' again to make it"
msgstr "kjør 'tavle handout' igjen for å lage den"

msgid "differs from what the handout run wrote ({1})"
msgstr "er annerledes enn det utdelingskjøringen skrev ({1})"

msgid "the file was changed after tavle made it; 'git log -p -- {1}' shows by whom"
msgstr "filen ble endret etter at tavle laget den; 'git log -p -- {1}' viser av hvem"

msgid "is not the page the handouts in {1} were made from"
msgstr "er ikke siden utdelingene i {1} ble laget av"

msgid "the report changed after the handouts were printed; run 'tavle handout' again"
msgstr "rapporten er endret etter at utdelingene ble skrevet ut; kjør 'tavle handout' igjen"

msgid "was not made by a tavle handout run (no handout record names it)"
msgstr "ble ikke laget av en utdelingskjøring i tavle (ingen utdelingslogg nevner den)"

msgid "it was probably added by hand; remove it, or run 'tavle handout' again"
msgstr "den ble trolig lagt til for hånd; fjern den, eller kjør 'tavle handout' igjen"

#: Sources/TavleAudit/ReportCitation.swift:66
msgid "the report repository has no run for gathering {1}"
msgstr "rapportarkivet har ingen kjøring for samling {1}"

#: Sources/TavleAudit/ReportCitation.swift:67
msgid "'tavle log' lists the runs and their gatherings; or name the notebook with --notebook"
msgstr "«tavle log» viser kjøringene og samlingene deres; eller oppgi notatboka med --notebook"

#: Sources/TavleAudit/ReportVerify.swift:192
msgid "the report repository has no run '{1}'"
msgstr "rapportarkivet har ingen kjøring «{1}»"

#: Sources/TavleAudit/ReportVerify.swift:193
msgid "'tavle log' lists the runs; name one by its commit, such as 4be0c21, or HEAD~1"
msgstr "«tavle log» viser kjøringene; oppgi én med sin commit, for eksempel 4be0c21, eller HEAD~1"

#: Sources/TavleAudit/ReportCitation.swift:74
msgid " for gathering {1}"
msgstr " for samling {1}"

#: Sources/TavleAudit/ReportCitation.swift:102
msgid "the report repository has no report '{1}.html'"
msgstr "rapportarkivet har ingen rapport «{1}.html»"

#: Sources/TavleAudit/ReportVerify.swift:212
msgid "reports"
msgstr "rapporter"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid "the report repository has no report '{1}.html'{2}{3}"
msgstr "rapportarkivet har ingen rapport «{1}.html»{2}{3}"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid " in the run {1}"
msgstr " i kjøringen {1}"

#: Sources/TavleAudit/ReportCitation.swift:77
msgid "'tavle log --team ID' lists the runs of a team; name the report as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "«tavle log --team ID» viser kjøringene til et team; oppgi rapporten slik arkivet har den, for eksempel molde-sykehjem-2/samling-3.html"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "the manifest of '{1}.html' in the run {2} cannot be read"
msgstr "manifestet til «{1}.html» i kjøringen {2} kan ikke leses"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "'tavle verify' says what is wrong with it"
msgstr "«tavle verify» sier hva som er galt med det"

#: Sources/TavleAudit/ReportCitation.swift:108
msgid "{1}. {2} ({3}, version {4})"
msgstr "{1}. {2} ({3}, versjon {4})"

#: Sources/TavleAudit/ReportCitation.swift:109
msgid ", gathering {1}"
msgstr ", samling {1}"

#: Sources/TavleAudit/ReportCitation.swift:112
msgid "Made {1} by {2} with {3}."
msgstr "Laget {1} av {2} med {3}."

#: Sources/TavleAudit/ReportCitation.swift:114
msgid "Report repository: commit {1}, {2} (blob {3})."
msgstr "Rapportarkiv: commit {1}, {2} (blob {3})."

#: Sources/TavleAudit/ReportCitation.swift:116
msgid "Notebook blob {1}; journal blob {2}."
msgstr "Notatbok-blob {1}; journal-blob {2}."

#: Sources/TavleAudit/ReportCitation.swift:117
msgid "Data {1}: {2}."
msgstr "Data {1}: {2}."

#: Sources/TavleAudit/ReportCitation.swift:120
msgid "Parameters: {1}."
msgstr "Parametre: {1}."

#: Sources/TavleAudit/ReportCitation.swift:122
msgid "Prove it: {1}"
msgstr "Bevis den: {1}"

msgid "the run {1} is the first in the report repository; there is nothing before it to compare with"
msgstr "kjøringen {1} er den første i rapportarkivet; det er ingenting før den å sammenligne med"

msgid "'tavle log' lists the runs; name two of them: tavle diff REV1 REV2"
msgstr "'tavle log' lister kjøringene; oppgi to av dem: tavle diff REV1 REV2"

msgid "there is no run '{1}' in the report repository"
msgstr "det finnes ingen kjøring «{1}» i rapportarkivet"

msgid "'tavle log' lists the runs with their commits; use one of those, or HEAD~1 for the run before the last"
msgstr "'tavle log' lister kjøringene med commit; bruk en av dem, eller HEAD~1 for kjøringen før den siste"

msgid "From"
msgstr "Fra"

msgid "to"
msgstr "til"

msgid "Nothing changed."
msgstr "Ingenting er endret."

msgid "Notebook"
msgstr "Notatbok"

msgid "new"
msgstr "ny"

msgid "version"
msgstr "versjon"

msgid "removed"
msgstr "fjernet"

msgid "version {1}, changed without a new version number"
msgstr "versjon {1}, endret uten nytt versjonsnummer"

msgid "changed"
msgstr "endret"

msgid "line"
msgstr "linje"

msgid "parameter"
msgstr "parameter"

msgid "added"
msgstr "lagt til"

msgid "new reports"
msgstr "nye rapporter"

msgid "reports changed"
msgstr "endrede rapporter"

msgid "{1} row"
msgstr "{1} rad"

msgid "{1} rows"
msgstr "{1} rader"

msgid "teams"
msgstr "team"

#: Sources/TavleAudit/ReportHistory.swift:55
msgid "the report repository has no runs of the notebook '{1}'"
msgstr "rapportarkivet har ingen kjøringer av notatboken «{1}»"

#: Sources/TavleAudit/ReportHistory.swift:56
msgid "notebooks"
msgstr "notatbøker"

msgid "No {1} recorded for team {2}.\n"
msgstr "Ingen {1} registrert for teamet {2}.\n"

msgid "gathering"
msgstr "samling"

msgid "revised"
msgstr "revidert"

msgid "set aside"
msgstr "lagt bort"

msgid "removed (was"
msgstr "fjernet (var"

msgid "indicator at that time"
msgstr "indikatoren da"

msgid "goal"
msgstr "mål"

msgid "indicator"
msgstr "indikator"

msgid "pdsa"
msgstr "pdsa"

msgid "decision"
msgstr "beslutning"

msgid "answer"
msgstr "svar"

msgid "measurement"
msgstr "måling"

msgid "correction"
msgstr "rettelse"

msgid " for team {1}"
msgstr " for teamet {1}"

msgid " of {1}"
msgstr " av {1}"

msgid "No runs recorded{1}{2}.\n"
msgstr "Ingen kjøringer registrert{1}{2}.\n"

msgid "    Teams: {1}\n"
msgstr "    Team: {1}\n"

msgid "the report repository '{1}' could not be opened: {2}"
msgstr "rapportarkivet «{1}» kunne ikke åpnes: {2}"

msgid "no remote to push to: give one, or add 'remote:' to {1}"
msgstr "ikke noe fjernarkiv å sende til: oppgi ett, eller legg til «remote:» i {1}"

msgid "for example 'tavle push /srv/delt/rapporter.git', or in tavle.yaml 'remote: https://git.kommune.no/nettverk/rapporter.git'"
msgstr "for eksempel 'tavle push /srv/delt/rapporter.git', eller i tavle.yaml «remote: https://git.kommune.no/nettverk/rapporter.git»"

msgid "there is no repository at '{1}' to push to"
msgstr "det finnes ikke noe arkiv i «{1}» å sende til"

msgid "check the path, or make a shared repository there first: git init --bare --initial-branch=main {1}"
msgstr "sjekk stien, eller lag først et delt arkiv der: git init --bare --initial-branch=main {1}"

msgid "the report repository '{1}' has no runs yet, so there is nothing to push"
msgstr "rapportarkivet «{1}» har ingen kjøringer ennå, så det er ingenting å sende"

msgid "run a notebook first: tavle run NOTEBOOK --all-teams"
msgstr "kjør en notatbok først: tavle run NOTATBOK --all-teams"

msgid "'{1}' has runs that '{2}' does not have (its main is at {3}); nothing was pushed"
msgstr "«{1}» har kjøringer som «{2}» ikke har (main står på {3}); ingenting ble sendt"

msgid "another report repository has pushed there. Tavle never overwrites or merges report histories: push to a remote of your own, or ask who owns this one"
msgstr "et annet rapportarkiv har sendt dit. Tavle overskriver eller fletter aldri rapporthistorikk: send til et eget fjernarkiv, eller spør hvem som eier dette"

msgid "'{1}' refused the update: {2}; nothing was pushed"
msgstr "«{1}» avviste oppdateringen: {2}; ingenting ble sendt"

msgid "ask whoever runs the remote whether this repository may push to its main branch"
msgstr "spør den som drifter fjernarkivet om dette arkivet kan sende til main-grenen"

msgid "'{1}' did not accept the credentials: {2}"
msgstr "«{1}» godtok ikke påloggingen: {2}"

msgid "for ssh, load your key into ssh-agent (ssh-add); for https, set TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token)"
msgstr "for ssh: legg nøkkelen din i ssh-agent (ssh-add); for https: sett TAVLE_PUSH_USERNAME og TAVLE_PUSH_PASSWORD (et token)"

msgid "could not push to '{1}': {2}"
msgstr "kunne ikke sende til «{1}»: {2}"

msgid "check the address; a shared folder must hold a repository made with 'git init --bare --initial-branch=main'"
msgstr "sjekk adressen; en delt mappe må inneholde et arkiv laget med 'git init --bare --initial-branch=main'"

msgid "differs in the working tree from the last commit"
msgstr "er annerledes i arbeidsmappen enn i siste commit"

msgid "is missing from the working tree"
msgstr "mangler i arbeidsmappen"

msgid "has changes staged but not committed"
msgstr "har endringer lagt til, men ikke lagret"

msgid "'git -C {1} diff' shows it; 'git -C {2} checkout -- {3}' puts it back"
msgstr "«git -C {1} diff» viser det; «git -C {1} checkout -- {3}» setter den tilbake"

msgid "no workspace (tavle.yaml) was found, so the recorded queries were not re-run"
msgstr "ingen tavle.yaml ble funnet, så de registrerte spørringene ble ikke kjørt på nytt"

#: Sources/TavleAudit/ReportVerify.swift:209
msgid "the report repository has no report '{1}' in the run {2}"
msgstr "rapportarkivet har ingen rapport «{1}» i kjøringen {2}"

#: Sources/TavleAudit/ReportVerify.swift:211
msgid "name a report file as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "oppgi en rapportfil slik arkivet har den, for eksempel molde-sykehjem-2/samling-3.html"

#: Sources/TavleAudit/ReportVerify.swift:246
msgid "'git -C {1} checkout -- {2}' puts it back"
msgstr "«git -C {1} checkout -- {2}» legger den tilbake"

msgid "is a symbolic link; tavle never commits one, and a run in another clone would write through it"
msgstr "er en symbolsk lenke; tavle lagrer aldri en, og en kjøring i en annen klon ville skrevet gjennom den"

msgid "remove it from the report repository ('git rm')"
msgstr "fjern den fra rapportarkivet («git rm»)"

msgid "is a run whose recorded previous commit ({1}) is not its parent ({2}): the history before it was rewritten (a run amended, dropped or squashed)"
msgstr "er en kjøring der den registrerte forrige commiten ({1}) ikke er forelderen ({2}): historikken før den er skrevet om (en kjøring endret, fjernet eller slått sammen)"

msgid "none"
msgstr "ingen"

msgid "compare with a clone made before the rewrite, or the shared remote"
msgstr "sammenlign med en klon laget før omskrivingen, eller det delte fjernarkivet"

msgid "was removed by a commit tavle did not make ('{1}')"
msgstr "ble fjernet av en commit tavle ikke laget («{1}»)"

msgid "restore it with 'git revert {1}'; a run made after the removal cannot tell what the team's goals were"
msgstr "gjenopprett den med «git revert {1}»; en kjøring etter fjerningen kan ikke se hva teamets mål var"

msgid "was {1} by a commit tavle did not make ('{2}' by {3})"
msgstr "ble {1} av en commit tavle ikke laget («{2}» av {3})"

msgid "only tavle writes reports, journal copies and ledgers; undo it with 'git revert {1}' unless it was meant"
msgstr "bare tavle skriver rapporter, journalkopier og registre; angre med «git revert {1}» om den ikke var ment"

msgid "has no manifest ({1}), so it cannot be traced to what it was made from"
msgstr "har ikke noe manifest ({1}), så den kan ikke spores tilbake til det den ble laget av"

msgid "a report tavle made always has one; this file was probably added by hand"
msgstr "en rapport laget av tavle har alltid et; denne filen ble trolig lagt til for hånd"

msgid "the journal copy does not parse: {1}"
msgstr "journalkopien kan ikke leses: {1}"

msgid "the copy is written by tavle; it was probably edited by hand"
msgstr "kopien skrives av tavle; den ble trolig redigert for hånd"

msgid "is missing: the run that made this report wrote it"
msgstr "mangler: kjøringen som laget denne rapporten, skrev den"

msgid "run the notebook again to restore it"
msgstr "kjør notatboken igjen for å gjenopprette den"

msgid "differs from what tavle makes from the recorded notebook, data and journal"
msgstr "er annerledes enn det tavle lager av den registrerte notatboken, dataene og journalen"

msgid "the report was made by {1} and this is tavle {2}; a newer tavle may render differently"
msgstr "rapporten ble laget av {1}, og dette er tavle {2}; en nyere tavle kan vise den annerledes"

msgid "the committed file was changed after tavle made it; 'git log -p -- {1}' in the report repository shows by whom"
msgstr "den lagrede filen ble endret etter at tavle laget den; 'git log -p -- {1}' i rapportarkivet viser av hvem"

msgid "could not be made again: "
msgstr "kunne ikke lages på nytt: "

msgid "run the notebook again with this tavle; the new commit will be verifiable"
msgstr "kjør notatboken igjen med denne tavle; den nye commiten vil kunne etterprøves"

msgid "the file was probably edited by hand"
msgstr "filen ble trolig redigert for hånd"

msgid "the manifest"
msgstr "manifestet"

msgid "is not a manifest tavle can read"
msgstr "er ikke et manifest tavle kan lese"

msgid "was written by {1}, which did not record everything needed to make the report again"
msgstr "ble skrevet av {1}, som ikke registrerte alt som trengs for å lage rapporten på nytt"

msgid "the notebook copy"
msgstr "notatbokkopien"

msgid "names a notebook copy that does not parse: "
msgstr "viser til en notatbokkopi som ikke kan leses: "

msgid "names the unknown language '{1}'"
msgstr "oppgir det ukjente språket «{1}»"

msgid "does not record the library prompts its notebook uses: "
msgstr "registrerer ikke bibliotekspørsmålene notatboken bruker: "

msgid "the journal copy"
msgstr "journalkopien"

msgid "names a journal copy that does not parse: "
msgstr "viser til en journalkopi som ikke kan leses: "

msgid "records the parameter {1} = '{2}', which {3}"
msgstr "registrerer parameteren {1} = «{2}», som {3}"

msgid "the data of the query '{1}'"
msgstr "dataene til spørringen «{1}»"

msgid "names data for the query '{1}' that is not CSV: {2}"
msgstr "viser til data for spørringen «{1}» som ikke er CSV: {2}"

msgid "the data file was probably edited by hand"
msgstr "datafilen ble trolig redigert for hånd"

msgid "does not agree with the data it names for the query '{1}'"
msgstr "stemmer ikke med dataene det viser til for spørringen «{1}»"

msgid "the manifest or the data was probably edited by hand"
msgstr "manifestet eller dataene ble trolig redigert for hånd"

msgid "records '{1}' in {2} line {3}, which is not of the recorded type"
msgstr "registrerer «{1}» i {2} linje {3}, som ikke er av den registrerte typen"

msgid "names {1} ({2}), which is not in the repository"
msgstr "viser til {1} ({2}), som ikke finnes i arkivet"

msgid "the repository was rewritten or damaged; restore it from a clone"
msgstr "arkivet ble skrevet om eller skadet; gjenopprett det fra en klon"

msgid "{1} commit"
msgstr "{1} commit"

msgid "{1} commits"
msgstr "{1} commits"

msgid "{1} report"
msgstr "{1} rapport"

msgid "{1} reports"
msgstr "{1} rapporter"

msgid "Walked {1}; made {2} again from what the repository recorded"
msgstr "Gikk gjennom {1}; laget {2} på nytt fra det arkivet registrerte"

msgid ": every committed file is what tavle made.\n"
msgstr ": hver lagret fil er slik tavle laget den.\n"

msgid ": {1} found.\n"
msgstr ": fant {1}.\n"

msgid "{1} problem"
msgstr "{1} problem"

msgid "{1} problems"
msgstr "{1} problemer"

#: Sources/TavleAudit/VerifyText.swift:17
msgid "commit"
msgstr "commit"

msgid "      line {1} as committed: {2}\n"
msgstr "      linje {1} slik den ble lagret: {2}\n"

msgid "      line {1} as made:      {2}\n"
msgstr "      linje {1} slik den ble laget:  {2}\n"

msgid "hint"
msgstr "tips"

msgid "The live data was not checked: {1} (use --workspace).\n"
msgstr "Dataene slik de er nå, ble ikke sjekket: {1} (bruk --workspace).\n"

msgid "{1} recorded query"
msgstr "{1} registrert spørring"

msgid "{1} recorded queries"
msgstr "{1} registrerte spørringer"

msgid "Ran {1} again against the live data"
msgstr "Kjørte {1} på nytt mot dataene slik de er nå"

msgid ": every value a report showed is still the same.\n"
msgstr ": hver verdi en rapport viste, er fortsatt den samme.\n"

msgid ": 1 value has changed since a report showed it"
msgstr ": 1 verdi er endret siden en rapport viste den"

msgid ": {1} values have changed since a report showed them"
msgstr ": {1} verdier er endret siden en rapport viste dem"

msgid ", {1} of them corrected with a recorded reason"
msgstr ", {1} av dem rettet med en registrert begrunnelse"

msgid "→ (row no longer in the data)"
msgstr "→ (raden finnes ikke lenger i dataene)"

msgid "since the report of {1} (commit {2})\n"
msgstr "siden rapporten fra {1} (commit {2})\n"

msgid "      corrected {1}: {2}\n"
msgstr "      rettet {1}: {2}\n"

msgid "      the newer report of {1} (commit {2}) shows the new value\n"
msgstr "      den nyere rapporten fra {1} (commit {2}) viser den nye verdien\n"

msgid "      changed since the report, not yet in a newer one\n"
msgstr "      endret siden rapporten, ikke med i noen nyere ennå\n"

msgid "if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it"
msgstr "ble dataene rettet med vilje, skriv hvorfor i corrections.yaml (team, indicator, period, date, reason); ellers finn ut hvem som endret dem"

msgid "Check every recorded report against what it was made from, and the data against the live source."
msgstr "Sjekk hver registrerte rapport mot det den ble laget av, og dataene mot kilden slik den er nå."

#: Sources/TavleCLI/AuditCommands.swift:12
msgid ""
"Walks every commit of the report repository. Wherever a report changed, it is made again from what the repository recorded beside it (the notebook copy, the query results and the team's journal) and compared byte for byte with the committed HTML, Markdown, manifest, data and ledger files; a file edited by hand is named with the commit that changed it. Then every recorded query is run again against the workspace's data as it is now, and each value a report showed that the data now gives differently is listed with the date of the last report that showed it. Exits with 1 if anything differs.\n"
"\n"
"With --file (and --commit) it proves one report: made again from what that run recorded and compared file by file, each listed with its git blob id. Verify writes nothing into the workspace.\n"
"\n"
"Examples:\n"
"  tavle verify\n"
"  tavle verify --team molde-sykehjem-2\n"
"  tavle verify --file molde-sykehjem-2/samling-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"
msgstr ""
"Går gjennom hver commit i rapportarkivet. Der en rapport er endret, lages den på nytt av det arkivet registrerte ved siden av den (notatbokkopien, spørringsresultatene og teamets journal) og sammenlignes byte for byte med lagret HTML, Markdown, manifest, data og loggfiler; en fil som er redigert for hånd, navngis med commiten som endret den. Deretter kjøres hver registrerte spørring på nytt mot dataene slik de er nå, og hver verdi en rapport viste som dataene nå gir annerledes, listes med datoen for den siste rapporten som viste den. Avslutter med 1 hvis noe er ulikt.\n"
"\n"
"Med --file (og --commit) beviser den én rapport: laget på nytt av det den kjøringen registrerte og sammenlignet fil for fil, hver med sin git-blob-id. Verify skriver ingenting i arbeidsområdet.\n"
"\n"
"Eksempler:\n"
"  tavle verify\n"
"  tavle verify --team molde-sykehjem-2\n"
"  tavle verify --file molde-sykehjem-2/samling-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"

msgid "Only this team's reports."
msgstr "Bare dette teamets rapporter."

#: Sources/TavleCLI/AuditCommands.swift:39
msgid "Only the reports of this run (a commit as 'tavle log' lists it)."
msgstr "Bare rapportene fra denne kjøringen (en commit slik «tavle log» viser den)."

#: Sources/TavleCLI/AuditCommands.swift:42
msgid "Only this report (a file in the report repository); with --commit, as that run made it."
msgstr "Bare denne rapporten (en fil i rapportarkivet); med --commit slik den kjøringen laget den."

msgid "Check the reports only; do not re-run the queries against the live data."
msgstr "Sjekk bare rapportene; ikke kjør spørringene på nytt mot dataene."

msgid "text or json."
msgstr "text eller json."

msgid "What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers."
msgstr "Hva som endret seg mellom to kjøringer: notatbøker, data, parametere, mål, PDSA-sirkler, beslutninger, svar."

msgid ""
"Compares two commits of the report repository. REV1 and REV2 are runs as 'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before the last). Without REV2 the last run is compared; without either, the last run with the one before it.\n"
"\n"
"Examples:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team molde-sykehjem-2"
msgstr ""
"Sammenligner to commits i rapportarkivet. REV1 og REV2 er kjøringer slik 'tavle log' lister dem (en commit som 4be0c21, eller HEAD~1 for kjøringen før den siste). Uten REV2 sammenlignes den siste kjøringen; uten begge, den siste kjøringen med den før.\n"
"\n"
"Eksempler:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team molde-sykehjem-2"

msgid "The earlier run."
msgstr "Den tidligere kjøringen."

msgid "The later run (default: the last)."
msgstr "Den senere kjøringen (standard: den siste)."

msgid "Only this team."
msgstr "Bare dette teamet."

#: Sources/TavleCLI/AuditCommands.swift:112
msgid "How to cite one report: its run, file, notebook, data and journal by their git ids."
msgstr "Hvordan én rapport siteres: kjøringen, fila, notatboka, dataene og journalen med sine git-id-er."

#: Sources/TavleCLI/AuditCommands.swift:113
msgid ""
"Names one report exactly, from the report repository alone: the run (commit, time, author), the report file and its blob, the notebook version and blob, the blobs of the data and the journal it was made from, the parameters and the tool. Name the report by its file, or by --team and --notebook (the last run, or the one for --gathering; --team and --gathering alone name that gathering's notebook). 'tavle verify --file' proves what the citation names.\n"
"\n"
"Examples:\n"
"  tavle cite molde-sykehjem-2/samling-3.html\n"
"  tavle cite --team molde-sykehjem-2 --notebook samling-3 --gathering 3 --format bibtex\n"
"  tavle cite molde-sykehjem-2/samling-3.html --commit 795d64e --format json"
msgstr ""
"Navngir én rapport nøyaktig, bare fra rapportarkivet: kjøringen (commit, tid, forfatter), rapportfila og dens blob, notatbokas versjon og blob, blobene til dataene og journalen den ble laget av, parametrene og verktøyet. Oppgi rapporten med fila, eller med --team og --notebook (den siste kjøringen, eller den for --gathering; --team og --gathering alene viser til den samlingens notatbok). «tavle verify --file» beviser det sitatet navngir.\n"
"\n"
"Eksempler:\n"
"  tavle cite molde-sykehjem-2/samling-3.html\n"
"  tavle cite --team molde-sykehjem-2 --notebook samling-3 --gathering 3 --format bibtex\n"
"  tavle cite molde-sykehjem-2/samling-3.html --commit 795d64e --format json"

#: Sources/TavleCLI/AuditCommands.swift:129
msgid "The report: a file in the report repository."
msgstr "Rapporten: en fil i rapportarkivet."

#: Sources/TavleCLI/AuditCommands.swift:132
msgid "The team whose report to cite (with --notebook)."
msgstr "Teamet hvis rapport skal siteres (med --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:135
msgid "The notebook of the report (with --team)."
msgstr "Rapportens notatbok (med --team)."

#: Sources/TavleCLI/AuditCommands.swift:138
msgid "The report for this gathering (with --team and --notebook)."
msgstr "Rapporten til denne samlingen (med --team og --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:141
msgid "The report as this run made it (a commit as 'tavle log' lists it)."
msgstr "Rapporten slik denne kjøringen laget den (en commit slik «tavle log» viser den)."

#: Sources/TavleCLI/AuditCommands.swift:144
msgid "text, bibtex or json."
msgstr "text, bibtex eller json."

#: Sources/TavleCLI/AuditCommands.swift:151
msgid "name the report: its file (tavle cite molde-sykehjem-2/samling-3.html), or --team and --notebook"
msgstr "oppgi rapporten: fila (tavle cite molde-sykehjem-2/samling-3.html), eller --team og --notebook"

#: Sources/TavleCLI/AuditCommands.swift:154
msgid "name the report by its file or by --team and --notebook, not both"
msgstr "oppgi rapporten med fila eller med --team og --notebook, ikke begge"

msgid "Move the workspace's data."
msgstr "Flytt arbeidsområdets data."

msgid "Copy the workspace's data into a PostgreSQL database."
msgstr "Kopier arbeidsområdets data til en PostgreSQL-database."

msgid ""
"Creates each table of the workspace's data (a folder of .sql and .csv files, a csv: folder or a SQLite file) in the database and copies its rows, in one transaction. Whole numbers become BIGINT, other numbers DOUBLE PRECISION and the rest TEXT, so that the notebooks read the same values back; primary keys are kept. The password comes from PGPASSWORD or ~/.pgpass. Then point tavle.yaml's 'data:' at the same address.\n"
"\n"
"Examples:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"
msgstr ""
"Oppretter hver tabell i arbeidsområdets data (en mappe med .sql- og .csv-filer, en csv:-mappe eller en SQLite-fil) i databasen og kopierer radene, i én transaksjon. Heltall blir BIGINT, andre tall DOUBLE PRECISION og resten TEXT, så notatbøkene leser de samme verdiene tilbake; primærnøkler beholdes. Passordet hentes fra PGPASSWORD eller ~/.pgpass. Pek så «data:» i tavle.yaml på den samme adressen.\n"
"\n"
"Eksempler:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"

msgid "The database: postgres://user@host:port/database."
msgstr "Databasen: postgres://bruker@vert:port/database."

msgid "Where to look for tavle.yaml."
msgstr "Hvor tavle.yaml skal letes etter."

msgid "Replace tables the database already has."
msgstr "Erstatt tabeller databasen allerede har."

msgid "Loaded {1} tables, {2} rows, into {3}: {4}."
msgstr "Lastet {1} tabeller, {2} rader, inn i {3}: {4}."

#: Sources/TavleCLI/ExportCommand.swift:9
msgid "The report repository as tidy tables for research, with a codebook."
msgstr "Rapportarkivet som ryddige tabeller for forskning, med kodebok."

#: Sources/TavleCLI/ExportCommand.swift:10
msgid ""
"Writes what every report showed and recorded as tables a statistician loads in one line: runs, reports, teams, measurements (one row per point of every chart of every report: a panel), changes (values a later report showed differently), goals, goal revisions, PDSA cycles, decisions, the prompts each run asked and the answers given. Missing values are empty, never 0; numbers are in full. --format datapackage (the default) writes CSV files with datapackage.json (Frictionless Data Package) and codebook.md; csv writes the CSV files and the codebook; json writes one document with every row inline. The codebook is also in docs/export-codebook.md.\n"
"\n"
"Examples:\n"
"  tavle export --to eksport\n"
"  tavle export --to eksport --team molde-sykehjem-2 --since 2021-06-01\n"
"  tavle export --format json --gathering 3 > samling-3.json"
msgstr ""
"Skriver det hver rapport viste og registrerte, som tabeller en statistiker leser inn på én linje: kjøringer, rapporter, team, målinger (én rad per punkt i hvert diagram i hver rapport: et panel), endringer (verdier en senere rapport viste annerledes), mål, målrevisjoner, PDSA-sykluser, beslutninger, refleksjonsspørsmålene hver kjøring stilte og svarene som ble gitt. Verdier som mangler er tomme, aldri 0; tall skrives fullt ut. --format datapackage (standard) skriver CSV-filer med datapackage.json (Frictionless Data Package) og codebook.md; csv skriver CSV-filene og kodeboka; json skriver ett dokument med alle radene i seg. Kodeboka står også i docs/export-codebook.md.\n"
"\n"
"Eksempler:\n"
"  tavle export --to eksport\n"
"  tavle export --to eksport --team molde-sykehjem-2 --since 2021-06-01\n"
"  tavle export --format json --gathering 3 > samling-3.json"

#: Sources/TavleCLI/ExportCommand.swift:28
msgid "The folder to write into (made if need be; only a new folder or an earlier export). With --format json, the file; standard output without it."
msgstr "Mappen eksporten skrives til (lages om nødvendig; bare en ny mappe eller en tidligere eksport). Med --format json: fila; uten den standard ut."

#: Sources/TavleCLI/ExportCommand.swift:31
msgid "datapackage, csv or json."
msgstr "datapackage, csv eller json."

#: Sources/TavleCLI/ExportCommand.swift:34
msgid "Only this team's reports and journal."
msgstr "Bare dette teamets rapporter og journal."

#: Sources/TavleCLI/ExportCommand.swift:37
msgid "Only runs committed on or after this day."
msgstr "Bare kjøringer lagret denne dagen eller senere."

#: Sources/TavleCLI/ExportCommand.swift:40
msgid "Only runs committed on or before this day; later runs are as if not yet made."
msgstr "Bare kjøringer lagret denne dagen eller tidligere; senere kjøringer regnes som ikke gjort ennå."

#: Sources/TavleCLI/ExportCommand.swift:43
msgid "Only the runs for this gathering."
msgstr "Bare kjøringene for denne samlingen."

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "--until ({1}) is before --since ({2}): no run can be in between"
msgstr "--until ({1}) er før --since ({2}): ingen kjøring kan ligge mellom dem"

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "the {1} export is a folder of files: name it with --to, such as --to export"
msgstr "eksporten som {1} er en mappe med filer: gi den et navn med --to, for eksempel --to eksport"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} file"
msgstr "{1} fil"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} files"
msgstr "{1} filer"

#: Sources/TavleCLI/ExportCommand.swift:80
msgid "Wrote {1} with {2} to {3}; the columns are described in {4}/codebook.md."
msgstr "Skrev {1} med {2} til {3}; kolonnene er forklart i {4}/codebook.md."

msgid "Make a gathering's handouts: one per team, an overview for the facilitator, and an index."
msgstr "Lag utdelingene til en samling: én per team, en oversikt for veilederen og en innholdsside."

msgid ""
"Runs the notebook for the chosen teams as 'tavle run' does, and adds handouts/<notebook-id>/overview.html (every team on one page: a small chart per indicator, who has answered the prompts, how goals changed since the last gathering) and handouts/<notebook-id>/index.html, which links them all. All of it is one commit. With --pdf each handout and the overview are also printed to A4 PDF with headless Chromium and committed beside them; without Chromium the HTML is made all the same and tavle says how to install it.\n"
"\n"
"Examples:\n"
"  tavle handout Notebooks/samling-3.md --all-teams\n"
"  tavle handout Notebooks/samling-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/samling-3.md --team molde-sykehjem-2 --team alesund-sjukeheim-a"
msgstr ""
"Kjører notatboken for de valgte teamene slik 'tavle run' gjør, og legger til handouts/<notatbok-id>/overview.html (alle team på én side: et lite diagram per indikator, hvem som har svart på spørsmålene, hvordan målene har endret seg siden forrige samling) og handouts/<notatbok-id>/index.html, som lenker til alt. Alt er én commit. Med --pdf skrives hver utdeling og oversikten også ut til A4-PDF med Chromium uten vindu, og lagres ved siden av; uten Chromium lages HTML-en likevel, og tavle forteller hvordan Chromium installeres.\n"
"\n"
"Eksempler:\n"
"  tavle handout Notebooks/samling-3.md --all-teams\n"
"  tavle handout Notebooks/samling-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/samling-3.md --team molde-sykehjem-2 --team alesund-sjukeheim-a"

msgid "Write the handouts here instead of the workspace's output folder."
msgstr "Skriv utdelingene hit i stedet for til arbeidsområdets rapportmappe."

msgid "Also print every handout and the overview to PDF with headless Chromium."
msgstr "Skriv også ut hver utdeling og oversikten til PDF med Chromium uten vindu."

msgid "Why these handouts were made, for their commit (shown by tavle log and git log)."
msgstr "Hvorfor utdelingene ble laget, til commiten (vises av tavle log og git log)."

msgid "Made {1} of {2}{3} in {4} s; "
msgstr "Laget {1} fra {2}{3} på {4} s; "

msgid "1 handout"
msgstr "1 utdeling"

msgid "{1} handouts"
msgstr "{1} utdelinger"

msgid " and {1} PDFs"
msgstr " og {1} PDF-er"

msgid "Open {1} for the overview and every handout."
msgstr "Åpne {1} for oversikten og alle utdelingene."

msgid "note: "
msgstr "merk: "

msgid "The report repository to read."
msgstr "Rapportarkivet som skal leses."

msgid "; or name the report repository itself with --output DIR"
msgstr "; eller oppgi selve rapportarkivet med --output MAPPE"

msgid "name the report repository with --output DIR"
msgstr "oppgi rapportarkivet med --output MAPPE"

#: Sources/TavleCLI/ExportCommand.swift:51
msgid "{1} should be a date written YYYY-MM-DD, such as 2021-09-01, but it is '{2}'"
msgstr "{1} skal være en dato skrevet ÅÅÅÅ-MM-DD, som 2021-09-01, men er «{2}»"

msgid "A team's goals, PDSA cycles, decisions, answers or measurements over time."
msgstr "Et teams mål, PDSA-sirkler, beslutninger, svar eller målinger over tid."

msgid ""
"Reads the ledger every run committed to the report repository and shows each change, oldest first: when, in which run (notebook, version, gathering), by whom, the old and the new value, the reason given for a changed goal, and the indicator's value at that time.\n"
"\n"
"Examples:\n"
"  tavle history goals --team molde-sykehjem-2\n"
"  tavle history pdsa --team molde-sykehjem-2 --format json\n"
"  tavle history goals --team molde-sykehjem-2 --format html > mal.html"
msgstr ""
"Leser loggen hver kjøring lagret i rapportarkivet, og viser hver endring, eldste først: når, i hvilken kjøring (notatbok, versjon, samling), av hvem, gammel og ny verdi, begrunnelsen for et endret mål, og indikatorens verdi på det tidspunktet.\n"
"\n"
"Eksempler:\n"
"  tavle history goals --team molde-sykehjem-2\n"
"  tavle history pdsa --team molde-sykehjem-2 --format json\n"
"  tavle history goals --team molde-sykehjem-2 --format html > mal.html"

msgid "goals, indicators, pdsa, decisions, answers, measurements or corrections."
msgstr "goals, indicators, pdsa, decisions, answers, measurements eller corrections."

msgid "The team whose history to show."
msgstr "Teamet historikken gjelder."

msgid "text, json, or html (for goals: a page with each goal's changes beside its run chart)."
msgstr "text, json eller html (for mål: en side med hvert måls endringer ved siden av seriediagrammet)."

msgid "the HTML page shows goals; for {1} use --format text or json (tavle history goals --team {2} --format html > goals.html)"
msgstr "HTML-siden viser mål; for {1} bruk --format text eller json (tavle history goals --team {2} --format html > mal.html)"

msgid "Every recorded change, one tidy row each, for research."
msgstr "Hver registrerte endring, én ryddig rad hver, for forskning."

#: Sources/TavleCLI/HistoryCommands.swift:117
msgid ""
"One row per changed field of a goal, indicator, PDSA cycle, decision, answer or measurement, with the commit, time, author, team, gathering and notebook version it came from. The columns are described in docs/history-and-verify.md.\n"
"\n"
"Examples:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"
msgstr ""
"Én rad per endret felt i et mål, en indikator, en PDSA-sirkel, en beslutning, et svar eller en måling, med commit, tid, forfatter, team, samling og notatbokversjon den kom fra. Kolonnene er forklart i docs/history-and-verify.md.\n"
"\n"
"Eksempler:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"

msgid "Only this team's changes."
msgstr "Bare dette teamets endringer."

msgid "Only changes committed on or after this day (UTC)."
msgstr "Bare endringer lagret denne dagen eller senere (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:137
msgid "Only changes committed on or before this day (UTC)."
msgstr "Bare endringer lagret denne dagen eller tidligere (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:140
msgid "Only changes of this kind (goal, indicator, pdsa, decision, answer, measurement, correction); repeat for several."
msgstr "Bare endringer av denne typen (goal, indicator, pdsa, decision, answer, measurement, correction); gjenta for flere."

#: Sources/TavleCLI/HistoryCommands.swift:143
msgid "Only changes made by the runs for this gathering."
msgstr "Bare endringer fra kjøringene for denne samlingen."

msgid "csv or json."
msgstr "csv eller json."

msgid "Read the numbers from filled-in preparation forms into the workspace's data."
msgstr "Les tallene fra utfylte forberedelsesskjemaer inn i arbeidsområdets data."

msgid ""
"A notebook's ```form``` cell is a preparation form (forberedelsesskjema): the numbers each participant looks up and brings to the meeting. Type them into a spreadsheet and save it as CSV, one participant per row:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"or one number per row (team,indicator,period,value), or write a YAML file (period: 2023-01, then teams: with each team's numbers). Every number is checked against its form (unit and range), the team list and the data; if anything is wrong, every problem is listed and nothing is imported. Otherwise the numbers are added to the table 'measurements' (data/measurements.csv for a folder of text data), where the next report and handout chart them.\n"
"\n"
"Examples:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"
msgstr ""
"En ```form```-celle i en notatbok er et forberedelsesskjema: tallene hver deltaker slår opp og tar med til møtet. Skriv dem inn i et regneark og lagre det som CSV, én deltaker per rad:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"eller ett tall per rad (team,indikator,periode,verdi), eller skriv en YAML-fil (period: 2023-01, deretter teams: med hvert teams tall). Hvert tall sjekkes mot skjemaet (enhet og grenser), teamlisten og dataene; er noe feil, listes alle problemene og ingenting importeres. Ellers legges tallene til i tabellen 'measurements' (data/measurements.csv for en mappe med tekstdata), der neste rapport og utdeling viser dem.\n"
"\n"
"Eksempler:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"

msgid "The filled-in numbers: a .csv or a .yaml file."
msgstr "De utfylte tallene: en .csv- eller .yaml-fil."

msgid "Only the forms of this notebook; repeat for several (default: every notebook with a form)."
msgstr "Bare skjemaene i denne notatboken; gjenta for flere (standard: alle notatbøker med skjema)."

msgid "The period of numbers the file gives none for."
msgstr "Perioden for tall filen ikke oppgir periode for."

msgid "Check the file and list the numbers, but import nothing."
msgstr "Sjekk filen og list tallene, men importer ingenting."

msgid "{1} – {2}, {3} periods"
msgstr "{1} – {2}, {3} perioder"

msgid "1 number"
msgstr "1 tall"

msgid "{1} numbers"
msgstr "{1} tall"

msgid "1 team"
msgstr "1 team"

msgid "{1} teams"
msgstr "{1} team"

msgid "{1} for {2} ({3}), form {4}"
msgstr "{1} for {2} ({3}), skjema {4}"

msgid "Imported {1} into {2}"
msgstr "Importerte {1} til {2}"

msgid "Checked {1}: all fit; nothing imported (--check)"
msgstr "Sjekket {1}: alt passer; ingenting importert (--check)"

msgid "; 1 blank left out"
msgstr "; 1 tomt felt utelatt"

msgid "; {1} blanks left out"
msgstr "; {1} tomme felt utelatt"

msgid "Start a workspace of your own that works at once."
msgstr "Start et eget arbeidsområde som virker med en gang."

msgid ""
"Makes tavle.yaml, a data folder (four example teams, two indicators and a year of months as CSV, ready to be replaced by an export from your spreadsheet), a journal per team with every field explained, and a first notebook with a run chart, a p chart, a funnel plot and a worksheet. 'tavle check' passes and 'tavle run --all-teams' makes reports straight after. A folder that is not empty is refused unless --force is given, and no file is ever overwritten.\n"
"\n"
"Examples:\n"
"  tavle init my-network --name \"Falls network, Molde\" --language en\n"
"  cd my-network && tavle run first-report.md --all-teams"
msgstr ""
"Lager tavle.yaml, en datamappe (fire eksempelteam, to indikatorer og et år med måneder som CSV, klar til å byttes ut med en eksport fra regnearket deres), en journal per team der hvert felt er forklart, og en første notatbok med seriediagram, P-diagram, traktdiagram og arbeidsark. 'tavle check' går gjennom og 'tavle run --all-teams' lager rapporter med en gang. En mappe som ikke er tom, avvises uten --force, og ingen fil blir noen gang overskrevet.\n"
"\n"
"Eksempler:\n"
"  tavle init mitt-nettverk --name \"Fallnettverket i Molde\"\n"
"  cd mitt-nettverk && tavle run forste-rapport.md --all-teams"

msgid "The folder to make the workspace in (made if need be)."
msgstr "Mappen arbeidsområdet lages i (opprettes om nødvendig)."

msgid "nb, sv, da or en (default: your language)."
msgstr "nb, sv, da eller en (standard: språket ditt)."

msgid "The network's name, as reports show it (default: the folder's name)."
msgstr "Nettverkets navn slik rapportene viser det (standard: mappens navn)."

msgid "Add the files to a folder that is not empty (no file is overwritten)."
msgstr "Legg filene i en mappe som ikke er tom (ingen fil overskrives)."

msgid ""
"Made a workspace in {1}: {2} files (tavle.yaml, data/, journals/, {3}).\n"
"Next: {4}tavle check {5} && tavle run {6} --all-teams"
msgstr ""
"Laget et arbeidsområde i {1}: {2} filer (tavle.yaml, data/, journals/, {3}).\n"
"Neste: {4}tavle check {3} && tavle run {3} --all-teams"

msgid "List the worksheet prompts a notebook can use."
msgstr "List arbeidsarkspørsmålene en notatbok kan bruke."

msgid ""
"Tavle carries the supervision worksheets of the learning network (phase 1, phase 2, phases 3–4, the status reports before gatherings 2 and 3) and of the GP supervision groups (the Model for Improvement, PDSA, reading variation, following up), in Norwegian as written and in English. A workspace can add its own sets and adapt the wording in a prompts/ folder beside tavle.yaml; this listing shows the library as the workspace sees it.\n"
"\n"
"Examples:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"
msgstr ""
"Tavle har veiledningsgrunnlagene fra læringsnettverket (fase 1, fase 2, fase 3–4, statusrapportene før samling 2 og 3) og fra veiledningsgruppene for fastleger (forbedringsmodellen, PDSA, å tolke variasjon, oppfølging), på norsk slik de er skrevet og på engelsk. Et arbeidsområde kan legge til egne sett og tilpasse ordlyden i en prompts/-mappe ved siden av tavle.yaml; denne listen viser biblioteket slik arbeidsområdet ser det.\n"
"\n"
"Eksempler:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"

msgid "Show one set in full: every prompt's id, wording and help text."
msgstr "Vis ett sett i sin helhet: hvert spørsmåls id, ordlyd og hjelpetekst."

msgid "nb, sv, da or en (default: the workspace's language, else nb)."
msgstr "nb, sv, da eller en (standard: arbeidsområdets språk, ellers nb)."

msgid "Where to look for tavle.yaml, whose prompts/ folder adapts the library."
msgstr "Hvor tavle.yaml skal letes etter; prompts/-mappen ved siden av tilpasser biblioteket."

#: Sources/TavleCLI/ServeCommands.swift:13
msgid "The network's web place: teams read their reports and write their journal."
msgstr "Nettverkets nettsted: teamene leser rapportene sine og skriver i journalen sin."

#: Sources/TavleCLI/ServeCommands.swift:14
msgid ""
"Serves the workspace and its report repository over HTTP until stopped (Ctrl-C or SIGTERM; a change under way is finished first). Each person signs in with a link from 'tavle access add'. A team reads its own reports, goal history, PDSA cycles and decisions, and changes its goals and adds cycles and decisions in a form; each change is one commit in the report repository, with the team as author. The facilitator sees every team; a researcher reads every team's history and downloads the trace. Put it behind a TLS reverse proxy to reach it from other machines (README: Serving the network), with --behind-proxy.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"
msgstr ""
"Gjør arbeidsområdet og rapportarkivet tilgjengelige over HTTP til kommandoen stoppes (Ctrl-C eller SIGTERM; en endring som er i gang, gjøres ferdig først). Hver person logger inn med en lenke fra «tavle access add». Et team leser sine egne rapporter, målhistorikk, PDSA-sirkler og beslutninger, og endrer målene sine og legger til sirkler og beslutninger i et skjema; hver endring blir én commit i rapportarkivet, med teamet som forfatter. Fasilitatoren ser alle team; en forsker leser historikken til alle team og laster ned sporingen. Sett tavle serve bak en omvendt proxy med TLS for å nå den fra andre maskiner (README: Serving the network), med --behind-proxy.\n"
"\n"
"Eksempler:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"

#: Sources/TavleCLI/ServeCommands.swift:34
msgid "The address to listen on: 127.0.0.1 is this machine only."
msgstr "Adressen det skal lyttes på: 127.0.0.1 er bare denne maskinen."

#: Sources/TavleCLI/ServeCommands.swift:37
msgid "The port to listen on (0: any free port, said at start)."
msgstr "Porten det skal lyttes på (0: en hvilken som helst ledig port, som oppgis ved oppstart)."

#: Sources/TavleCLI/ServeCommands.swift:41
msgid "Behind a reverse proxy on this machine: the client is the last X-Forwarded-For (the address the proxy added), and X-Forwarded-Proto: https marks the session cookie Secure."
msgstr "Bak en omvendt proxy på denne maskinen: klienten er den siste X-Forwarded-For (adressen proxyen la til), og X-Forwarded-Proto: https merker øktens informasjonskapsel som Secure."

#: Sources/TavleCLI/ServeCommands.swift:48
msgid "--port must be between 0 and 65535"
msgstr "--port må være mellom 0 og 65535"

#: Sources/TavleCLI/ServeCommands.swift:63
msgid "tavle serve: listening on {1} (stop with Ctrl-C)"
msgstr "tavle serve: lytter på {1} (stopp med Ctrl-C)"

#: Sources/TavleCLI/ServeCommands.swift:77
msgid "tavle serve: stopped"
msgstr "tavle serve: stoppet"

#: Sources/TavleCLI/ServeCommands.swift:83
msgid "Sign-in links for tavle serve: make, list and revoke them."
msgstr "Innloggingslenker til tavle serve: lag dem, list dem opp og trekk dem tilbake."

#: Sources/TavleCLI/ServeCommands.swift:91
msgid "Make a sign-in link for a team, the facilitator or a researcher."
msgstr "Lag en innloggingslenke for et team, fasilitatoren eller en forsker."

#: Sources/TavleCLI/ServeCommands.swift:92
msgid ""
"Prints the link once: only a hash of its secret is kept (in .tavle-access.json beside tavle.yaml), so a lost link cannot be shown again; make a new one and revoke the old. Give exactly one of --team, --facilitator and --researcher.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""
msgstr ""
"Skriver ut lenken én gang: bare en hash av hemmeligheten i den tas vare på (i .tavle-access.json ved siden av tavle.yaml), så en lenke som er borte, kan ikke vises igjen; lag en ny og trekk tilbake den gamle. Oppgi nøyaktig én av --team, --facilitator og --researcher.\n"
"\n"
"Eksempler:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""

#: Sources/TavleCLI/ServeCommands.swift:104
msgid "A team of the workspace, by id."
msgstr "Et team i arbeidsområdet, oppgitt med id."

#: Sources/TavleCLI/ServeCommands.swift:107
msgid "The facilitator, by name."
msgstr "Fasilitatoren, oppgitt med navn."

#: Sources/TavleCLI/ServeCommands.swift:110
msgid "A researcher, by name."
msgstr "En forsker, oppgitt med navn."

#: Sources/TavleCLI/ServeCommands.swift:113
msgid "The address people reach tavle serve at, for the link."
msgstr "Adressen folk når tavle serve på, til bruk i lenken."

#: Sources/TavleCLI/ServeCommands.swift:122
msgid "give exactly one of --team, --facilitator and --researcher"
msgstr "oppgi nøyaktig én av --team, --facilitator og --researcher"

#: Sources/TavleCLI/ServeCommands.swift:125
msgid "the name must not be empty"
msgstr "navnet kan ikke være tomt"

#: Sources/TavleCLI/ServeCommands.swift:133
msgid "the name must not hold '<', '>' or a line break"
msgstr "navnet kan ikke inneholde «<», «>» eller linjeskift"

#: Sources/TavleCLI/ServeCommands.swift:128
msgid "--url must start with http:// or https://"
msgstr "--url må begynne med http:// eller https://"

#: Sources/TavleCLI/ServeCommands.swift:140
msgid "the workspace has no team '{1}'"
msgstr "arbeidsområdet har ikke noe team «{1}»"

msgid "team ids"
msgstr "team-id-er"

#: Sources/TavleCLI/ServeCommands.swift:152
msgid "Sign-in link for the team {1} (id {2}):"
msgstr "Innloggingslenke for teamet {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:153
msgid "Sign-in link for the facilitator {1} (id {2}):"
msgstr "Innloggingslenke for fasilitatoren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "Sign-in link for the researcher {1} (id {2}):"
msgstr "Innloggingslenke for forskeren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "It is shown only now. Give it to {1} in person or by a channel you trust; 'tavle access revoke {2}' ends it."
msgstr "Den vises bare nå. Gi den til {1} personlig eller gjennom en kanal du stoler på; «tavle access revoke {2}» gjør den ugyldig."

#: Sources/TavleCLI/ServeCommands.swift:167
msgid "The link is for tavle serve on this machine, port 8080; for another address, give --url (the address people reach tavle serve at)."
msgstr "Lenken gjelder tavle serve på denne maskinen, port 8080; for en annen adresse, oppgi --url (adressen folk når tavle serve på)."

#: Sources/TavleCLI/ServeCommands.swift:162
msgid "List the sign-in links (without their secrets)."
msgstr "List opp innloggingslenkene (uten hemmelighetene)."

#: Sources/TavleCLI/ServeCommands.swift:171
msgid "No sign-in links yet; 'tavle access add --team ID' makes one."
msgstr "Ingen innloggingslenker ennå; «tavle access add --team ID» lager en."

#: Sources/TavleCLI/ServeCommands.swift:191
msgctxt "access role"
msgid "team"
msgstr "team"

#: Sources/TavleCLI/ServeCommands.swift:192
msgctxt "access role"
msgid "facilitator"
msgstr "fasilitator"

#: Sources/TavleCLI/ServeCommands.swift:193
msgctxt "access role"
msgid "researcher"
msgstr "forsker"

#: Sources/TavleCLI/ServeCommands.swift:176
msgid "revoked {1}"
msgstr "trukket tilbake {1}"

#: Sources/TavleCLI/ServeCommands.swift:177
msgid "in use"
msgstr "i bruk"

#: Sources/TavleCLI/ServeCommands.swift:187
msgid "End a sign-in link, by its id or by the name it was made for."
msgstr "Trekk tilbake en innloggingslenke, med id-en eller med navnet den ble laget for."

#: Sources/TavleCLI/ServeCommands.swift:188
msgid ""
"The link no longer signs in, and the sessions it opened end at their next request. Revoking by a team's id or a person's name ends all of their links.\n"
"\n"
"Examples:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"
msgstr ""
"Lenken logger ikke lenger inn, og øktene den har åpnet, avsluttes ved neste forespørsel. Trekker du tilbake med et teams id eller en persons navn, gjelder det alle lenkene deres.\n"
"\n"
"Eksempler:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"

#: Sources/TavleCLI/ServeCommands.swift:198
msgid "The link's id (tavle access list), or a team id or person's name."
msgstr "Lenkens id (tavle access list), eller et team-id eller en persons navn."

#: Sources/TavleCLI/ServeCommands.swift:211
msgid "Revoked {1} ({2})."
msgstr "Trakk tilbake {1} ({2})."

msgid "Run report notebooks for quality-improvement learning networks."
msgstr "Kjør rapportnotatbøker for læringsnettverk i kvalitetsforbedring."

msgid ""
"A notebook is a Markdown file with front matter, narrative, SQL query cells and reflection prompts. Tavle runs it per team against the workspace's data (named in tavle.yaml, found beside the notebook or in a folder above it) and writes one HTML report and one Markdown report per team.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams"
msgstr ""
"En notatbok er en Markdown-fil med front matter, tekst, SQL-spørringsceller og refleksjonsspørsmål. Tavle kjører den per team mot arbeidsområdets data (oppgitt i tavle.yaml, som ligger ved siden av notatboken eller i en mappe over) og skriver én HTML-rapport og én Markdown-rapport per team.\n"
"\n"
"Eksempler:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams"

msgid "rendered"
msgstr "laget"

msgid "note: a run stopped after its commit {1} left '{2}' half written; its files and index are now put in place"
msgstr "merk: en kjøring som stoppet etter commiten {1}, etterlot «{2}» halvskrevet; filene og indeksen er nå satt på plass"

msgid "note: --discard-edits: the changes to {1} in '{2}' are discarded; the files are as the last run committed them (a file new to the repository stays there, no longer staged)"
msgstr "merk: --discard-edits: endringene i {1} i «{2}» er forkastet; filene er slik forrige kjøring lagret dem (en fil som er ny i arkivet, blir liggende, men er ikke lenger lagt til)"

msgid "waiting for another tavle command (run, handout, import or data load) to finish with '{1}' …"
msgstr "venter på at en annen tavle-kommando (run, handout, import eller data load) blir ferdig med «{1}» …"

msgid "committed {1} ({2}) to {3}"
msgstr "lagret {1} ({2}) i {3}"

msgid "1 file changed"
msgstr "1 fil endret"

msgid "{1} files changed"
msgstr "{1} filer endret"

msgid "unchanged since the last commit in {1}, nothing committed"
msgstr "uendret siden forrige commit i {1}, ingenting lagret"

msgid "The notebook to run (a .md file inside a workspace)."
msgstr "Notatboken som skal kjøres (en .md-fil i et arbeidsområde)."

msgid "A team to make the report for; repeat for several."
msgstr "Et team rapporten skal lages for; gjenta for flere."

msgid "Make a report for every team in the workspace."
msgstr "Lag en rapport for hvert team i arbeidsområdet."

msgid "Set a notebook parameter; repeat for several."
msgstr "Sett en parameter i notatboken; gjenta for flere."

msgid "Treat every warning as an error (for a workspace's own CI): nothing is written if there is one."
msgstr "Behandle hver advarsel som en feil (for arbeidsområdets egen CI): ingenting skrives om det finnes en."

msgid "Put reports edited by hand (or changes staged) in the report repository back as tavle made them, naming them, instead of refusing to run."
msgstr "Sett rapporter som er endret for hånd (eller endringer som er lagt til) i rapportarkivet tilbake slik tavle laget dem, og nevn dem, i stedet for å nekte å kjøre."

msgid "Use either --team or --all-teams, not both."
msgstr "Bruk enten --team eller --all-teams, ikke begge."

msgid "Run a notebook and write a report per team."
msgstr "Kjør en notatbok og skriv en rapport per team."

msgid ""
"Writes <output>/<team>/<notebook-id>.html and .md for each team and commits them, as one commit, to the output folder's git repository (created on the first run). The output folder is 'output' in tavle.yaml (relative to it), or --output. If any team's report fails, nothing is written or committed; if nothing changed, nothing is committed.\n"
"\n"
"Examples:\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams\n"
"  tavle run Notebooks/samling-3.md --all-teams --param period=2022-06\n"
"  tavle run Notebooks/samling-3.md --all-teams --output /tmp/rapporter"
msgstr ""
"Skriver <output>/<team>/<notatbok-id>.html og .md for hvert team og lagrer dem som én commit i rapportmappens git-arkiv (opprettes ved første kjøring). Rapportmappen er 'output' i tavle.yaml (regnet fra den), eller --output. Feiler rapporten for ett team, skrives og lagres ingenting; er ingenting endret, lagres ingenting.\n"
"\n"
"Eksempler:\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams\n"
"  tavle run Notebooks/samling-3.md --all-teams --param period=2022-06\n"
"  tavle run Notebooks/samling-3.md --all-teams --output /tmp/rapporter"

msgid "Write the reports here instead of the workspace's output folder."
msgstr "Skriv rapportene hit i stedet for til arbeidsområdets rapportmappe."

msgid "Also print how long each phase of the run took (on standard error)."
msgstr "Skriv også ut hvor lang tid hver fase av kjøringen tok (på standard feil)."

msgid "Why this run was made, for its commit (shown by tavle log and git log)."
msgstr "Hvorfor kjøringen ble gjort, til commiten (vises av tavle log og git log)."

msgid "Rendered {1} of {2} (version {3}) in {4} s; "
msgstr "Laget {1} fra {2} (versjon {3}) på {4} s; "

msgid "1 report"
msgstr "1 rapport"

msgid "Check a notebook without writing anything."
msgstr "Sjekk en notatbok uten å skrive noe."

msgid ""
"Parses the notebook and the workspace, checks the parameters and teams, prepares every query against the data and checks every {{ }} expression against the columns the queries return, and reads the teams' journals (journals/<team>.yaml). Runs no query and writes no report.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06"
msgstr ""
"Leser notatboken og arbeidsområdet, sjekker parametere og team, forbereder hver spørring mot dataene og sjekker hvert {{ }}-uttrykk mot kolonnene spørringene gir, og leser teamenes journaler (journals/<team>.yaml). Kjører ingen spørring og skriver ingen rapport.\n"
"\n"
"Eksempler:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06"

msgid "--discard-edits is for run and handout; check writes nothing"
msgstr "--discard-edits er for run og handout; check skriver ingenting"

msgid "{1}: ok — {2}, {3}, {4}, {5}"
msgstr "{1}: ok — {2}, {3}, {4}, {5}"

msgid "1 query"
msgstr "1 spørring"

msgid "{1} queries"
msgstr "{1} spørringer"

msgid "1 prompt"
msgstr "1 spørsmål"

msgid "{1} prompts"
msgstr "{1} spørsmål"

msgid "1 team in the workspace"
msgstr "1 team i arbeidsområdet"

msgid "{1} teams in the workspace"
msgstr "{1} team i arbeidsområdet"

msgid "1 journal read"
msgstr "1 journal lest"

msgid "{1} journals read"
msgstr "{1} journaler lest"

msgid "List the runs recorded in the report repository, newest first."
msgstr "List kjøringene som er registrert i rapportarkivet, nyeste først."

msgid ""
"Reads the output folder's git repository: one entry per 'tavle run', with its commit, time, author, notebook, version and teams. The output folder is the workspace's (tavle.yaml found from --workspace, its Notebooks/ folder, or a folder above it), or --output.\n"
"\n"
"Examples:\n"
"  tavle log\n"
"  tavle log --team molde-sykehjem-2\n"
"  tavle log --notebook samling-3 --format json"
msgstr ""
"Leser rapportmappens git-arkiv: én oppføring per 'tavle run', med commit, tidspunkt, forfatter, notatbok, versjon og team. Rapportmappen er arbeidsområdets (tavle.yaml funnet fra --workspace, dens Notebooks/-mappe eller en mappe over), eller --output.\n"
"\n"
"Eksempler:\n"
"  tavle log\n"
"  tavle log --team molde-sykehjem-2\n"
"  tavle log --notebook samling-3 --format json"

msgid "Only runs that changed this team's reports."
msgstr "Bare kjøringer som endret dette teamets rapporter."

msgid "Only runs of this notebook."
msgstr "Bare kjøringer av denne notatboken."

msgid "Share the report repository: push its runs to a remote."
msgstr "Del rapportarkivet: send kjøringene til et fjernarkiv."

msgid ""
"Sends the output folder's git repository (branch main) to REMOTE: the name of a remote added with 'git remote add', a URL, or a folder holding a bare repository. Without REMOTE, tavle.yaml's 'remote:' is used, else the repository's 'origin'. Histories are never overwritten or merged: if the remote has runs this repository lacks, nothing is pushed. For https give TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token); ssh uses ssh-agent.\n"
"\n"
"Examples:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"
msgstr ""
"Sender rapportmappens git-arkiv (grenen main) til REMOTE: navnet på et fjernarkiv lagt til med 'git remote add', en URL, eller en mappe med et bart arkiv. Uten REMOTE brukes 'remote:' i tavle.yaml, ellers arkivets 'origin'. Historikk overskrives eller flettes aldri: har fjernarkivet kjøringer dette arkivet mangler, sendes ingenting. For https, oppgi TAVLE_PUSH_USERNAME og TAVLE_PUSH_PASSWORD (et token); ssh bruker ssh-agent.\n"
"\n"
"Eksempler:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"

msgid "A remote's name, a URL or a path."
msgstr "Et fjernarkivs navn, en URL eller en sti."

msgid "The report repository to push."
msgstr "Rapportarkivet som skal sendes."

msgid "{1} already has every run (main at {2}); nothing to push"
msgstr "{1} har allerede alle kjøringene (main står på {2}); ingenting å sende"

msgid "Pushed {1} to {2} (main at {3})"
msgstr "Sendte {1} til {2} (main står på {3})"

msgid "1 run"
msgstr "1 kjøring"

msgid "{1} runs"
msgstr "{1} kjøringer"

msgid "Compute run- or control-chart statistics for a series, as JSON."
msgstr "Beregn statistikk for serie- eller kontrolldiagram for en serie, som JSON."

msgid ""
"Reads a CSV series with the columns x and y (and n for p and u charts, where y is the count and n the denominator, as in qicharts2) from FILE or standard input, and prints per point the centre line, limits and whether it signals, per part and for the last part (summary) the median, runs, crossings and their limits. The numbers agree with qicharts2 for the same series and options.\n"
"\n"
"Examples:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"
msgstr ""
"Leser en CSV-serie med kolonnene x og y (og n for p- og u-diagram, der y er antallet og n nevneren, som i qicharts2) fra FIL eller standard inn, og skriver per punkt midtlinje, grenser og om punktet gir signal, og per del og for siste del (summary) median, serier, kryssinger og grensene for dem. Tallene stemmer med qicharts2 for samme serie og innstillinger.\n"
"\n"
"Eksempler:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"

msgid "run, i, p, u or c."
msgstr "run, i, p, u eller c."

msgid "Compute the centre and limits from the first N points and extend them."
msgstr "Beregn midtlinje og grenser fra de første N punktene, og forleng dem."

msgid "Start a new part after these points (1-based, comma-separated)."
msgstr "Begynn en ny del etter disse punktene (talt fra 1, skilt med komma)."

msgid "--freeze takes a number of points of at least 1, but it is {1}"
msgstr "--freeze tar et antall punkter på minst 1, men er {1}"

msgid "The CSV file; standard input when absent or '-'."
msgstr "CSV-filen; standard inn når den mangler eller er '-'."

msgid "note: --freeze is not used when there are parts (as in qicharts2); each part has its own centre line"
msgstr "merk: --freeze brukes ikke når serien er delt (som i qicharts2); hver del har sin egen midtlinje"

msgid "the file could not be read"
msgstr "filen kunne ikke leses"

msgid "the file is neither UTF-8 nor Windows-1252 text"
msgstr "filen er verken UTF-8- eller Windows-1252-tekst"

msgid "save it from the spreadsheet as 'CSV UTF-8'"
msgstr "lagre den fra regnearket som «CSV UTF-8»"

msgid "'{1}' could be thousands with a point between them (as Danish and Norwegian spreadsheets may write it) or a decimal number: write {2} for the thousands, or {3} with a decimal comma"
msgstr "«{1}» kan være tusener med punktum mellom (slik danske og norske regneark kan skrive det) eller et desimaltall: skriv {2} for tusener, eller {3} med desimalkomma"

msgid "this file separates fields with ',' so its decimals need a point ({1}); or save it with ';' between fields, as spreadsheets in Norwegian, Swedish and Danish do, and keep the decimal commas"
msgstr "denne filen skiller feltene med «,», så desimalene trenger punktum ({1}); eller lagre den med «;» mellom feltene, slik regneark på norsk, svensk og dansk gjør, og behold desimalkommaene"

msgid "write a number (2,5 or 2.5), or leave the field empty for a missing value"
msgstr "skriv et tall (2,5 eller 2.5), eller la feltet stå tomt for en manglende verdi"

msgid "write a number (2.5), or leave the field empty for a missing value"
msgstr "skriv et tall (2.5), eller la feltet stå tomt for en manglende verdi"

msgid "the CSV folder '{1}' does not exist"
msgstr "CSV-mappen «{1}» finnes ikke"

msgid "check the path after 'csv:' in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "sjekk stien etter «csv:» i tavle.yaml; den regnes fra mappen som har tavle.yaml"

msgid "the CSV folder '{1}' holds no .csv files"
msgstr "CSV-mappen «{1}» har ingen .csv-filer"

msgid "each table is a file such as measurements.csv, with the column names on its first line"
msgstr "hver tabell er en fil som measurements.csv, med kolonnenavnene på første linje"

msgid "an in-memory database could not be made: {1}"
msgstr "en database i minnet kunne ikke lages: {1}"

msgid "the column '{1}' stands twice in the header"
msgstr "kolonnen «{1}» står to ganger i overskriften"

msgid "give each column its own name"
msgstr "gi hver kolonne sitt eget navn"

msgid "the file could not be loaded as the table '{1}': {2}"
msgstr "filen kunne ikke lastes som tabellen «{1}»: {2}"

msgid "is written with a point between thousands"
msgstr "er skrevet med punktum mellom tusener"

msgid "is written with a decimal comma"
msgstr "er skrevet med desimalkomma"

msgid "'{1}' in the column '{2}' {3}"
msgstr "«{1}» i kolonnen «{2}» {3}"

msgid "'{1}' in the column '{2}' is not a number, but {3} of the column's {4} values are"
msgstr "«{1}» i kolonnen «{2}» er ikke et tall, men {3} av kolonnens {4} verdier er det"

msgid "a quoted field that starts on this line is never closed"
msgstr "et felt i anførselstegn som begynner på denne linjen, blir aldri lukket"

msgid "add the closing '\"'"
msgstr "legg til det avsluttende «\"»"

msgid "the CSV file is empty"
msgstr "CSV-filen er tom"

msgid "the first line should name the columns"
msgstr "den første linjen skal navngi kolonnene"

msgid "this row has 1 field, but the header names {1} columns"
msgstr "denne raden har 1 felt, men overskriften navngir {1} kolonner"

msgid "this row has {1} fields, but the header names {2} columns"
msgstr "denne raden har {1} felt, men overskriften navngir {2} kolonner"

msgid "check for a missing or extra comma; quote values that contain commas"
msgstr "se etter et manglende eller ekstra komma; sett verdier som inneholder komma, i anførselstegn"

msgid "the header separates its columns with '{1}'; check for a missing or extra one on this line"
msgstr "overskriften skiller kolonnene med «{1}»; se etter et manglende eller ekstra skilletegn på denne linjen"

msgid "a tab"
msgstr "tabulator"

msgid "the count {1} in the column '{2}' is negative"
msgstr "antallet {1} i kolonnen «{2}» er negativt"

msgid "a count is 0 or more; correct it, or leave the field empty for a missing value"
msgstr "et antall er 0 eller mer; rett det, eller la feltet stå tomt for en manglende verdi"

msgid "{1} counted out of a denominator of 0 ('{2}')"
msgstr "{1} talt av en nevner på 0 («{2}»)"

msgid "correct the denominator, or leave both empty for a month without measurement"
msgstr "rett nevneren, eller la begge stå tomme for en måned uten måling"

msgid "'{1}' could not be read"
msgstr "«{1}» kunne ikke leses"

msgid "tavle import adds rows to the table '{1}' (columns {2}); the data folder needs a {3}.csv with that header"
msgstr "tavle import legger rader til tabellen «{1}» (kolonnene {2}); datamappen trenger en {1}.csv med den overskriften"

msgid "the header of {1} lacks the column {2}"
msgstr "overskriften i {1} mangler kolonnen {2}"

msgid "the header of {1} lacks the columns {2}"
msgstr "overskriften i {1} mangler kolonnene {2}"

msgid "tavle import writes the columns {1}"
msgstr "tavle import skriver kolonnene {1}"

msgid "'{1}' is saved as Windows-1252, which cannot hold every letter of the new rows"
msgstr "«{1}» er lagret som Windows-1252, som ikke kan holde alle bokstavene i de nye radene"

msgid "save it from the spreadsheet as 'CSV UTF-8' and import again"
msgstr "lagre den fra regnearket som «CSV UTF-8» og importer på nytt"

msgid "check that you may write in the data folder"
msgstr "sjekk at du har lov til å skrive i datamappen"

msgid "the numbers could not be added to '{1}': {2}"
msgstr "tallene kunne ikke legges til i «{1}»: {2}"

msgid "nothing was added; tavle import writes to the table {1}({2})"
msgstr "ingenting ble lagt til; tavle import skriver til tabellen {1}({2})"

#: Sources/TavleData/PeriodColumns.swift:17
msgid "'{1}' in the column '{2}' is not a month: a year has months 01 to 12, not {3}"
msgstr "«{1}» i kolonnen «{2}» er ikke en måned: et år har månedene 01 til 12, ikke {3}"

#: Sources/TavleData/PeriodColumns.swift:18
msgid "correct the month in the data; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "rett måneden i dataene; et kvartal skrives som sin første måned (2024-01 for første kvartal)"

msgid "'{1}' in the column '{2}' is not a month written YYYY-MM"
msgstr "«{1}» i kolonnen «{2}» er ikke en måned skrevet ÅÅÅÅ-MM"

msgid "write the month as {1}; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "skriv måneden som {1}; et kvartal skrives som sin første måned (2024-01 for første kvartal)"

msgid "the database '{1}' does not exist"
msgstr "databasen «{1}» finnes ikke"

msgid "check the 'data' path in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "sjekk stien under «data» i tavle.yaml; den regnes fra mappen som har tavle.yaml"

msgid "'{1}' could not be opened as a SQLite database: {2}"
msgstr "«{1}» kunne ikke åpnes som en SQLite-database: {2}"

msgid "check that the file is a SQLite database and readable"
msgstr "sjekk at filen er en SQLite-database og at den kan leses"

msgid "'{1}' could not be made read-only: {2}"
msgstr "«{1}» kunne ikke gjøres skrivebeskyttet: {2}"

msgid "{1} could not be run: {2}"
msgstr "{1} kunne ikke kjøres: {2}"

msgid "{1} has no SQL"
msgstr "{1} har ingen SQL"

msgid "{1} holds more than one statement"
msgstr "{1} har mer enn én setning"

msgid "a query cell runs exactly one SELECT; split the rest into cells of their own"
msgstr "en spørringscelle kjører nøyaktig én SELECT; flytt resten til egne celler"

msgid "{1} is a {2} statement; a report may only read data"
msgstr "{1} er en {2}-setning; en rapport kan bare lese data"

msgid "write a SELECT (or WITH … SELECT); the data source is opened read-only and is never changed by tavle run"
msgstr "skriv en SELECT (eller WITH … SELECT); datakilden åpnes skrivebeskyttet og endres aldri av tavle run"

msgid "{1} could not bind its parameters: {2}"
msgstr "parameterne til {1} kunne ikke bindes: {2}"

msgid "{1} was stopped after {2} s, its time limit"
msgstr "{1} ble stoppet etter {2} s, tidsgrensen"

msgid "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml"
msgstr "gjør spørringen billigere (filtrer på team og periode, bruk indekserte kolonner), eller øk «query_timeout» i tavle.yaml"

msgid "check the SQL at the marked position"
msgstr "sjekk SQL-en på det markerte stedet"

msgid "check the table name; the tables here are listed by 'SELECT name FROM sqlite_schema'"
msgstr "sjekk tabellnavnet; tabellene her listes av «SELECT name FROM sqlite_schema»"

msgid "check the column name and the table it belongs to"
msgstr "sjekk kolonnenavnet og tabellen den hører til"

msgid "{1} has an error: {2}"
msgstr "{1} har en feil: {2}"

msgid "the tables of '{1}' could not be read: {2}"
msgstr "tabellene i «{1}» kunne ikke leses: {2}"

msgid "the cache folder '{1}' could not be created: {2}"
msgstr "hurtigbuffermappen «{1}» kunne ikke opprettes: {2}"

msgid "the built database could not be stored in '{1}'"
msgstr "den bygde databasen kunne ikke lagres i «{1}»"

msgid "the built database could not be stored in '{1}': {2}"
msgstr "den bygde databasen kunne ikke lagres i «{1}»: {2}"

msgid "the data folder '{1}' does not exist"
msgstr "datamappen «{1}» finnes ikke"

msgid "the data folder '{1}' could not be read: {2}"
msgstr "datamappen «{1}» kunne ikke leses: {2}"

msgid "the data folder '{1}' holds no .sql or .csv files"
msgstr "datamappen «{1}» har ingen .sql- eller .csv-filer"

msgid "a database could not be created at '{1}': {2}"
msgstr "en database kunne ikke opprettes i «{1}»: {2}"

msgid "the data could not be built: {1}"
msgstr "dataene kunne ikke bygges: {1}"

msgid "the script reaches outside tavle's own cache: {1}"
msgstr "skriptet når utenfor tavles egen hurtigbuffer: {1}"

msgid "a data script may create tables and indexes and fill them; ATTACH, DETACH, VACUUM INTO and PRAGMAs other than foreign_keys are refused"
msgstr "et dataskript kan lage tabeller og indekser og fylle dem; ATTACH, DETACH, VACUUM INTO og andre PRAGMA-er enn foreign_keys avvises"

msgid "the script failed: {1}"
msgstr "skriptet feilet: {1}"

msgid "the data's references could not be checked: {1}"
msgstr "referansene i dataene kunne ikke sjekkes: {1}"

msgid "a row in '{1}' refers to a row in '{2}' that does not exist"
msgstr "en rad i «{1}» viser til en rad i «{2}» som ikke finnes"

msgid "check the id on this line against {1}.csv (or the .sql file that fills '{2}')"
msgstr "sjekk id-en på denne linjen mot {1}.csv (eller .sql-filen som fyller «{1}»)"

msgid "the table '{1}' could not be inspected: {2}"
msgstr "tabellen «{1}» kunne ikke undersøkes: {2}"

msgid "there is no table '{1}' to load this file into"
msgstr "det finnes ingen tabell «{1}» å laste denne filen inn i"

msgid "create it with CREATE TABLE {1}(…) in a .sql file in the same folder"
msgstr "opprett den med CREATE TABLE {1}(…) i en .sql-fil i samme mappe"

msgid "the table '{1}' has no column '{2}'"
msgstr "tabellen «{1}» har ingen kolonne «{2}»"

msgid "its columns: {1}"
msgstr "kolonnene er: {1}"

msgid "the file could not be loaded into '{1}': {2}"
msgstr "filen kunne ikke lastes inn i «{1}»: {2}"

msgid "'{1}' in the column '{2}' is not a whole number"
msgstr "«{1}» i kolonnen «{2}» er ikke et heltall"

msgid "write digits only, or leave the field empty for a missing value"
msgstr "skriv bare sifre, eller la feltet stå tomt for en manglende verdi"

msgid "'{1}' in the column '{2}' is not a number"
msgstr "«{1}» i kolonnen «{2}» er ikke et tall"

#: Sources/TavleEdit/JournalEditor.swift:166
msgid "the journal file was changed by hand in a way tavle cannot record, so nothing was saved: the file must be mended first (your facilitator can do it)"
msgstr "journalfilen er endret for hånd på en måte tavle ikke kan registrere, så ingenting ble lagret: filen må rettes først (fasilitatoren kan gjøre det)"

#: Sources/TavleEdit/JournalEditor.swift:127
msgid "make this change in the journal file with a text editor"
msgstr "gjør denne endringen i journalfilen i et tekstredigeringsprogram"

#: Sources/TavleEdit/JournalEditor.swift:200
msgid "the journal '{1}' could not be written: {2}"
msgstr "journalen «{1}» kunne ikke skrives: {2}"

#: Sources/TavleEdit/JournalEditor.swift:201
msgid "check that the workspace's journals folder is writable"
msgstr "sjekk at journals-mappen i arbeidsområdet er skrivbar"

#: Sources/TavleEdit/JournalText.swift:61
msgid "'{1}:' is written on one line; tavle can only add to a list written one entry per line"
msgstr "«{1}:» er skrevet på én linje; tavle kan bare legge til i en liste som er skrevet med én oppføring per linje"

#: Sources/TavleEdit/JournalText.swift:89
msgid "the list '{1}:' is laid out in a way tavle cannot add to"
msgstr "listen «{1}:» er satt opp på en måte tavle ikke kan legge til i"

#: Sources/TavleEdit/JournalText.swift:253
msgid "the journal has no goal '{1}'"
msgstr "journalen har ikke noe mål «{1}»"

#: Sources/TavleEdit/JournalText.swift:292
msgid "the journal has no indicator '{1}'"
msgstr "journalen har ingen indikator «{1}»"

#: Sources/TavleEdit/JournalText.swift:275
msgid "the journal has no entry '{1}' under '{2}'"
msgstr "journalen har ingen oppføring «{1}» under «{2}»"

#: Sources/TavleEdit/JournalText.swift:435
msgid "the journal has no entry {1} under '{2}'"
msgstr "journalen har ingen oppføring {1} under «{2}»"

#: Sources/TavleEdit/JournalText.swift:487
msgid "the journal has no entry with {1} under '{2}'"
msgstr "journalen har ingen oppføring med {1} under «{2}»"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "'{1}' is a folder; --format json writes one file"
msgstr "«{1}» er en mappe; --format json skriver én fil"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "name the file: --to export.json"
msgstr "oppgi fila: --to eksport.json"

#: Sources/TavleExport/ResearchExport.swift:67
msgid "'{1}' exists and is not an earlier export; the export writes only a new file or over an earlier export"
msgstr "«{1}» finnes og er ikke en tidligere eksport; eksporten skrives bare til en ny fil eller over en tidligere eksport"

#: Sources/TavleExport/ResearchExport.swift:68
msgid "name a new file: --to export.json"
msgstr "oppgi en ny fil: --to eksport.json"

#: Sources/TavleCLI/ExportCommand.swift:71
msgid "the export could not be written to '{1}': {2}"
msgstr "eksporten kunne ikke skrives til «{1}»: {2}"

msgid "check that you may write in '{1}'"
msgstr "sjekk at du har lov til å skrive i «{1}»"

#: Sources/TavleExport/ResearchExport.swift:91
msgid "no run of the report repository matches {1}"
msgstr "ingen kjøring i rapportarkivet passer med {1}"

#: Sources/TavleExport/ResearchExport.swift:93
msgid "the runs are from {1}; 'tavle log' lists them"
msgstr "kjøringene er fra {1}; «tavle log» viser dem"

#: Sources/TavleExport/ResearchExport.swift:94
msgid "the runs are from {1}, for gatherings {2}; 'tavle log' lists them"
msgstr "kjøringene er fra {1}, for samlingene {2}; «tavle log» viser dem"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "'{1}' is a file; the export is a folder of files"
msgstr "«{1}» er en fil; eksporten er en mappe med filer"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "name a new folder: --to export"
msgstr "oppgi en ny mappe: --to eksport"

#: Sources/TavleExport/ResearchExport.swift:69
msgid "'{1}' holds other files ({2}); the export writes only into a new folder or over an earlier export"
msgstr "«{1}» har andre filer i seg ({2}); eksporten skrives bare til en ny mappe eller over en tidligere eksport"

#: Sources/TavleExport/ResearchExport.swift:70
msgid "name a new folder: --to export-{1}"
msgstr "oppgi en ny mappe: --to eksport-{1}"

msgid "the revision of {1} of the goal '{2}' was changed or removed since the report repository recorded it (commit {3})"
msgstr "revisjonen fra {1} av målet «{2}» er endret eller fjernet siden rapportarkivet registrerte den (commit {3})"

msgid "a goal's revisions are its history: put it back as it was ({1}: {2}) and add a new revision for the new change"
msgstr "et måls revisjoner er historikken: sett den tilbake slik den var ({1}: {2}), og legg til en ny revisjon for den nye endringen"

msgid "the new revision of the goal '{1}' is dated {2}, before the run of {3} (commit {4}) that still showed the goal as it was"
msgstr "den nye revisjonen av målet «{1}» er datert {2}, før kjøringen {3} (commit {4}) som fortsatt viste målet slik det var"

msgid "date it the day the goal was changed, {1} or later"
msgstr "dater den dagen målet ble endret, {1} eller senere"

msgid "the goal '{1}' is no longer in the journal, but the report repository recorded it (commit {2}); a goal is set aside, or renamed, with a reason"
msgstr "målet «{1}» står ikke lenger i journalen, men rapportarkivet registrerte det (commit {2}); et mål legges bort, eller får nytt navn, med en begrunnelse"

msgid ""
"add it to the journal:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Why the goal was set aside (or renamed to …)"
msgstr ""
"legg det til i journalen:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Hvorfor målet ble lagt bort (eller fikk nytt navn …)"

msgid "the goal '{1}' is retired on {2}, before the run of {3} (commit {4}) that still showed it"
msgstr "målet «{1}» er avsluttet {2}, før kjøringen {3} (commit {4}) som fortsatt viste det"

msgid "date it the day the goal was set aside, {1} or later"
msgstr "dater det dagen målet ble lagt bort, {1} eller senere"

msgid "its statement"
msgstr "formuleringen"

msgid "its target from {1} to {2}"
msgstr "målnivået fra {1} til {2}"

msgid "its due date from {1} to {2}"
msgstr "fristen fra {1} til {2}"

msgid "the goal '{1}' changed {2} since the report repository last recorded it (commit {3}), but the journal gives no reason"
msgstr "målet «{1}» er endret ({2}) siden rapportarkivet sist registrerte det (commit {3}), men journalen oppgir ingen begrunnelse"

msgid " and "
msgstr " og "

msgid ""
"add the reason under the goal, then run again:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Why the goal was changed"
msgstr ""
"skriv begrunnelsen under målet, og kjør igjen:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Hvorfor målet ble endret"

msgid "{1} %"
msgstr "{1} %"

msgid "the workspace's data is already on PostgreSQL ({1})"
msgstr "arbeidsområdets data ligger allerede i PostgreSQL ({1})"

msgid "copy between servers with pg_dump and psql"
msgstr "kopier mellom servere med pg_dump og psql"

msgid "the file holds no numbers"
msgstr "filen inneholder ingen tall"

msgid "fill in at least one number below the header"
msgstr "fyll inn minst ett tall under overskriften"

msgid "no form asks for the indicator '{1}'"
msgstr "ingen skjema spør etter indikatoren «{1}»"

msgid "indicators"
msgstr "indikatorer"

msgid "'{1}' is not a team of {2}"
msgstr "«{1}» er ikke et team i {2}"

msgid "{1} has numbers for {2} here and at line {3} ({4})"
msgstr "{1} har tall for {2} både her og på linje {3} ({4})"

msgid "keep one of them; each participant has one number per indicator and period"
msgstr "behold ett av dem; hver deltaker har ett tall per indikator og periode"

#: Sources/TavleImport/FormImport.swift:138
msgid "; nothing was imported (and 1 more problem below)"
msgstr "; ingenting ble importert (og 1 problem til nedenfor)"

#: Sources/TavleImport/FormImport.swift:139
msgid "; nothing was imported (and {1} more problems below)"
msgstr "; ingenting ble importert (og {1} problemer til nedenfor)"

#: Sources/TavleImport/FormImport.swift:140
msgid "; nothing was imported"
msgstr "; ingenting ble importert"

msgid "the numbers answer forms of notebooks that keep their data in different places ({1})"
msgstr "tallene svarer på skjemaer i notatbøker som har dataene sine på ulike steder ({1})"

msgid "import one notebook's numbers at a time with --notebook"
msgstr "importer én notatboks tall om gangen med --notebook"

msgid "{1} has numbers for {2}, a month that has not begun (this is {3})"
msgstr "{1} har tall for {2}, en måned som ikke har begynt (nå er det {3})"

msgid "{1} has numbers for {2}, {3} after the last month the data holds for {4} ({5})"
msgstr "{1} har tall for {2}, {3} etter den siste måneden dataene har for {4} ({5})"

msgid "{1} has numbers for {2}, {3} before the first month the data holds for {4} ({5})"
msgstr "{1} har tall for {2}, {3} før den første måneden dataene har for {4} ({5})"

msgid "the numbers were imported; if the year or month is wrong, correct the period in the data"
msgstr "tallene ble importert; er året eller måneden feil, rett perioden i dataene"

msgid "{1} years"
msgstr "{1} år"

msgid "{1} months"
msgstr "{1} måneder"

msgid "'{1}' ({2}, {3}) is not a number"
msgstr "«{1}» ({2}, {3}) er ikke et tall"

msgid "write it with digits, for example 3,2 or 3.2, in {1}"
msgstr "skriv det med sifre, for eksempel 3,2 eller 3.2, i {1}"

msgid "write it with digits, for example 3,2 or 3.2"
msgstr "skriv det med sifre, for eksempel 3,2 eller 3.2"

msgid "'{1}' is written in {2}, but the column says {3}"
msgstr "«{1}» er skrevet i {2}, men kolonnen sier {3}"

msgid "use one unit"
msgstr "bruk én enhet"

msgid "'{1}' ({2}, {3}) is written with the unit '{4}', but the form asks for a plain number"
msgstr "«{1}» ({2}, {3}) er skrevet med enheten «{4}», men skjemaet ber om et tall uten enhet"

msgid "write the number without a unit"
msgstr "skriv tallet uten enhet"

msgid "'{1}' ({2}, {3}) is in the wrong unit: the form asks for {4}, not {5}"
msgstr "«{1}» ({2}, {3}) har feil enhet: skjemaet ber om {4}, ikke {5}"

msgid "write the number in {1}, as the form's blank shows"
msgstr "skriv tallet i {1}, slik feltet på skjemaet viser"

msgid "{1}{2} ({3}, {4}) is below the smallest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) er under den minste verdien skjemaet tillater, {5}{6}"

msgid "check the number against the source it was copied from"
msgstr "sjekk tallet mot kilden det ble skrevet av fra"

msgid "{1}{2} ({3}, {4}) is above the largest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) er over den største verdien skjemaet tillater, {5}{6}"

msgid "the check for numbers already in the data"
msgstr "sjekken av tall som allerede finnes i dataene"

msgid "the data has no table {1}(team_id, indicator_id, period, value) to import into: {2}"
msgstr "dataene har ingen tabell {1}(team_id, indicator_id, period, value) å importere til: {2}"

msgid "tavle import adds each number as a row of that table"
msgstr "tavle import legger hvert tall til som en rad i den tabellen"

msgid "the data already holds numbers for {1} in {2} ({3})"
msgstr "dataene har allerede tall for {1} i {2} ({3})"

msgid "a period has one number per indicator; if the one in the data is wrong, correct it there, then import the rest"
msgstr "en periode har ett tall per indikator; er tallet i dataene feil, rett det der og importer så resten"

msgid "{1} has no form"
msgstr "{1} har ikke noe skjema"

msgid "a form is a ```form ID``` cell that lists the numbers to write down"
msgstr "et skjema er en ```form ID```-celle som lister tallene som skal noteres"

msgid "the forms '{1}' ({2}) and '{3}' ask for '{4}' with different units or bounds"
msgstr "skjemaene «{1}» ({2}) og «{3}» spør etter «{4}» med ulike enheter eller grenser"

msgid "give both the same 'unit', 'min', 'max' and 'stored_as', or import with --notebook to say which form the numbers answer"
msgstr "gi begge samme «unit», «min», «max» og «stored_as», eller importer med --notebook for å si hvilket skjema tallene svarer på"

msgid "no notebook in {1} has a form"
msgstr "ingen notatbok i {1} har et skjema"

msgid "a preparation form is a ```form ID``` cell listing the numbers participants bring; see Notebooks/veiledningsgruppe-takst.md"
msgstr "et forberedelsesskjema er en ```form ID```-celle som lister tallene deltakerne tar med; se Notebooks/veiledningsgruppe-takst.md"

msgid "'{1}' is neither a .csv nor a .yaml file"
msgstr "«{1}» er verken en .csv- eller en .yaml-fil"

msgid "save the spreadsheet as CSV (the first line names the columns), or write the numbers in YAML"
msgstr "lagre regnearket som CSV (den første linjen navngir kolonnene), eller skriv tallene i YAML"

msgid "error"
msgstr "feil"

msgid "warning"
msgstr "advarsel"

msgid "'{1}'"
msgstr "«{1}»"

msgid "the file holds an invisible control character ({1})"
msgstr "filen inneholder et usynlig kontrolltegn ({1})"

msgid "delete it; it often comes from copying text out of another program"
msgstr "slett det; det kommer ofte fra tekst kopiert fra et annet program"

msgid "the corrections file"
msgstr "rettelsesfilen"

msgid "'corrections' should be a list (lines starting with '- ')"
msgstr "«corrections» skal være en liste (linjer som begynner med «- »)"

msgid "write each correction on its own line starting with '- '"
msgstr "skriv hver rettelse på en egen linje som begynner med «- »"

msgid "a correction"
msgstr "en rettelse"

msgid "'{1}' of a correction"
msgstr "«{1}» i en rettelse"

msgid "a correction has no '{1}'"
msgstr "en rettelse mangler «{1}»"

msgid "add '{1}'"
msgstr "legg til «{1}»"

msgid "there is no team '{1}' in this workspace"
msgstr "det finnes ikke noe team «{1}» i dette arbeidsområdet"

msgid "the indicator"
msgstr "indikatoren"

msgid "the query"
msgstr "spørringen"

msgid "a correction names either the 'indicator' or the 'query' whose value was corrected"
msgstr "en rettelse navngir enten «indicator» eller «query» som verdien ble rettet i"

msgid "for example 'indicator: fall'"
msgstr "for eksempel «indicator: fall»"

msgid "the period '{1}' of a correction is not a month written YYYY-MM"
msgstr "perioden «{1}» i en rettelse er ikke en måned skrevet ÅÅÅÅ-MM"

msgid "for example 'period: 2021-07'"
msgstr "for eksempel «period: 2021-07»"

msgid "the date '{1}' of a correction is not a date written YYYY-MM-DD"
msgstr "datoen «{1}» i en rettelse er ikke en dato skrevet ÅÅÅÅ-MM-DD"

msgid "the day the data was corrected, for example 2021-10-04"
msgstr "dagen dataene ble rettet, for eksempel 2021-10-04"

msgid "the file has no 'team' column"
msgstr "filen har ingen kolonne «team»"

msgid "the first line names the columns: 'team,indicator,period,value' (one number per row) or 'team,period,takst-1j,takst-2ld' (one participant per row)"
msgstr "den første linjen navngir kolonnene: «team,indikator,periode,verdi» (ett tall per rad) eller «team,periode,takst-1j,takst-2ld» (én deltaker per rad)"

msgid "the file says for no number which period it belongs to"
msgstr "filen sier ikke hvilken periode tallene gjelder"

msgid "add a 'period' column (2023-01), or give the period for the whole file with --period 2023-01"
msgstr "legg til en kolonne «periode» (2023-01), eller oppgi perioden for hele filen med --period 2023-01"

msgid "this row names no team"
msgstr "denne raden navngir ikke noe team"

msgid "write the team's id, as 'tavle run --team' takes it"
msgstr "skriv teamets id, slik 'tavle run --team' tar den"

msgid "the file has an 'indicator' column but no 'value' column"
msgstr "filen har en kolonne «indikator», men ingen kolonne «verdi»"

msgid "name the column with the numbers 'value' (or 'verdi', 'värde', 'værdi')"
msgstr "kall kolonnen med tallene «verdi» (eller «value»)"

msgid "this row names no indicator"
msgstr "denne raden navngir ingen indikator"

msgid "this row has no value"
msgstr "denne raden har ingen verdi"

msgid "write the number, or remove the row if it was not written down"
msgstr "skriv tallet, eller fjern raden hvis det ikke ble notert"

msgid "the file names no indicator"
msgstr "filen navngir ingen indikator"

msgid "give each indicator a column named by its id, for example 'team,takst-1j,takst-2ld'"
msgstr "gi hver indikator en kolonne med id-en som navn, for eksempel «team,takst-1j,takst-2ld»"

msgid "the file"
msgstr "filen"

msgid "the period"
msgstr "perioden"

msgid "the file has no 'teams'"
msgstr "filen har ingen «teams»"

msgid "write 'teams:', then each team's id on its own line and its numbers below it, indented"
msgstr "skriv «teams:», deretter hvert teams id på en egen linje og tallene innrykket under"

msgid "'teams'"
msgstr "«teams»"

msgid "the numbers of '{1}'"
msgstr "tallene til «{1}»"

msgid "the period of '{1}'"
msgstr "perioden til «{1}»"

msgid "no period is given for the numbers of '{1}'"
msgstr "det er ikke oppgitt noen periode for tallene til «{1}»"

msgid "write 'period: 2023-01' at the top of the file, or give --period"
msgstr "skriv «period: 2023-01» øverst i filen, eller oppgi --period"

msgid "the value of '{1}' for '{2}'"
msgstr "verdien av «{1}» for «{2}»"

#: Sources/TavleParse/FilledFormReader.swift:208
msgid "'{1}' is not a month: a year has months 01 to 12, not {2}"
msgstr "«{1}» er ikke en måned: et år har månedene 01 til 12, ikke {2}"

#: Sources/TavleParse/FilledFormReader.swift:209
msgid "correct the month; a quarter is written as its first month (2023-01 for the first quarter)"
msgstr "rett måneden; et kvartal skrives som sin første måned (2023-01 for første kvartal)"

msgid "'{1}' is not a month written as year-month"
msgstr "«{1}» er ikke en måned skrevet som år-måned"

msgid "write it as 2023-01 (a quarter by its first month)"
msgstr "skriv den som 2023-01 (et kvartal ved sin første måned)"

msgid "the form '{1}' has no fields"
msgstr "skjemaet «{1}» har ingen felt"

msgid "write its fields inside the cell, for example 'fields:' and then '  - indicator: takst-1j' with 'label: Takst 1j' and 'unit: \"%\"'"
msgstr "skriv feltene inne i cellen, for eksempel «fields:» og så «  - indicator: takst-1j» med «label: Takst 1j» og «unit: \"%\"»"

msgid "the form '{1}'"
msgstr "skjemaet «{1}»"

msgid "the period of the form '{1}'"
msgstr "perioden til skjemaet «{1}»"

msgid "the period of the form '{1}' names the parameter '{2}', which the notebook does not have"
msgstr "perioden til skjemaet «{1}» viser til parameteren «{2}», som notatboken ikke har"

msgid "add a month parameter under 'params:' in the front matter, for example 'neste_kvartal: { type: month }'"
msgstr "legg til en månedsparameter under «params:» i front matter, for eksempel «neste_kvartal: { type: month }»"

msgid "parameters"
msgstr "parametere"

msgid "the period of the form '{1}' must be a month parameter, but '{2}' is of type {3}"
msgstr "perioden til skjemaet «{1}» må være en månedsparameter, men «{2}» har typen {3}"

msgid "give '{1}' 'type: month', or name another parameter"
msgstr "gi «{1}» «type: month», eller vis til en annen parameter"

msgid "the form '{1}' has no 'fields'"
msgstr "skjemaet «{1}» har ingen «fields»"

msgid "list the numbers to write down under 'fields:', one '- indicator: …' each"
msgstr "list tallene som skal noteres under «fields:», én «- indicator: …» for hvert"

msgid "the fields of the form '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "feltene i skjemaet «{1}» skal være en liste (linjer som begynner med «- »), men er {2}"

msgid "write each field on its own line starting with '- indicator: …'"
msgstr "skriv hvert felt på en egen linje som begynner med «- indicator: …»"

msgid "the form '{1}' asks for the indicator '{2}' twice (first at line {3})"
msgstr "skjemaet «{1}» spør etter indikatoren «{2}» to ganger (første gang på linje {3})"

msgid "each field is one number per participant; remove one of them"
msgstr "hvert felt er ett tall per deltaker; fjern ett av dem"

msgid "the title of the form '{1}'"
msgstr "tittelen på skjemaet «{1}»"

msgid "the intro of the form '{1}'"
msgstr "innledningen til skjemaet «{1}»"

msgid "a field of the form '{1}'"
msgstr "et felt i skjemaet «{1}»"

msgid "a field of the form '{1}' has no 'indicator'"
msgstr "et felt i skjemaet «{1}» har ingen «indicator»"

msgid "add 'indicator: <id>': the indicator the number is a measurement of"
msgstr "legg til «indicator: <id>»: indikatoren tallet er en måling av"

msgid "the indicator of a field"
msgstr "indikatoren til et felt"

msgid "the indicator '{1}' may only hold letters, digits, '-', '_' and '.'"
msgstr "indikatoren «{1}» kan bare inneholde bokstaver, sifre, «-», «_» og «.»"

msgid "the smallest value of '{1}'"
msgstr "den minste verdien for «{1}»"

msgid "the largest value of '{1}'"
msgstr "den største verdien for «{1}»"

msgid "the largest value of '{1}' ({2}) is below its smallest ({3})"
msgstr "den største verdien for «{1}» ({2}) er under den minste ({3})"

msgid "swap 'min' and 'max'"
msgstr "bytt om «min» og «max»"

msgid "the unit of '{1}'"
msgstr "enheten til «{1}»"

msgid "'stored_as' of '{1}'"
msgstr "«stored_as» for «{1}»"

msgid "'{1}' is stored as a share, so the participant writes it in percent, but its unit is {2}"
msgstr "«{1}» lagres som andel, så deltakeren skriver den i prosent, men enheten er {2}"

msgid "not given"
msgstr "ikke oppgitt"

msgid "write 'unit: \"%\"'"
msgstr "skriv «unit: \"%\"»"

msgid "the label of '{1}'"
msgstr "etiketten til «{1}»"

msgid "'{{' is not closed on the same line"
msgstr "«{{» lukkes ikke på samme linje"

msgid "close it with '}}', or write '\\{{' to show the braces as text"
msgstr "lukk med «}}», eller skriv «\\{{» for å vise klammene som tekst"

msgid "expected a name in '{{ {1} }}'"
msgstr "forventet et navn i «{{ {1} }}»"

msgid "for example {{ team.name }} or {{ fall.last.value | number(1) }}"
msgstr "for eksempel {{ team.name }} eller {{ fall.last.value | number(1) }}"

msgid "expected a filter name after '|'"
msgstr "forventet et filternavn etter «|»"

msgid "for example | number(1) or | percent"
msgstr "for eksempel | number(1) eller | percent"

msgid "the filter '{1}' is missing its ')'"
msgstr "filteret «{1}» mangler «)»"

msgid "unexpected '{1}' in '{{ {2} }}'"
msgstr "uventet «{1}» i «{{ {2} }}»"

msgid "an expression is a dotted name followed by filters, such as {{ fall.last.value | number(1) }}"
msgstr "et uttrykk er et navn med punktum, fulgt av filtre, som {{ fall.last.value | number(1) }}"

msgid "the journal"
msgstr "journalen"

msgid "the team"
msgstr "teamet"

msgid "this journal says it belongs to team '{1}', but its file is named after '{2}'"
msgstr "denne journalen sier at den tilhører teamet «{1}», men filen er oppkalt etter «{2}»"

msgid "rename the file to journals/{1}.yaml, or correct 'team:'"
msgstr "gi filen navnet journals/{1}.yaml, eller rett «team:»"

msgid "the language"
msgstr "språket"

msgid "goals"
msgstr "«goals»"

msgctxt "yaml key"
msgid "indicators"
msgstr "«indicators»"

msgctxt "yaml key"
msgid "pdsa"
msgstr "«pdsa»"

msgid "decisions"
msgstr "«decisions»"

msgid "answers"
msgstr "«answers»"

msgid "retired_goals"
msgstr "«retired_goals»"

msgid "a retired goal"
msgstr "et avsluttet mål"

msgid "the retired goal '{1}' has no date"
msgstr "det avsluttede målet «{1}» har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day it was set aside"
msgstr "legg til «date: ÅÅÅÅ-MM-DD», dagen det ble lagt bort"

msgid "the retired goal '{1}'"
msgstr "det avsluttede målet «{1}»"

msgid "the date of a retired goal"
msgstr "datoen for et avsluttet mål"

msgid "the goal '{1}' is both among the goals and retired"
msgstr "målet «{1}» står både blant målene og som avsluttet"

msgid "remove it from 'goals' if it is set aside, or from 'retired_goals' if it is still pursued"
msgstr "fjern det fra «goals» hvis det er lagt bort, eller fra «retired_goals» hvis det fortsatt gjelder"

msgctxt "the"
msgid "goal"
msgstr "målet"

msgctxt "the"
msgid "indicator"
msgstr "indikatoren"

msgctxt "the"
msgid "PDSA cycle"
msgstr "PDSA-sirkelen"

msgctxt "the"
msgid "decision"
msgstr "beslutningen"

msgid "the prompt '{1}' is answered twice for gathering {2} (the first at line {3})"
msgstr "spørsmålet «{1}» er besvart to ganger for samling {2} (første gang på linje {3})"

msgid "keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording"
msgstr "behold ett svar per spørsmål og samling; rediger det første, så tar rapportarkivet vare på den tidligere ordlyden"

msgid "the PDSA cycle '{1}' belongs to the goal '{2}', which the journal does not have"
msgstr "PDSA-sirkelen «{1}» hører til målet «{2}», som journalen ikke har"

msgid "goal ids"
msgstr "mål-id-er"

msgid "the PDSA cycle '{1}' ends ({2}) before it starts ({3})"
msgstr "PDSA-sirkelen «{1}» slutter ({2}) før den begynner ({3})"

msgid "correct 'started' or 'ended'"
msgstr "rett «started» eller «ended»"

#: Sources/TavleParse/JournalParser.swift:86
msgid "the PDSA cycle '{1}' follows itself"
msgstr "PDSA-sirkelen «{1}» følger seg selv"

#: Sources/TavleParse/JournalParser.swift:86
msgid "name the cycle it builds on, or remove 'follows'"
msgstr "oppgi sirkelen den bygger på, eller fjern «follows»"

#: Sources/TavleParse/JournalParser.swift:90
msgid "the PDSA cycle '{1}' follows '{2}', which the journal does not have"
msgstr "PDSA-sirkelen «{1}» følger «{2}», som journalen ikke har"

#: Sources/TavleParse/JournalParser.swift:91
msgid "PDSA cycles"
msgstr "PDSA-sirkler"

#: Sources/TavleParse/JournalParser.swift:97
msgid "the PDSA cycle '{1}' says when it was decided ({2}) but not what"
msgstr "PDSA-sirkelen «{1}» sier når det ble besluttet ({2}), men ikke hva"

#: Sources/TavleParse/JournalParser.swift:98
msgid "write the decision beside its day: 'decision: adopt', 'adapt' or 'abandon'"
msgstr "skriv beslutningen ved siden av dagen: «decision: adopt», «adapt» eller «abandon»"

#: Sources/TavleParse/JournalParser.swift:101
msgid "the PDSA cycle '{1}' was decided ({2}) before it started ({3})"
msgstr "PDSA-sirkelen «{1}» ble besluttet ({2}) før den startet ({3})"

#: Sources/TavleParse/JournalParser.swift:101
msgid "correct 'started' or 'decided'"
msgstr "rett «started» eller «decided»"

msgid "a goal"
msgstr "et mål"

msgid "the goal '{1}'"
msgstr "målet «{1}»"

msgid "what the goal '{1}' is about"
msgstr "hva målet «{1}» handler om"

msgid "who the goal '{1}' is for"
msgstr "hvem målet «{1}» er for"

msgid "how much the goal '{1}' aims for"
msgstr "hvor mye målet «{1}» sikter mot"

msgid "the indicator of the goal '{1}'"
msgstr "indikatoren til målet «{1}»"

msgid "the baseline of the goal '{1}'"
msgstr "utgangspunktet for målet «{1}»"

msgid "the target of the goal '{1}'"
msgstr "målnivået for målet «{1}»"

msgid "the direction of the goal '{1}'"
msgstr "retningen til målet «{1}»"

msgid "the due date of the goal '{1}'"
msgstr "fristen for målet «{1}»"

msgid "the revisions of the goal '{1}'"
msgstr "revisjonene av målet «{1}»"

msgid "a revision"
msgstr "en revisjon"

msgid "a revision of the goal '{1}' has no date"
msgstr "en revisjon av målet «{1}» har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day the goal was changed"
msgstr "legg til «date: ÅÅÅÅ-MM-DD», dagen målet ble endret"

msgid "a revision of the goal '{1}'"
msgstr "en revisjon av målet «{1}»"

msgid "the date of a revision"
msgstr "datoen for en revisjon"

msgid "the goal '{1}' has a target but does not say whether higher or lower is better"
msgstr "målet «{1}» har et målnivå, men sier ikke om høyere eller lavere er bedre"

msgid "add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)"
msgstr "legg til «direction: down» (lavere er bedre, f.eks. fall) eller «direction: up» (høyere er bedre, f.eks. andel screenet)"

msgid "an indicator"
msgstr "en indikator"

msgid "the indicator '{1}' does not say what kind it is"
msgstr "indikatoren «{1}» sier ikke hva slags indikator den er"

msgid "add 'kind: result', 'kind: process' or 'kind: balancing'"
msgstr "legg til «kind: result», «kind: process» eller «kind: balancing»"

msgid "the name of the indicator '{1}'"
msgstr "navnet på indikatoren «{1}»"

msgid "the kind of the indicator '{1}'"
msgstr "typen til indikatoren «{1}»"

msgid "the definition of the indicator '{1}'"
msgstr "definisjonen av indikatoren «{1}»"

msgid "the caveats of the indicator '{1}'"
msgstr "forbeholdene for indikatoren «{1}»"

msgid "the definition changes of the indicator '{1}'"
msgstr "definisjonsendringene for indikatoren «{1}»"

msgid "a definition change"
msgstr "en definisjonsendring"

msgid "a definition change of the indicator '{1}' has no date"
msgstr "en definisjonsendring for indikatoren «{1}» har ingen dato"

msgid "add 'date: YYYY-MM-DD', the first day counted the new way"
msgstr "legg til «date: ÅÅÅÅ-MM-DD», den første dagen det ble talt på den nye måten"

msgid "a definition change of the indicator '{1}'"
msgstr "en definisjonsendring for indikatoren «{1}»"

msgid "the date of a definition change"
msgstr "datoen for en definisjonsendring"

msgid "a PDSA cycle"
msgstr "en PDSA-sirkel"

msgid "the PDSA cycle '{1}'"
msgstr "PDSA-sirkelen «{1}»"

msgid "the goal of the PDSA cycle '{1}'"
msgstr "målet til PDSA-sirkelen «{1}»"

msgid "the plan of '{1}'"
msgstr "planen (plan) for «{1}»"

msgid "the do of '{1}'"
msgstr "utførelsen (do) av «{1}»"

msgid "the study of '{1}'"
msgstr "vurderingen (study) av «{1}»"

msgid "the act of '{1}'"
msgstr "beslutningen (act) for «{1}»"

msgid "the decision of the PDSA cycle '{1}'"
msgstr "beslutningen i PDSA-sirkelen «{1}»"

msgid "the start of the PDSA cycle '{1}'"
msgstr "starten på PDSA-sirkelen «{1}»"

msgid "the end of the PDSA cycle '{1}'"
msgstr "slutten på PDSA-sirkelen «{1}»"

#: Sources/TavleParse/JournalParser.swift:186
msgid "the day the decision of the PDSA cycle '{1}' was made"
msgstr "dagen beslutningen i PDSA-sirkelen «{1}» ble tatt"

#: Sources/TavleParse/JournalParser.swift:187
msgid "the cycle that '{1}' follows"
msgstr "sirkelen som «{1}» følger"

msgid "a decision"
msgstr "en beslutning"

msgid "a decision has no date"
msgstr "en beslutning har ingen dato"

msgid "add 'date: YYYY-MM-DD', the day it was decided"
msgstr "legg til «date: ÅÅÅÅ-MM-DD», dagen det ble bestemt"

msgid "the id of a decision"
msgstr "id-en til en beslutning"

msgid "the date of a decision"
msgstr "datoen for en beslutning"

msgid "why it was decided"
msgstr "hvorfor det ble bestemt"

msgid "an answer"
msgstr "et svar"

msgid "the answer to '{1}' does not say before which gathering it was given"
msgstr "svaret på «{1}» sier ikke før hvilken samling det ble gitt"

msgid "add for example 'gathering: 3'"
msgstr "legg for eksempel til «gathering: 3»"

msgid "the answer to '{1}'"
msgstr "svaret på «{1}»"

msgid "the gathering of an answer"
msgstr "samlingen til et svar"

msgid "the date of an answer"
msgstr "datoen for et svar"

msgid "{1} should be a list (lines starting with '- '), but it is {2}"
msgstr "{1} skal være en liste (linjer som begynner med «- »), men er {2}"

msgid "write each entry on its own line starting with '- '"
msgstr "skriv hver oppføring på en egen linje som begynner med «- »"

msgid "{1} has no '{2}'"
msgstr "{1} mangler «{2}»"

msgid "'{1}' of {2}"
msgstr "«{1}» i {2}"

msgid "'{1}' of {2} is empty"
msgstr "«{1}» i {2} er tom"

msgid "{1} should be a number or a percentage such as '80 %', but it is '{2}'"
msgstr "{1} skal være et tall eller en prosent som «80 %», men er «{2}»"

msgid "{1} should be a date written YYYY-MM-DD, but it is '{2}'"
msgstr "{1} skal være en dato skrevet ÅÅÅÅ-MM-DD, men er «{2}»"

msgid "for example 2021-10-15"
msgstr "for eksempel 2021-10-15"

msgid "two entries are the {1} '{2}' (the first at line {3})"
msgstr "to oppføringer er {1} «{2}» (første gang på linje {3})"

msgid "give each {1} its own id; history follows a {2} by its id"
msgstr "gi hver oppføring sin egen id; historikken følger den ved id-en"

msgid "what (specific)"
msgstr "hva (spesifikt)"

msgid "how much"
msgstr "hvor mye"

msgid "by when"
msgstr "innen når"

msgid "for whom"
msgstr "for hvem"

msgid "the goal '{1}' does not say {2}"
msgstr "målet «{1}» sier ikke {2}"

msgid "a SMART goal says what, how much, by when and for whom; add {1}"
msgstr "et SMART-mål sier hva, hvor mye, innen når og for hvem; legg til {1}"

msgid ""
"start the notebook with front matter, for example:\n"
"  ---\n"
"  id: samling-3\n"
"  title: Samling 3\n"
"  ---"
msgstr ""
"begynn notatboken med front matter, for eksempel:\n"
"  ---\n"
"  id: samling-3\n"
"  title: Samling 3\n"
"  ---"

msgid "the notebook has no front matter"
msgstr "notatboken har ingen front matter"

msgid "the front matter opened here is never closed"
msgstr "front matter som åpnes her, blir aldri lukket"

msgid "add a line with only '---' after the last front matter line"
msgstr "legg til en linje med bare «---» etter den siste linjen i front matter"

msgid "the front matter"
msgstr "front matter"

msgid "the front matter has no 'id'"
msgstr "front matter har ingen «id»"

msgid "add a line like 'id: samling-3'; the id names the report's folder"
msgstr "legg til en linje som «id: samling-3»; id-en gir navn til rapportens mappe"

msgid "the id"
msgstr "id-en"

msgid "the id '{1}' may only hold letters a–z, digits, '-', '_' and '.'"
msgstr "id-en «{1}» kan bare inneholde bokstavene a–z, sifre, «-», «_» og «.»"

msgid "it names folders and files, for example 'samling-3'"
msgstr "den gir navn til mapper og filer, for eksempel «samling-3»"

msgid "the front matter has no 'title'"
msgstr "front matter har ingen «title»"

msgid "add a line like 'title: Samling 3 – Utføre og evaluere'"
msgstr "legg til en linje som «title: Samling 3 – Utføre og evaluere»"

msgid "the title"
msgstr "tittelen"

msgid "the version"
msgstr "versjonen"

msgid "the gathering"
msgstr "samlingen"

msgid "the phase"
msgstr "fasen"

msgid "params"
msgstr "«params»"

msgid "the parameter name '{1}' may only hold letters, digits and '_'"
msgstr "parameternavnet «{1}» kan bare inneholde bokstaver, sifre og «_»"

msgid "SQL refers to it as ':{1}', so it must be one word"
msgstr "SQL viser til det som «:{1}», så det må være ett ord"

msgid "the parameter '{1}'"
msgstr "parameteren «{1}»"

msgid "the type of '{1}'"
msgstr "typen til «{1}»"

msgid "the default of '{1}'"
msgstr "standardverdien til «{1}»"

msgid "the description of '{1}'"
msgstr "beskrivelsen av «{1}»"

msgid "the default of '{1}' {2}"
msgstr "standardverdien til «{1}» {2}"

msgid "only one parameter can choose the team"
msgstr "bare én parameter kan velge teamet"

msgid "give '{1}' another type, such as 'text'"
msgstr "gi «{1}» en annen type, for eksempel «text»"

msgid "the data source"
msgstr "datakilden"

msgctxt "yaml key"
msgid "teams"
msgstr "«teams»"

msgid "the teams query"
msgstr "teamspørringen"

msgid "teams needs a 'table' or a 'query'"
msgstr "teams trenger en «table» eller en «query»"

msgid "for example 'teams: { table: teams }'"
msgstr "for eksempel «teams: { table: teams }»"

msgid "the teams table"
msgstr "teamtabellen"

msgid "'{1}' is not a table name"
msgstr "«{1}» er ikke et tabellnavn"

msgid "write a query instead: 'teams: { query: SELECT id, name FROM … }'"
msgstr "skriv en spørring i stedet: «teams: { query: SELECT id, name FROM … }»"

msgid "the {1} cell opened here is never closed"
msgstr "{1}-cellen som åpnes her, blir aldri lukket"

msgid "add a line with {1} after the cell"
msgstr "legg til en linje med {1} etter cellen"

msgid "this query cell has options but no name"
msgstr "denne spørringscellen har innstillinger, men ikke noe navn"

msgid "name it on the fence line, for example ```sql fall; the name is how the narrative refers to its result"
msgstr "gi den et navn på gjerdelinjen, for eksempel ```sql fall; navnet er slik teksten viser til resultatet"

msgid "a query named '{1}' already stands at line {2}"
msgstr "en spørring med navnet «{1}» står allerede på linje {2}"

msgid "give each query its own name"
msgstr "gi hver spørring sitt eget navn"

msgid "the query '{1}' has the same name as a parameter (line {2})"
msgstr "spørringen «{1}» har samme navn som en parameter (linje {2})"

msgid "rename one of them so that {{ {1} }} means one thing"
msgstr "gi en av dem nytt navn, så {{ {1} }} betyr én ting"

msgid "this prompt has no id"
msgstr "dette spørsmålet har ingen id"

msgid "write it on the fence line, for example ```prompt egen-refleksjon"
msgstr "skriv den på gjerdelinjen, for eksempel ```prompt egen-refleksjon"

msgid "a prompt with id '{1}' already stands at line {2}"
msgstr "et spørsmål med id-en «{1}» står allerede på linje {2}"

msgid "give each prompt its own id; answers are filed under it"
msgstr "gi hvert spørsmål sin egen id; svarene arkiveres under den"

msgid "this worksheet cell does not say which set it shows"
msgstr "denne arbeidsarkcellen sier ikke hvilket sett den viser"

msgid "write the set's id on the fence line, for example ```worksheet veiledning.fase2; 'tavle prompts' lists them"
msgstr "skriv settets id på gjerdelinjen, for eksempel ```worksheet veiledning.fase2; 'tavle prompts' lister dem"

msgid "a worksheet cell shows one set"
msgstr "en arbeidsarkcelle viser ett sett"

msgid "write one set per cell"
msgstr "skriv ett sett per celle"

msgid "a worksheet cell shows the library's set '{1}' and holds nothing itself"
msgstr "en arbeidsarkcelle viser bibliotekets sett «{1}» og inneholder ingenting selv"

msgid "leave the cell empty; to change its wording, add a file to the workspace's prompts/ folder"
msgstr "la cellen stå tom; for å endre ordlyden, legg en fil i arbeidsområdets prompts/-mappe"

msgid "this form has no id"
msgstr "dette skjemaet har ingen id"

msgid "write it on the fence line, for example ```form takster; 'tavle import' names the form by it"
msgstr "skriv den på gjerdelinjen, for eksempel ```form takster; 'tavle import' kjenner skjemaet ved den"

msgid "a form with id '{1}' already stands at line {2}"
msgstr "et skjema med id-en «{1}» står allerede på linje {2}"

msgid "give each form its own id"
msgstr "gi hvert skjema sin egen id"

msgid "a {1} cell shows the team's journal and holds nothing itself"
msgstr "en {1}-celle viser teamets journal og inneholder ingenting selv"

msgid "leave the cell empty; write the {1} in journals/<team>.yaml"
msgstr "la cellen stå tom; skriv {1} i journals/<team>.yaml"

msgid "'{1}' cells are not supported by this version of tavle"
msgstr "«{1}»-celler støttes ikke av denne versjonen av tavle"

msgid "remove the cell or show it as ordinary code with another fence label; supported cells: sql NAME, prompt ID, worksheet SET, form ID, goals, pdsa, decisions"
msgstr "fjern cellen, eller vis den som vanlig kode med en annen merkelapp på gjerdet; støttede celler: sql NAVN, prompt ID, worksheet SETT, form ID, goals, pdsa, decisions"

msgid "letters, digits and '_'"
msgstr "bokstaver, sifre og «_»"

msgid "letters, digits, '-', '_' and '.'"
msgstr "bokstaver, sifre, «-», «_» og «.»"

msgid "the {1} name '{2}' may only hold {3}"
msgstr "navnet «{2}» kan bare inneholde {3}"

msgid "the prompt '{1}' has no question"
msgstr "spørsmålet «{1}» har ingen spørsmålstekst"

msgid "write the question on the lines inside the cell"
msgstr "skriv spørsmålet på linjene inne i cellen"

msgid "should be a whole number, but it is '{1}'"
msgstr "skal være et heltall, men er «{1}»"

msgid "should be a number such as 2.5, but it is '{1}'"
msgstr "skal være et tall som 2.5, men er «{1}»"

msgid "should be a month written YYYY-MM, such as 2022-03, but it is '{1}'"
msgstr "skal være en måned skrevet ÅÅÅÅ-MM, som 2022-03, men er «{1}»"

msgid "should be a date written YYYY-MM-DD, such as 2022-03-15, but it is '{1}'"
msgstr "skal være en dato skrevet ÅÅÅÅ-MM-DD, som 2022-03-15, men er «{1}»"

msgid "the data source is empty"
msgstr "datakilden er tom"

msgid "name a SQLite file or a folder of .sql and .csv files"
msgstr "oppgi en SQLite-fil eller en mappe med .sql- og .csv-filer"

msgid "'csv:' names no folder"
msgstr "«csv:» oppgir ingen mappe"

msgid "write the folder after the colon, for example 'data: csv:data/'"
msgstr "skriv mappen etter kolon, for eksempel «data: csv:data/»"

msgid "write it as postgres://user@host:5432/database"
msgstr "skriv den som postgres://bruker@vert:5432/database"

msgid "'{1}' is not an address tavle can read"
msgstr "«{1}» er ikke en adresse tavle kan lese"

msgid "the PostgreSQL address holds a password"
msgstr "PostgreSQL-adressen inneholder et passord"

msgid "remove it from tavle.yaml (which is shared and kept in git); give it in PGPASSWORD or in ~/.pgpass instead"
msgstr "fjern det fra tavle.yaml (som deles og ligger i git); oppgi det i PGPASSWORD eller i ~/.pgpass i stedet"

msgid "the PostgreSQL address names no database"
msgstr "PostgreSQL-adressen oppgir ingen database"

msgid "the PostgreSQL address names no user"
msgstr "PostgreSQL-adressen oppgir ingen bruker"

msgid "'{1}={2}' in the PostgreSQL address is not something tavle knows"
msgstr "«{1}={2}» i PostgreSQL-adressen er ikke noe tavle kjenner"

msgid "the one setting tavle reads is sslmode=disable, prefer, require, verify-ca or verify-full"
msgstr "den ene innstillingen tavle leser, er sslmode=disable, prefer, require, verify-ca eller verify-full"

msgid "a prompt set"
msgstr "et spørsmålssett"

msgid "the prompt set has no 'id'"
msgstr "spørsmålssettet har ingen «id»"

msgid "add 'id: my-worksheet' (letters, digits, '-', '_' and '.'); notebooks name the set by it"
msgstr "legg til «id: mitt-arbeidsark» (bokstaver, sifre, «-», «_» og «.»); notatbøker viser til settet ved den"

msgid "the id of the prompt set"
msgstr "id-en til spørsmålssettet"

msgid "the prompts of '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "spørsmålene i «{1}» skal være en liste (linjer som begynner med «- »), men er {2}"

msgid "write each prompt on its own line starting with '- id: …'"
msgstr "skriv hvert spørsmål på en egen linje som begynner med «- id: …»"

msgid "the prompt set '{1}' has two prompts with id '{2}'"
msgstr "spørsmålssettet «{1}» har to spørsmål med id-en «{2}»"

msgid "give each prompt its own id"
msgstr "gi hvert spørsmål sin egen id"

msgid "the title of '{1}'"
msgstr "tittelen på «{1}»"

msgid "the intro of '{1}'"
msgstr "innledningen til «{1}»"

msgid "the source of '{1}'"
msgstr "kilden til «{1}»"

msgid "the phases of '{1}'"
msgstr "fasene til «{1}»"

msgid "the gathering '{1}' prepares for"
msgstr "samlingen «{1}» forbereder til"

msgid "a prompt of '{1}'"
msgstr "et spørsmål i «{1}»"

msgid "a prompt of '{1}' has no 'id'"
msgstr "et spørsmål i «{1}» har ingen «id»"

msgid "add 'id: kartlegge'; answers in team journals are filed under '{1}.<id>'"
msgstr "legg til «id: kartlegge»; svar i teamjournalene arkiveres under «{1}.<id>»"

msgid "the id of a prompt of '{1}'"
msgstr "id-en til et spørsmål i «{1}»"

msgid "the id of a prompt of '{1}' may not hold '.': it is '{2}'"
msgstr "id-en til et spørsmål i «{1}» kan ikke inneholde «.»: den er «{2}»"

msgid "the prompt's full id is '{1}.<id>', so its own part is one word, for example '{2}'"
msgstr "spørsmålets fulle id er «{1}.<id>», så dens egen del er ett ord, for eksempel «{2}»"

msgid "the text of '{1}.{2}'"
msgstr "teksten til «{1}.{2}»"

msgid "the help text of '{1}.{2}'"
msgstr "hjelpeteksten til «{1}.{2}»"

msgid "{1} should be a phase from 1 to 5 or a span such as 3-4, but it is '{2}'"
msgstr "{1} skal være en fase fra 1 til 5 eller et spenn som 3-4, men er «{2}»"

msgid "{1} '{2}' may only hold letters, digits, '-', '_' and '.'"
msgstr "{1} «{2}» kan bare inneholde bokstaver, sifre, «-», «_» og «.»"

msgid "'{1}' in {2} is not a language tavle knows ({3})"
msgstr "«{1}» i {2} er ikke et språk tavle kan ({3})"

msgid "did you mean '{1}'?"
msgstr "mente du «{1}»?"

msgid "{1} in '{2}'"
msgstr "{1} på «{2}»"

msgid "an option line stands below the SQL"
msgstr "en innstillingslinje står under SQL-en"

msgid "move every '--|' line to the top of the cell, above the query"
msgstr "flytt alle «--|»-linjer øverst i cellen, over spørringen"

msgid "the query '{1}' has no SQL"
msgstr "spørringen «{1}» har ingen SQL"

msgid "write a SELECT statement inside the cell"
msgstr "skriv en SELECT-setning inne i cellen"

msgid "the query '{1}' uses '?', which does not say what is bound"
msgstr "spørringen «{1}» bruker «?», som ikke sier hva som bindes"

msgid "use a named parameter such as :team or :period"
msgstr "bruk en navngitt parameter som :team eller :period"

msgid "the query '{1}' uses the parameter ':{2}', which the notebook does not declare"
msgstr "spørringen «{1}» bruker parameteren «:{2}», som notatboken ikke deklarerer"

msgid "declare it in the front matter, for example 'params: { {1}: { type: text } }'"
msgstr "deklarer den i front matter, for eksempel «params: { {1}: { type: text } }»"

msgid " (or declare ':{1}' under 'params' in the front matter)"
msgstr " (eller deklarer «:{1}» under «params» i front matter)"

msgid "an option line needs the form '--| key: value'"
msgstr "en innstillingslinje skrives «--| nøkkel: verdi»"

msgid "for example '--| chart: run'"
msgstr "for eksempel «--| chart: run»"

msgid "unknown option '{1}' in the query '{2}'"
msgstr "ukjent innstilling «{1}» i spørringen «{2}»"

msgid "options"
msgstr "innstillinger"

msgid "the option '{1}' is given twice (first on line {2})"
msgstr "innstillingen «{1}» er gitt to ganger (første gang på linje {2})"

msgid "keep one of them"
msgstr "behold én av dem"

msgid "the option '{1}' has no value"
msgstr "innstillingen «{1}» har ingen verdi"

msgid "write it after the colon, for example '--| {1}: …'"
msgstr "skriv den etter kolon, for eksempel «--| {1}: …»"

msgid "'{1}' is not a valid {2} in the query '{3}'"
msgstr "«{1}» er ikke en gyldig {2} i spørringen «{3}»"

msgid "did you mean '{1}'? "
msgstr "mente du «{1}»? "

msgid "valid: {1}"
msgstr "gyldige: {1}"

msgid "freeze should be a number of points of at least 1, but it is '{1}'"
msgstr "freeze skal være et antall punkter på minst 1, men er «{1}»"

msgid "for example '--| freeze: 12' for a baseline of the first 12 months"
msgstr "for eksempel «--| freeze: 12» for en grunnlinje av de første 12 månedene"

msgid "multiply should be a positive number, but it is '{1}'"
msgstr "multiply skal være et positivt tall, men er «{1}»"

msgid "for example '--| multiply: 1000' to show a rate per 1000"
msgstr "for eksempel «--| multiply: 1000» for å vise en rate per 1000"

msgid "decimals should be a whole number from 0 to 6, but it is '{1}'"
msgstr "decimals skal være et heltall fra 0 til 6, men er «{1}»"

msgid "did you mean {1}?"
msgstr "mente du {1}?"

msgid " or "
msgstr " eller "

msgid "there are no {1} here"
msgstr "her finnes ingen {1}"

msgid "known {1}: {2}{3}"
msgstr "kjente {1}: {2}{3}"

msgid "tavle.yaml"
msgstr "tavle.yaml"

msgid "tavle.yaml does not say where the data is"
msgstr "tavle.yaml sier ikke hvor dataene er"

msgid "add for example 'data: data/' (a folder of .sql and .csv files) or 'data: indikatorer.sqlite'"
msgstr "legg for eksempel til «data: data/» (en mappe med .sql- og .csv-filer) eller «data: indikatorer.sqlite»"

msgid "tavle.yaml does not say how to list the teams"
msgstr "tavle.yaml sier ikke hvordan teamene skal listes"

msgid "add for example 'teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }'"
msgstr "legg for eksempel til «teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }»"

msgid "the name"
msgstr "navnet"

msgid "the output folder"
msgstr "rapportmappen"

msgid "privacy"
msgstr "«privacy»"

msgid "min_count"
msgstr "«min_count»"

msgid "query_timeout"
msgstr "«query_timeout»"

msgid "query_timeout should be a number of seconds such as '10s', but it is '{1}'"
msgstr "query_timeout skal være et antall sekunder som «10s», men er «{1}»"

msgid "the remote"
msgstr "fjernarkivet"

msgid "for example 'author: { name: Læringsnettverket, email: kvalitet@kommune.no }'"
msgstr "for eksempel «author: { name: Læringsnettverket, email: kvalitet@kommune.no }»"

msgid "the author"
msgstr "author"

msgid "the author should have a name and an e-mail address, but it is '{1}'"
msgstr "author skal ha et navn og en e-postadresse, men er «{1}»"

msgid " or 'author: Læringsnettverket <kvalitet@kommune.no>'"
msgstr " eller «author: Læringsnettverket <kvalitet@kommune.no>»"

msgid "the author has no name before '<'"
msgstr "author har ikke noe navn foran «<»"

msgid "author"
msgstr "author"

msgid "the author has no name"
msgstr "author har ikke noe navn"

msgid "the author's e-mail"
msgstr "e-postadressen til author"

msgid "the author's name"
msgstr "navnet til author"

msgid "the YAML could not be read: {1}"
msgstr "YAML-en kunne ikke leses: {1}"

msgid "this line is indented with a tab; YAML indents with spaces only"
msgstr "denne linjen har innrykk med tabulator; YAML bruker bare mellomrom til innrykk"

msgid "replace the tab with spaces, as many as the lines around it use"
msgstr "bytt tabulatoren ut med mellomrom, like mange som linjene rundt bruker"

msgid "check the indentation and that every 'key: value' pair has a space after the colon; quote text that contains ':' or '#'"
msgstr "sjekk innrykket, og at hvert «nøkkel: verdi»-par har mellomrom etter kolon; sett tekst som inneholder «:» eller «#» i anførselstegn"

msgid "the YAML is malformed: {1}"
msgstr "YAML-en er feilformet: {1}"

msgid "the key {1} appears twice"
msgstr "nøkkelen {1} står to ganger"

msgid "a single value"
msgstr "én verdi"

msgid "a list of 'key: value' pairs"
msgstr "en liste med «nøkkel: verdi»-par"

msgid "a list"
msgstr "en liste"

msgid "an alias"
msgstr "et alias"

msgid "{1} should be a list of 'key: value' pairs, but it is {2}"
msgstr "{1} skal være en liste med «nøkkel: verdi»-par, men er {2}"

msgid "a key in {1} must be a plain word"
msgstr "en nøkkel i {1} må være et enkelt ord"

msgid "unknown key '{1}' in {2}"
msgstr "ukjent nøkkel «{1}» i {2}"

#: Sources/TavleParse/YAMLReader.swift:104
msgid "tavle's keys are English in every language: write '{1}'"
msgstr "nøklene i tavles filer er engelske på alle språk: skriv «{1}»"

msgid "keys"
msgstr "nøkler"

msgid "{1} should be a single value, but it is {2}"
msgstr "{1} skal være én verdi, men er {2}"

msgid "{1} should be a whole number, but it is '{2}'"
msgstr "{1} skal være et heltall, men er «{2}»"

msgid "{1} should be between {2} and {3}, but it is {4}"
msgstr "{1} skal være mellom {2} og {3}, men er {4}"

msgid "{1} '{2}' could be a number with a decimal comma or a thousand written with a comma"
msgstr "{1} «{2}» kan være et tall med desimalkomma eller tusener skrevet med komma"

#: Sources/TavleParse/YAMLReader.swift:146
msgid "write it with a decimal point, or without the comma for a whole number: '{1}.{2}' or '{3}{4}'"
msgstr "skriv det med desimalpunktum, eller uten komma for et heltall: «{1}.{2}» eller «{3}{4}»"

msgid "{1} should be a number, but it is '{2}'"
msgstr "{1} skal være et tall, men er «{2}»"

#: Sources/TavleParse/YAMLReader.swift:161
msgid "write per cent with the sign, in quotes: \"{1} %\""
msgstr "skriv prosent med tegnet, i anførselstegn: \"{1} %\""

msgid "write it with digits, for example 2.5 or 2,5"
msgstr "skriv det med sifre, for eksempel 2.5 eller 2,5"

msgid "{1} '{2}' is not one of {3}"
msgstr "{1} «{2}» er ikke en av {3}"

#: Sources/TavleParse/YAMLReader.swift:165
msgid "write one of {1}, in English in every language"
msgstr "skriv én av {1}, på engelsk uansett språk"

msgid "{1} already has the table {2}; nothing was loaded"
msgstr "{1} har allerede tabellen {2}; ingenting ble lastet"

msgid "{1} already has the tables {2}; nothing was loaded"
msgstr "{1} har allerede tabellene {2}; ingenting ble lastet"

msgid "give --replace to replace them, or load into an empty database"
msgstr "bruk --replace for å erstatte dem, eller last inn i en tom database"

msgid "adding rows to {1}"
msgstr "å legge til rader i {1}"

msgid "listing its tables"
msgstr "å liste tabellene"

msgid "running {1}"
msgstr "å kjøre {1}"

msgid "{1} failed while {2}: {3}; nothing was written"
msgstr "{1} feilet under {2}: {3}; ingenting ble skrevet"

msgid "check that user '{1}' may create tables and write in '{2}'"
msgstr "sjekk at brukeren «{1}» kan opprette tabeller og skrive i «{2}»"

msgid "{1} was not read because others may read it; make it private with: chmod 600 {2}"
msgstr "{1} ble ikke lest fordi andre kan lese den; gjør den privat med: chmod 600 {1}"

msgid "{1} uses ':{2}', which has no value"
msgstr "{1} bruker «:{2}», som ikke har noen verdi"

msgid "{1} could not be run on {2}: {3}"
msgstr "{1} kunne ikke kjøres på {2}: {3}"

msgid "check that the server is still running"
msgstr "sjekk at serveren fortsatt kjører"

msgid "check the table name; {1} lists its tables with \\dt in psql"
msgstr "sjekk tabellnavnet; {1} lister tabellene sine med \\dt i psql"

msgid "PostgreSQL has no such function for these types; write SQL both SQLite and PostgreSQL run (docs/workspace-and-data.md lists the portable subset), e.g. round in the cell with '--| decimals' instead of ROUND(x, n)"
msgstr "PostgreSQL har ingen slik funksjon for disse typene; skriv SQL som både SQLite og PostgreSQL kjører (docs/workspace-and-data.md lister det felles utvalget), f.eks. rund av i cellen med «--| decimals» i stedet for ROUND(x, n)"

msgid "set PGPASSWORD, or add the line {1}:{2}:{3}:{4}:PASSWORD to ~/.pgpass (chmod 600)"
msgstr "sett PGPASSWORD, eller legg linjen {1}:{2}:{3}:{4}:PASSORD i ~/.pgpass (chmod 600)"

msgid "; "
msgstr "; "

msgid "the PostgreSQL server at {1}:{2} did not accept user '{3}' for the database '{4}'{5}: {6}"
msgstr "PostgreSQL-serveren på {1}:{2} godtok ikke brukeren «{3}» for databasen «{4}»{5}: {6}"

msgid " with the password given"
msgstr " med passordet som ble oppgitt"

msgid "there is no database '{1}' on the PostgreSQL server at {2}:{3}"
msgstr "det finnes ingen database «{1}» på PostgreSQL-serveren på {2}:{3}"

msgid "check the database name in tavle.yaml; 'psql -l' lists the server's databases, and 'tavle data load' fills a new one"
msgstr "sjekk databasenavnet i tavle.yaml; 'psql -l' lister serverens databaser, og 'tavle data load' fyller en ny"

msgid "the PostgreSQL server at {1}:{2} refused the connection to '{3}': {4}"
msgstr "PostgreSQL-serveren på {1}:{2} avviste tilkoblingen til «{3}»: {4}"

msgid "the PostgreSQL server at {1}:{2} asks user '{3}' for a password, and none was found"
msgstr "PostgreSQL-serveren på {1}:{2} ber brukeren «{3}» om et passord, og ingen ble funnet"

msgid "tavle could not reach the PostgreSQL server at {1}:{2} (database '{3}'): {4}"
msgstr "tavle kom ikke fram til PostgreSQL-serveren på {1}:{2} (databasen «{3}»): {4}"

msgid "check that the server runs and that the host and port in tavle.yaml are right; 'pg_isready -h {1} -p {2}' tells whether it answers"
msgstr "sjekk at serveren kjører, og at vert og port i tavle.yaml stemmer; 'pg_isready -h {1} -p {2}' forteller om den svarer"

msgid "sets"
msgstr "sett"

msgid "the new prompt set '{1}' has no title"
msgstr "det nye spørsmålssettet «{1}» har ingen tittel"

msgid "add 'title: …'; or, to adapt one of tavle's sets, use its id: "
msgstr "legg til «title: …»; eller, for å tilpasse et av tavles sett, bruk id-en: "

msgid "the new prompt '{1}.{2}' has no text"
msgstr "det nye spørsmålet «{1}.{2}» har ingen tekst"

msgid "add 'text: the question'"
msgstr "legg til «text: spørsmålet»"

msgid "the prompt sets in {1} could not be listed: {2}"
msgstr "spørsmålssettene i {1} kunne ikke listes: {2}"

msgid "the prompt set could not be read as UTF-8 text"
msgstr "spørsmålssettet kunne ikke leses som UTF-8-tekst"

msgid "the prompt set '{1}' is defined twice (also in {2})"
msgstr "spørsmålssettet «{1}» er definert to ganger (også i {2})"

msgid "keep one file per set"
msgstr "ha én fil per sett"

msgid "tavle's prompt library is missing: looked in {1}"
msgstr "tavles spørsmålsbibliotek mangler: så etter i {1}"

msgid "keep the folder Tavle_TavlePrompts.resources beside the tavle binary when you copy it"
msgstr "behold mappen Tavle_TavlePrompts.resources ved siden av tavle-programmet når du kopierer det"

msgid "there is no prompt set '{1}'"
msgstr "det finnes ikke noe spørsmålssett «{1}»"

msgid " ('tavle prompts' lists them)"
msgstr " ('tavle prompts' lister dem)"

msgid "there is no prompt '{1}' in the library, and the cell has no question of its own"
msgstr "det finnes ikke noe spørsmål «{1}» i biblioteket, og cellen har ikke noe eget spørsmål"

msgid "prompts"
msgstr "spørsmål"

msgid " Or write the question inside the cell to ask your own."
msgstr " Eller skriv spørsmålet inne i cellen for å stille ditt eget."

msgid "the prompt '{1}' is asked twice (also at line {2})"
msgstr "spørsmålet «{1}» stilles to ganger (også på linje {2})"

msgid "answers are filed under the prompt's id, so each prompt may stand once in a notebook"
msgstr "svar arkiveres under spørsmålets id, så hvert spørsmål kan stå én gang i en notatbok"

msgid "Goal history"
msgstr "Målhistorikk"

msgid "The report repository holds no measurements of this goal's indicator."
msgstr "Rapportarkivet har ingen målinger av indikatoren for dette målet."

msgid "Made with Tavle from the report repository: each change as a run recorded it."
msgstr "Laget med Tavle fra rapportarkivet: hver endring slik den ble registrert i en kjøring."

msgid "Goal"
msgstr "Mål"

msgctxt "goal field"
msgid "Target"
msgstr "Målverdi"

msgid "Direction"
msgstr "Retning"

msgid "Due"
msgstr "Frist"

msgid "lower is better"
msgstr "lavere er bedre"

msgid "higher is better"
msgstr "høyere er bedre"

msgid "The indicator then: {1} ({2})."
msgstr "Indikatoren da: {1} ({2})."

msgid "Team"
msgstr "Team"

msgid "Gathering"
msgstr "Samling"

msgid "Phase"
msgstr "Fase"

msgid "Answer"
msgstr "Svar"

msgid "The query returned no rows for this selection."
msgstr "Spørringen ga ingen rader for dette utvalget."

msgid "Median"
msgstr "Median"

msgid "Data"
msgstr "Data"

msgid "Upper limit"
msgstr "Øvre grense"

msgid "Lower limit"
msgstr "Nedre grense"

msgid "Target"
msgstr "Mål"

msgid "Mean"
msgstr "Snitt"

msgid "the median"
msgstr "medianen"

msgid "the centre line"
msgstr "midtlinjen"

msgid "Run chart"
msgstr "Seriediagram"

msgid "Control chart of individual values (I)"
msgstr "Kontrolldiagram for enkeltmålinger (I)"

msgid "Control chart of proportions (P)"
msgstr "Kontrolldiagram for andeler (P)"

msgid "Control chart of rates (U)"
msgstr "Kontrolldiagram for rater (U)"

msgid "Control chart of counts (C)"
msgstr "Kontrolldiagram for antall (C)"

msgid "The median"
msgstr "Medianen"

msgid "The mean"
msgstr "Snittet"

msgid "{1} of {2} measurements from {3} to {4}. {5} is {6}."
msgstr "{1} med {2} målinger fra {3} til {4}. {5} er {6}."

msgid "There are too few measurements off {1} ({2}) to apply the rules for non-random variation; at least {3} are needed."
msgstr "Det er for få målinger utenfor {1} ({2}) til å bruke reglene for ikke-tilfeldig variasjon; det trengs minst {3}."

msgid "{1} measurements in a row lie on the same side of {2} (more than {3} is unusual): a sign of a shift, that is, non-random variation."
msgstr "{1} målinger på rad ligger på samme side av {2} (flere enn {3} er uvanlig): tegn på et skifte, altså ikke-tilfeldig variasjon."

msgid "The line crosses {1} only 1 time (fewer than {2} is unusual): a sign of non-random variation."
msgstr "Kurven krysser {1} bare 1 gang (færre enn {2} er uvanlig): tegn på ikke-tilfeldig variasjon."

msgid "The line crosses {1} only {2} times (fewer than {3} is unusual): a sign of non-random variation."
msgstr "Kurven krysser {1} bare {2} ganger (færre enn {3} er uvanlig): tegn på ikke-tilfeldig variasjon."

msgid "One measurement lies outside the control limits ({1}): a sign of special-cause variation worth looking into."
msgstr "Én måling ligger utenfor kontrollgrensene ({1}): tegn på spesiell variasjon som er verdt å se nærmere på."

msgid "{1} measurements lie outside the control limits ({2}): a sign of special-cause variation worth looking into."
msgstr "{1} målinger ligger utenfor kontrollgrensene ({2}): tegn på spesiell variasjon som er verdt å se nærmere på."

msgid "The chart is split at the changes the team tested; {1} is computed afresh from {2} ({3}). What follows is about the time since."
msgstr "Diagrammet er delt ved endringene teamet har prøvd ut; {1} er regnet på nytt fra {2} ({3}). Det som følger, gjelder tiden etter."

msgid "No sign of non-random variation: the measurements vary around the median as natural (random) variation does."
msgstr "Ingen tegn til ikke-tilfeldig variasjon: målingene varierer rundt medianen slik naturlig (tilfeldig) variasjon gjør."

msgid "No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does."
msgstr "Ingen tegn til ikke-tilfeldig variasjon: målingene holder seg innenfor kontrollgrensene og varierer rundt midtlinjen slik naturlig variasjon gjør."

msgid "Size of the denominator (for example users or days)"
msgstr "Antall i nevneren (for eksempel brukere eller døgn)"

msgid "All"
msgstr "Alle"

msgid "Funnel plot comparing {1} teams with the overall value, {2}, with 95 % and 99.8 % limits. Your team is named; the others are anonymous."
msgstr "Traktdiagram som sammenligner {1} team med snittet for alle, {2}, med 95 %- og 99,8 %-grenser. Teamet ditt er navngitt, de andre er anonyme."

msgid "{1} ({2}) lies within the 95 % limits: the difference from the overall value may well be chance."
msgstr "{1} ({2}) ligger innenfor 95 %-grensene: forskjellen fra snittet for alle kan godt være tilfeldig."

msgid "above"
msgstr "over"

msgid "below"
msgstr "under"

msgid "{1} ({2}) lies {3} the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following."
msgstr "{1} ({2}) ligger {3} snittet, mellom 95 %- og 99,8 %-grensen: det kan være tilfeldig, men er verdt å følge med på."

msgid "{1} ({2}) lies {3} the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users."
msgstr "{1} ({2}) ligger {3} 99,8 %-grensen: trolig mer enn tilfeldig variasjon. Se først etter tekniske årsaker, som ulik registrering eller ulike brukergrupper."

msgid "1 team is not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "1 team er ikke vist: tallene er for små til å vises uten at noen kan kjennes igjen, eller nevneren mangler."

msgid "{1} teams are not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "{1} team er ikke vist: tallene er for små til å vises uten at noen kan kjennes igjen, eller nevneren mangler."

msgid "The comparison is anonymous and no ranking: the other teams have new letters in every handout."
msgstr "Sammenligningen er anonym og ingen rangering: de andre teamene har nye bokstaver i hvert hefte."

msgid "Possible technical causes:"
msgstr "Mulige tekniske årsaker:"

msgid "The last measurement is from {1}; the report is for {2}."
msgstr "Siste måling er fra {1}; rapporten gjelder {2}."

msgid "no measurement for {1}"
msgstr "ingen måling for {1}"

msgid "the indicator is measured a new way from {1} ({2})"
msgstr "indikatoren måles på en ny måte fra {1} ({2})"

msgid "Source"
msgstr "Kilde"

msgid "Preparation form"
msgstr "Forberedelsesskjema"

msgid "Period"
msgstr "Periode"

msgid "at least {1}"
msgstr "minst {1}"

msgid "at most {1}"
msgstr "høyst {1}"

msgid "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '{1}')."
msgstr "Gi skjemaet til veilederen før møtet. Veilederen leser tallene inn med «tavle import» (skjema «{1}»)."

msgid "Facilitator's overview – {1}"
msgstr "Oversikt for fasilitator – {1}"

msgid "Handouts – {1}"
msgstr "Utdelinger – {1}"

msgid "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality."
msgstr "Til fasilitatoren, ikke til utdeling: siden navngir alle team. Teamene står i fast rekkefølge, ikke etter verdi. ▲ betyr tegn til ikke-tilfeldig variasjon, ikke god eller dårlig kvalitet."

msgid "Answers"
msgstr "Svar"

msgid "Changes to goals"
msgstr "Endringer i mål"

msgid "Changes to goals since gathering {1}"
msgstr "Endringer i mål siden samling {1}"

msgid "{1} of {2}"
msgstr "{1} av {2}"

msgid "no journal"
msgstr "ingen journal"

msgid "Overview of every team (for the facilitator)"
msgstr "Oversikt over alle team (for fasilitator)"

msgid "A handout per team"
msgstr "Utdeling per team"

msgid "{1}: last measurement {2}; a sign of non-random variation"
msgstr "{1}: siste måling {2}; tegn til ikke-tilfeldig variasjon"

msgid "{1}: last measurement {2}"
msgstr "{1}: siste måling {2}"

msgid "new goal: {1}"
msgstr "nytt mål: {1}"

msgid "the goal '{1}' was removed"
msgstr "målet '{1}' er fjernet"

msgid "target {1} → {2}"
msgstr "mål {1} → {2}"

msgid "due {1} → {2}"
msgstr "frist {1} → {2}"

msgid "reworded"
msgstr "ny formulering"

msgid "new def."
msgstr "ny def."

msgid "1 period without a value"
msgstr "1 periode uten verdi"

msgid "{1} periods without a value"
msgstr "{1} perioder uten verdi"

msgid "1 period where the denominator is 0 or missing (not drawn)"
msgstr "1 periode der nevneren er 0 eller mangler (ikke tegnet)"

msgid "{1} periods where the denominator is 0 or missing (not drawn)"
msgstr "{1} perioder der nevneren er 0 eller mangler (ikke tegnet)"

msgid "1 value outside what is possible (below 0, or the count above its denominator)"
msgstr "1 verdi utenfor det mulige (under 0, eller telleren større enn nevneren)"

msgid "{1} values outside what is possible (below 0, or the count above its denominator)"
msgstr "{1} verdier utenfor det mulige (under 0, eller telleren større enn nevneren)"

msgid "The chart shows variation over time; on its own it says nothing about the quality of care."
msgstr "Diagrammet viser variasjon over tid; det sier ikke alene noe om kvaliteten på tjenesten."

msgid "Made with Tavle from the notebook {1}, version {2}."
msgstr "Laget med Tavle fra notatboken {1}, versjon {2}."

#: Sources/TavleRender/Strings.swift:203
msgid "Notebook {1} · data {2} · {3}. To cite it: tavle cite {4}"
msgstr "Notatbok {1} · data {2} · {3}. Slik siteres den: tavle cite {4}"

msgid "The team has not written any goals in its journal yet."
msgstr "Teamet har ikke skrevet noen mål i journalen ennå."

msgid "The team has not written any PDSA cycles in its journal yet."
msgstr "Teamet har ikke skrevet noen PDSA-sykluser i journalen ennå."

msgid "The team has not written any decisions in its journal yet."
msgstr "Teamet har ikke skrevet noen beslutninger i journalen ennå."

msgid "What"
msgstr "Hva"

msgid "For whom"
msgstr "For hvem"

msgid "How much"
msgstr "Hvor mye"

msgid "By"
msgstr "Innen"

msgid "Indicator"
msgstr "Indikator"

msgid "Baseline"
msgstr "Utgangspunkt"

msgid "Revised"
msgstr "Endret"

msgid "Why"
msgstr "Hvorfor"

msgid "Plan"
msgstr "Planlegge"

msgid "Do"
msgstr "Utføre"

msgid "Study"
msgstr "Studere"

msgid "Act"
msgstr "Handle"

msgid "The team's answer before gathering {1}"
msgstr "Teamets svar før samling {1}"

msgid "{1} or lower"
msgstr "{1} eller lavere"

msgid "{1} or higher"
msgstr "{1} eller høyere"

msgid "Last measurement ({1}): {2}."
msgstr "Siste måling ({1}): {2}."

msgid " It reaches the target."
msgstr " Den når målet."

msgid " It does not reach the target yet."
msgstr " Den når ikke målet ennå."

msgid "The goal was due {1}; the measurement then ({2}) was {3}."
msgstr "Fristen var {1}; målingen da ({2}) var {3}."

msgid " The target was reached by then."
msgstr " Målet var nådd innen fristen."

msgid " The target was not reached by then."
msgstr " Målet var ikke nådd innen fristen."

msgid "This report shows no measurements of the indicator."
msgstr "Denne rapporten viser ingen målinger av indikatoren."

#: Sources/TavleRender/Strings.swift:253
msgctxt "PDSA field"
msgid "Decision"
msgstr "Beslutning"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA field"
msgid "Title"
msgstr "Tittel"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA field"
msgid "Started"
msgstr "Startet"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA field"
msgid "Ended"
msgstr "Avsluttet"

#: Sources/TavleRender/Strings.swift:261
msgctxt "PDSA field"
msgid "Decided"
msgstr "Besluttet"

#: Sources/TavleRender/Strings.swift:262
msgctxt "PDSA field"
msgid "Follows"
msgstr "Bygger på"

#: Sources/TavleRender/Strings.swift:331
msgctxt "journal field"
msgid "date"
msgstr "dato"

#: Sources/TavleRender/Strings.swift:332
msgctxt "journal field"
msgid "gathering"
msgstr "samling"

#: Sources/TavleRender/Strings.swift:333
msgctxt "journal field"
msgid "prompt"
msgstr "spørsmål"

#: Sources/TavleRender/Strings.swift:334
msgctxt "journal field"
msgid "text"
msgstr "tekst"

#: Sources/TavleRender/Strings.swift:335
msgctxt "journal field"
msgid "what"
msgstr "hva"

#: Sources/TavleRender/Strings.swift:336
msgctxt "journal field"
msgid "why"
msgstr "hvorfor"

#: Sources/TavleRender/Strings.swift:337
msgctxt "journal field"
msgid "unit"
msgstr "enhet"

#: Sources/TavleRender/Strings.swift:338
msgctxt "journal field"
msgid "value"
msgstr "verdi"

#: Sources/TavleRender/Strings.swift:339
msgctxt "journal field"
msgid "name"
msgstr "navn"

#: Sources/TavleRender/Strings.swift:340
msgctxt "journal field"
msgid "kind"
msgstr "type"

#: Sources/TavleRender/Strings.swift:341
msgctxt "journal field"
msgid "definition"
msgstr "definisjon"

#: Sources/TavleRender/Strings.swift:342
msgctxt "journal field"
msgid "caveats"
msgstr "forbehold"

#: Sources/TavleRender/Strings.swift:343
msgctxt "journal field"
msgid "sent"
msgstr "sendt inn"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA decision"
msgid "adopt"
msgstr "videreføre"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA decision"
msgid "adapt"
msgstr "endre"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA decision"
msgid "abandon"
msgstr "forkaste"

#: Sources/TavleRender/Strings.swift:253
msgid "follows: {1}"
msgstr "bygger på: {1}"

msgid "Decision: adopt"
msgstr "Beslutning: videreføre"

msgid "Decision: adapt"
msgstr "Beslutning: endre"

msgid "Decision: abandon"
msgstr "Beslutning: forkaste"

msgid "the option 'n' (a denominator) means nothing on the {1} chart '{2}'"
msgstr "innstillingen «n» (en nevner) betyr ingenting i {1}-diagrammet «{2}»"

msgid "remove it, or use a p or u chart, which divide y by n"
msgstr "fjern den, eller bruk et p- eller u-diagram, som deler y på n"

msgid "the query '{1}' returns no columns to chart"
msgstr "spørringen «{1}» gir ingen kolonner å lage diagram av"

msgid "the chart '{1}' is in per cent and multiplied by '--| multiply'; it cannot be both"
msgstr "diagrammet «{1}» er i prosent og ganges med «--| multiply»; det kan ikke være begge deler"

msgid "keep 'unit: %' for values from 0 to 100, or 'multiply' for a rate per 1000"
msgstr "behold «unit: %» for verdier fra 0 til 100, eller «multiply» for en rate per 1000"

msgid "the chart '{1}' is multiplied by '--| multiply', so its values are not per cent"
msgstr "diagrammet «{1}» ganges med «--| multiply», så verdiene er ikke prosent"

msgid "remove 'unit: %' or 'multiply'"
msgstr "fjern «unit: %» eller «multiply»"

msgid "a {1} chart plots counts or rates, not per cent"
msgstr "et {1}-diagram viser antall eller rater, ikke prosent"

msgid "use a p chart for shares, or a run chart with 'unit: %' for values from 0 to 100"
msgstr "bruk et p-diagram for andeler, eller et seriediagram med «unit: %» for verdier fra 0 til 100"

msgid "(none)"
msgstr "(ingen)"

msgid "the query '{1}' returns no column '{2}' (named by '--| {3}: {4}')"
msgstr "spørringen «{1}» gir ingen kolonne «{2}» (navngitt av «--| {3}: {2}»)"

msgid "the query returns: {1}"
msgstr "spørringen gir: {1}"

msgid "its count"
msgstr "antallet"

msgid "the values it plots"
msgstr "verdiene det viser"

msgid "its denominator"
msgstr "nevneren"

msgid "funnel chart"
msgstr "traktdiagrammet"

msgid "{1} chart"
msgstr "{1}-diagrammet"

msgid "the {1} '{2}' reads {3} from the column '{4}', which the query does not return"
msgstr "{1} «{2}» leser {3} fra kolonnen «{4}», som spørringen ikke gir"

msgid "name the column with '--| {1}: COLUMN', or 'AS {2}' in the SELECT; the query returns: {3}"
msgstr "navngi kolonnen med «--| {1}: KOLONNE», eller «AS {2}» i SELECT; spørringen gir: {3}"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a month written YYYY-MM"
msgstr "rad {1} i spørringen «{2}» har «{3}» i kolonnen «{4}», som ikke er en måned skrevet ÅÅÅÅ-MM"

msgid "correct the period in the data (for example 2024-03); the other rows are months"
msgstr "rett perioden i dataene (for eksempel 2024-03); de andre radene er måneder"

msgid "the query '{1}' returns the month {2} twice (rows {3} and {4})"
msgstr "spørringen «{1}» gir måneden {2} to ganger (rad {3} og {4})"

msgid "the query '{1}' returns {2} (row {3}) after {4} (row {5})"
msgstr "spørringen «{1}» gir {2} (rad {3}) etter {4} (rad {5})"

msgid "a chart has one value per month: check the WHERE clause (one team, one indicator) or the data for a duplicate"
msgstr "et diagram har én verdi per måned: sjekk WHERE (ett team, én indikator) eller dataene for en dublett"

msgid "add 'ORDER BY {1}' to the query"
msgstr "legg til «ORDER BY {1}» i spørringen"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a number"
msgstr "rad {1} i spørringen «{2}» har «{3}» i kolonnen «{4}», som ikke er et tall"

msgid "correct the value in the data, or leave it empty for a missing measurement"
msgstr "rett verdien i dataene, eller la den stå tom for en manglende måling"

msgid "row {1} of the query '{2}' has {3} in the column '{4}': a count cannot be negative"
msgstr "rad {1} i spørringen «{2}» har {3} i kolonnen «{4}»: et antall kan ikke være negativt"

msgid "correct the value in the data"
msgstr "rett verdien i dataene"

msgid "the query '{1}' is not a comparison"
msgstr "spørringen «{1}» er ingen sammenligning"

msgid "the correction of {1} in {2} names the indicator '{3}', which no journal or chart knows"
msgstr "rettelsen for {1} i {2} navngir indikatoren «{3}», som ingen journal eller figur kjenner"

msgid "no pipe to Chromium could be made"
msgstr "det kunne ikke lages noen forbindelse til Chromium"

msgid "it could not be started ({1})"
msgstr "det kunne ikke startes ({1})"

msgid "the filter '{1}' takes a number of decimals from 0 to 6, not '{2}'"
msgstr "filteret «{1}» tar et antall desimaler fra 0 til 6, ikke «{2}»"

msgid "'{1}' is not a number, so the filter '{2}' cannot format it"
msgstr "«{1}» er ikke et tall, så filteret «{2}» kan ikke formatere det"

msgid "apply '{1}' to a numeric column"
msgstr "bruk «{1}» på en tallkolonne"

msgid "unknown filter '{1}'"
msgstr "ukjent filter «{1}»"

msgid "filters"
msgstr "filtre"

msgid "no arguments"
msgstr "ingen argumenter"

msgid "one argument"
msgstr "ett argument"

msgid "at most one argument"
msgstr "høyst ett argument"

msgid "the filter '{1}' takes {2}"
msgstr "filteret «{1}» tar {2}"

msgid "for example | number(1), | percent, | default(\"–\")"
msgstr "for eksempel | number(1), | percent, | default(\"–\")"

msgid "'{1}' goes deeper than '{2}' allows"
msgstr "«{1}» går dypere enn «{2}» tillater"

msgid "this notebook is not run per team, so '{1}' has no value"
msgstr "denne notatboken kjøres ikke per team, så «{1}» har ingen verdi"

msgid "declare a team parameter: 'params: { team: { type: team } }'"
msgstr "deklarer en teamparameter: «params: { team: { type: team } }»"

msgid "teams have no field '{1}'"
msgstr "team har ikke noe felt «{1}»"

msgid "fields"
msgstr "felt"

msgid "say which part of the notebook, for example {{ notebook.title }}"
msgstr "si hvilken del av notatboken, for eksempel {{ notebook.title }}"

msgid "notebooks have no field '{1}'"
msgstr "notatbøker har ikke noe felt «{1}»"

msgid "say which parameter, for example {{ params.period }}"
msgstr "si hvilken parameter, for eksempel {{ params.period }}"

msgid "'{1}' is not a query, parameter or known name in this notebook"
msgstr "«{1}» er ikke en spørring, en parameter eller et kjent navn i denne notatboken"

msgid "names"
msgstr "navn"

msgid "the notebook declares no parameter '{1}'"
msgstr "notatboken deklarerer ingen parameter «{1}»"

msgid "the query '{1}' has no column '{2}'"
msgstr "spørringen «{1}» har ingen kolonne «{2}»"

msgid "columns"
msgstr "kolonner"

msgid "say which value of '{1}' to show"
msgstr "si hvilken verdi av «{1}» som skal vises"

msgid "for example {{ {1}.last.value }} or {{ {2}.count }}"
msgstr "for eksempel {{ {1}.last.value }} eller {{ {1}.count }}"

msgid "'{1}.count' takes nothing after it"
msgstr "«{1}.count» tar ingenting etter seg"

msgid "'{1}' has too many parts"
msgstr "«{1}» har for mange deler"

msgid "for example {{ {1}.{2}.value }}"
msgstr "for eksempel {{ {1}.{2}.value }}"

msgid "for example {{ {1}.last.{2} }}"
msgstr "for eksempel {{ {1}.last.{2} }}"

msgid "the query '{1}' has no column or accessor '{2}'"
msgstr "spørringen «{1}» har ingen kolonne eller tilgang «{2}»"

msgid "target"
msgstr "målnivået"

msgid "baseline"
msgstr "utgangspunktet"

msgid "the {1} of the goal '{2}' is written in per cent, but the chart '{3}'{4} plots numbers, not per cent"
msgstr "{1} for målet «{2}» er skrevet i prosent, men diagrammet «{3}»{4} viser tall, ikke prosent"

msgid "if the query's values are per cent (0–100), add '--| unit: %' to the chart; if they are shares (0–1), use a p chart; otherwise write the {1} as a number on the chart's scale"
msgstr "er verdiene i spørringen prosent (0–100), legg til «--| unit: %» i diagrammet; er de andeler (0–1), bruk et p-diagram; ellers skriv {1} som et tall på diagrammets skala"

msgid "the {1} of the goal '{2}' is {3}, but the chart '{4}'{5} plots shares from 0 to 1"
msgstr "{1} for målet «{2}» er {3}, men diagrammet «{4}»{5} viser andeler fra 0 til 1"

msgid "write it in per cent: '{1}: {2} %'"
msgstr "skriv det i prosent: «{1}: {2} %»"

msgid "the {1} of the goal '{2}' is {3} on the chart '{4}'{5}, which plots per cent: it could mean {6} % or {7} %"
msgstr "{1} for målet «{2}» er {3} i diagrammet «{4}»{5}, som viser prosent: det kan bety {3} % eller {7} %"

msgid "write it with a per-cent sign, for example '{1}: {2} %'"
msgstr "skriv det med prosenttegn, for eksempel «{1}: {2} %»"

msgid "the {1} of the goal '{2}' is {3}, outside 0–100 %, the scale of the chart '{4}'{5}"
msgstr "{1} for målet «{2}» er {3}, utenfor 0–100 %, skalaen til diagrammet «{4}»{5}"

msgid "write it in per cent, for example '{1}: 80 %'"
msgstr "skriv det i prosent, for eksempel «{1}: 80 %»"

msgid "TAVLE_CHROMIUM names '{1}', which is not a program; no PDFs were made (the HTML handouts are ready)"
msgstr "TAVLE_CHROMIUM viser til «{1}», som ikke er et program; ingen PDF-er ble laget (HTML-utdelingene er klare)"

msgid "Chromium is not installed, so no PDFs were made; the HTML handouts are ready and print from any browser. To get PDFs: sudo apt-get install chromium (or set TAVLE_CHROMIUM to a Chrome or Chromium program), then run the command again"
msgstr "Chromium er ikke installert, så ingen PDF-er ble laget; HTML-utdelingene er klare og kan skrives ut fra hvilken som helst nettleser. For å få PDF-er: sudo apt-get install chromium (eller sett TAVLE_CHROMIUM til et Chrome- eller Chromium-program), og kjør kommandoen igjen"

msgid "the pages could not be prepared for printing in {1}: {2}"
msgstr "sidene kunne ikke gjøres klare for utskrift i {1}: {2}"

msgid "check the free space in the temporary folder"
msgstr "sjekk den ledige plassen i den midlertidige mappen"

msgid "Chromium could not print the handouts: "
msgstr "Chromium kunne ikke skrive ut utdelingene: "

msgid "nothing was committed; check that '{1} --headless' runs on this machine"
msgstr "ingenting ble lagret; sjekk at '{1} --headless' kjører på denne maskinen"

msgid "Chromium could not print {1}: "
msgstr "Chromium kunne ikke skrive ut {1}: "

msgid "some pages were not printed"
msgstr "noen sider ble ikke skrevet ut"

#: Sources/TavleRun/PreviewRun.swift:12
msgid "a preview is of one team's report; name one team"
msgstr "en forhåndsvisning gjelder ett teams rapport; oppgi ett team"

#: Sources/TavleRun/PreviewRun.swift:18
msgid "the report was made without its page"
msgstr "rapporten ble laget uten sin side"

msgid "phase {1}"
msgstr "fase {1}"

msgid "phases {1}–{2}"
msgstr "fase {1}–{2}"

msgid "before gathering {1}"
msgstr "før samling {1}"

msgid "Show a set with 'tavle prompts --set ID'. In a notebook: ```worksheet ID``` for the whole set, an empty ```prompt ID.PROMPT``` for one prompt."
msgstr "Vis et sett med 'tavle prompts --set ID'. I en notatbok: ```worksheet ID``` for hele settet, ```prompt ID.SPØRSMÅL``` (tom) for ett spørsmål."

msgid "In a notebook: ```worksheet {1}``` and a line with ``` below it."
msgstr "I en notatbok: ```worksheet {1}``` og en linje med ``` under."

msgid "the query '{1}'"
msgstr "spørringen «{1}»"

msgid "the goal '{1}' is measured by the indicator '{2}', which no journal declares and no chart of '{3}' shows"
msgstr "målet «{1}» måles med indikatoren «{2}», som ingen journal deklarerer og ingen figur i «{3}» viser"

msgid "; or declare it under 'indicators:' in this journal"
msgstr "; eller deklarer den under «indicators:» i denne journalen"

msgid "the goal '{1}' is measured by the indicator '{2}', which no chart of '{3}' shows, so no chart draws its target"
msgstr "målet «{1}» måles med indikatoren «{2}», som ingen diagrammer i «{3}» viser, så ingen diagrammer tegner målnivået"

msgid "did you mean '{1}', which a chart shows? Correct the goal's indicator and its entry under 'indicators:'"
msgstr "mente du «{1}», som et diagram viser? Rett indikatoren til målet og oppføringen under «indicators:»"

msgid "no team journal knows the indicator '{1}' of the query '{2}'"
msgstr "ingen teamjournal kjenner indikatoren «{1}» i spørringen «{2}»"

msgid ", so its chart shows no goal line, PDSA phases or definition changes"
msgstr ", så diagrammet viser ingen mållinje, PDSA-faser eller definisjonsendringer"

msgid "a journal declares an indicator under 'indicators:' (id, name, kind); {1}"
msgstr "en journal deklarerer en indikator under «indicators:» (id, name, kind); {1}"

msgid "did you mean '{1}'? known: {2}"
msgstr "mente du «{1}»? kjente: {2}"

msgid "no indicators are known yet"
msgstr "ingen indikatorer er kjent ennå"

msgid "known: {1}"
msgstr "kjente: {1}"

msgid "there is no result for the query '{1}'"
msgstr "det finnes ikke noe resultat for spørringen «{1}»"

msgid "the run's manifest does not list this query; it was changed after the run"
msgstr "kjøringens manifest har ikke denne spørringen; det er endret etter kjøringen"

msgid "this notebook makes one report for the whole network; it has no team parameter"
msgstr "denne notatboken lager én rapport for hele nettverket; den har ingen teamparameter"

msgid "leave out --team/--all-teams, or declare 'params: { team: { type: team } }' to make one report per team"
msgstr "utelat --team/--all-teams, eller deklarer «params: { team: { type: team } }» for å lage én rapport per team"

msgid "the teams query returned no teams"
msgstr "teamspørringen ga ingen team"

msgid "say which team to make the report for"
msgstr "si hvilket team rapporten skal lages for"

msgid "add --team ID (teams: {1}{2}) or --all-teams"
msgstr "legg til --team ID (team: {1}{2}) eller --all-teams"

msgid "this notebook takes no parameters"
msgstr "denne notatboken tar ingen parametere"

msgid "the parameter '{1}' has no default and was not given"
msgstr "parameteren «{1}» har ingen standardverdi og ble ikke oppgitt"

msgid "add --param {1}=VALUE, or a default in the front matter"
msgstr "legg til --param {1}=VERDI, eller en standardverdi i front matter"

msgid "the parameter '{1}' {2}"
msgstr "parameteren «{1}» {2}"

msgid "correct --param {1}=… on the command line, or the default on this line"
msgstr "rett --param {1}=… på kommandolinjen, eller standardverdien på denne linjen"

msgid "the team {1} has no rows in any query of '{2}': every chart of its report is empty"
msgstr "teamet {1} har ingen rader i noen spørring i «{2}»: alle diagrammene i rapporten er tomme"

msgid "the teams {1} have no rows in any query of '{2}': every chart of their reports is empty"
msgstr "teamene {1} har ingen rader i noen spørring i «{2}»: alle diagrammene i rapportene er tomme"

msgid "check the team's id in the data, or whether its numbers have been imported yet"
msgstr "sjekk teamets id i dataene, eller om tallene er importert ennå"

msgid "every team"
msgstr "alle team"

msgid "{1} of {2} teams: {3}"
msgstr "{1} av {2} team: {3}"

msgid "the query '{1}' returned no rows for {2}"
msgstr "spørringen «{1}» ga ingen rader for {2}"

msgid "their reports say so where the chart would stand"
msgstr "rapportene sier det der diagrammet skulle stått"

msgid "the chart '{1}' says its values are per cent (unit: %), but every value lies between 0 and 1 (largest {2}) for {3}: shares would be drawn a hundred times too low"
msgstr "diagrammet «{1}» sier at verdiene er prosent (unit: %), men hver verdi ligger mellom 0 og 1 (største {2}) for {3}: andeler ville bli tegnet hundre ganger for lavt"

msgid "if the values are shares (0–1), remove 'unit: %' and use a p chart, or multiply by 100 in the SELECT; if they really are below 1 %, this warning can stay"
msgstr "er verdiene andeler (0–1), fjern «unit: %» og bruk et p-diagram, eller gang med 100 i SELECT; er de virkelig under 1 %, kan advarselen stå"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "the funnel '{1}' has {2} without a count or a denominator ({3}): they are left out of the plot in the reports of {4}, as if they had no data"
msgstr "traktdiagrammet «{1}» har {2} uten antall eller nevner ({3}): de er utelatt fra diagrammet i rapportene til {4}, som om de ikke hadde data"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "{1} team"
msgstr "{1} team"

#: Sources/TavleRun/RunWarnings.swift:104
msgid "fill in both columns for every team of the month (a value alone cannot be compared), or leave the team out in the SELECT"
msgstr "fyll ut begge kolonnene for hvert team den måneden (en verdi alene kan ikke sammenlignes), eller utelat teamet i SELECT"

#: Sources/TavleRun/RunWarnings.swift:110
msgid "the {1} chart '{2}' has rows without a count or a denominator ({3}) for {4} in {5}: those months are left out of the chart and of the goal's last measurement, as if there were no data"
msgstr "{1}-diagrammet «{2}» har rader uten antall eller nevner ({3}) for {4} hos {5}: de månedene er utelatt fra diagrammet og fra målets siste måling, som om det ikke fantes data"

#: Sources/TavleRun/RunWarnings.swift:111
msgid "fill in both columns for those rows: a value alone cannot be drawn on a {1} chart (numbers imported with 'tavle import' from a form give a value only)"
msgstr "fyll ut begge kolonnene for de radene: en verdi alene kan ikke tegnes i et {1}-diagram (tall importert med «tavle import» fra et skjema gir bare en verdi)"

msgid "freeze: {1} on the chart '{2}' is longer than its series (at most {3} points) for {4}; the baseline is the whole series"
msgstr "freeze: {1} i diagrammet «{2}» er lengre enn serien (høyst {3} punkter) for {4}; grunnlinjen er hele serien"

msgid "freeze the months before the change, for example 'freeze: 12'"
msgstr "frys månedene før endringen, for eksempel «freeze: 12»"

msgid "the {1} {2} is after the last month in the data of the query '{3}' ({4})"
msgstr "{1} {2} er etter den siste måneden i dataene til spørringen «{3}» ({4})"

msgid "the reports show data up to {1}; import the newer numbers, or run with --param {2}={3}"
msgstr "rapportene viser data til og med {1}; importer de nyere tallene, eller kjør med --param {2}={1}"

msgid " (a warning; --strict makes every warning an error)"
msgstr " (en advarsel; --strict gjør hver advarsel til en feil)"

msgid "the notebook has changed since its last run ({1}), but its version is still {2}"
msgstr "notatboken er endret siden forrige kjøring ({1}), men versjonen er fortsatt {2}"

msgid "raise 'version: {1}' in the front matter, so that reports made from the two texts can be told apart"
msgstr "øk til «version: {1}» i front matter, så rapporter laget av de to tekstene kan skilles fra hverandre"

msgid " (for a {1} chart y is the count and n the denominator)"
msgstr " (i et {1}-diagram er y antallet og n nevneren)"

msgid "the series has no column {1}{2}"
msgstr "serien har ingen kolonne {1}{2}"

msgid "the first line names the columns, for example '{1}'"
msgstr "den første linjen navngir kolonnene, for eksempel «{1}»"

msgid "use a point as the decimal mark (2.5), or leave the field empty for a missing value"
msgstr "bruk punktum som desimaltegn (2.5), eller la feltet stå tomt for en manglende verdi"

msgid "the series has no rows after its header"
msgstr "serien har ingen rader etter overskriften"

msgid "add one line per period, for example '2021-01,12'"
msgstr "legg til én linje per periode, for eksempel «2021-01,12»"

msgid "this journal belongs to no team of the workspace ('{1}')"
msgstr "denne journalen hører ikke til noe team i arbeidsområdet («{1}»)"

msgid " A journal is named after its team id."
msgstr " En journal har navn etter teamets id."

msgid "the decision '{1}'"
msgstr "beslutningen «{1}»"

msgid "{1} is dated {2}, after today ({3})"
msgstr "{1} er datert {2}, etter i dag ({3})"

msgid "check the year; a plan for later belongs in the text, not the date"
msgstr "sjekk årstallet; en plan for senere hører hjemme i teksten, ikke i datoen"

msgid "the notebook '{1}' (gathering {2}) has no prompt '{3}'; this answer is not shown"
msgstr "notatboken «{1}» (samling {2}) har ikke noe spørsmål «{3}»; dette svaret vises ikke"

msgid "prompt ids"
msgstr "spørsmåls-id-er"

msgid "the team '{1}' has no journal ({2}), but the report repository recorded its goals ({3}, commit {4}); its reports would lose them without a reason"
msgstr "teamet «{1}» har ingen journal ({2}), men rapportarkivet har registrert målene dets ({3}, commit {4}); rapportene ville miste dem uten begrunnelse"

msgid "put the journal back as {1} (a journal under another name is not read); to set the goals aside, keep the journal and list them under 'retired_goals:' with a date and a reason"
msgstr "legg journalen tilbake som {1} (en journal med et annet navn blir ikke lest); for å legge målene til side, behold journalen og før dem opp under «retired_goals:» med dato og begrunnelse"

#: Sources/TavleServe/AccessStore.swift:59
msgid "the list of sign-in links could not be read"
msgstr "listen over innloggingslenker kunne ikke leses"

#: Sources/TavleServe/AccessStore.swift:60
msgid "it is written by 'tavle access'; restore it from a backup, or remove it and hand out new links"
msgstr "den skrives av «tavle access»; hent den tilbake fra en sikkerhetskopi, eller fjern den og del ut nye lenker"

#: Sources/TavleServe/AccessStore.swift:90
msgid "no sign-in link in use has the id or name '{1}'"
msgstr "ingen innloggingslenke i bruk har id-en eller navnet «{1}»"

#: Sources/TavleServe/AccessStore.swift:92
msgid "'tavle access list' shows the links; none is in use"
msgstr "«tavle access list» viser lenkene; ingen av dem er i bruk"

#: Sources/TavleServe/AccessStore.swift:93
msgid "ids and names"
msgstr "id-er og navn"

#: Sources/TavleServe/AccessStore.swift:118
msgid "the list of sign-in links could not be written"
msgstr "listen over innloggingslenker kunne ikke skrives"

#: Sources/TavleServe/AccessStore.swift:126
msgid "'{1}' could not be written"
msgstr "«{1}» kunne ikke skrives"

#: Sources/TavleServe/AccessStore.swift:127
msgid "check that the workspace folder is writable"
msgstr "sjekk at mappen til arbeidsområdet er skrivbar"

#: Sources/TavleServe/Forms.swift:88
msgid "Add a decision"
msgstr "Legg til en beslutning"

#: Sources/TavleServe/Forms.swift:89
msgid "Add a PDSA cycle"
msgstr "Legg til en PDSA-sirkel"

#: Sources/TavleServe/Forms.swift:131
msgid "Answers for gathering {1}: {2}"
msgstr "Svar til samling {1}: {2}"

#: Sources/TavleServe/Gatherings.swift:104
msgid "This report cannot be made"
msgstr "Denne rapporten kan ikke lages"

#: Sources/TavleServe/Gatherings.swift:241
msgid "The questions are now those of gathering {1}; nothing was saved. Open the page again to answer them."
msgstr "Spørsmålene gjelder nå samling {1}; ingenting ble lagret. Åpne siden på nytt for å svare på dem."

#: Sources/TavleServe/Pages+Gatherings.swift:83
msgid "Answer what you can. Empty a box to take its answer out; the journal's history keeps it."
msgstr "Svar på det dere kan. Tøm en boks for å ta svaret ut; journalens historikk tar vare på det."

#: Sources/TavleServe/Pages+Gatherings.swift:47
msgid "This gathering's notebook asks no questions."
msgstr "Notatboken for denne samlingen stiller ingen spørsmål."

#: Sources/TavleServe/Pages+Gatherings.swift:65
msgid "Save the answers"
msgstr "Lagre svarene"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "The numbers were not saved:"
msgstr "Tallene ble ikke lagret:"

#: Sources/TavleServe/Pages+Gatherings.swift:135
msgid "see the fields marked below"
msgstr "se feltene som er merket nedenfor"

#: Sources/TavleServe/Pages+Gatherings.swift:131
msgid "The month the numbers are for"
msgstr "Måneden tallene gjelder"

#: Sources/TavleServe/Pages+Gatherings.swift:143
msgid "Between {1} and {2}; leave it empty if you have no number."
msgstr "Mellom {1} og {2}; la feltet stå tomt hvis dere ikke har noe tall."

#: Sources/TavleServe/Pages+Gatherings.swift:154
msgid "Send the numbers"
msgstr "Send tallene"

#: Sources/TavleServe/Pages+Gatherings.swift:70
msgid "Preview a report"
msgstr "Forhåndsvis en rapport"

#: Sources/TavleServe/Pages+Gatherings.swift:73
msgid "A report as a run would make it now, from the notebook, data and journal as they are. It is made again each time one of them is saved."
msgstr "En rapport slik en kjøring ville laget den nå, fra notatboken, dataene og journalen slik de er. Den lages på nytt hver gang en av dem lagres."

#: Sources/TavleServe/Pages+Gatherings.swift:96
msgid "Preview: {1}, {2}"
msgstr "Forhåndsvisning: {1}, {2}"

#: Sources/TavleServe/Pages+Gatherings.swift:98
msgid "Other previews"
msgstr "Andre forhåndsvisninger"

#: Sources/TavleServe/Pages+Gatherings.swift:100
msgid "Made again when the workspace changes; last:"
msgstr "Lages på nytt når arbeidsområdet endres; sist:"

#: Sources/TavleServe/Pages+Gatherings.swift:101
msgid "now"
msgstr "nå"

#: Sources/TavleServe/Pages+Gatherings.swift:109
msgid "The report"
msgstr "Rapporten"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "Handouts"
msgstr "Utdelinger"

#: Sources/TavleServe/Pages+Gatherings.swift:121
msgid "Makes a gathering's handouts as 'tavle handout --all-teams --pdf' does: a report for every team, your overview and an index, printed to PDF, in one commit."
msgstr "Lager utdelingene til en samling slik «tavle handout --all-teams --pdf» gjør: en rapport for hvert team, oversikten din og en innholdsside, skrevet ut til PDF, i én commit."

#: Sources/TavleServe/Pages+Gatherings.swift:136
msgid "Make the handouts"
msgstr "Lag utdelingene"

#: Sources/TavleServe/Pages+Gatherings.swift:142
msgid "The last ones made here"
msgstr "De siste som ble laget her"

#: Sources/TavleServe/Pages+Gatherings.swift:155
msgid "Handouts: {1}"
msgstr "Utdelinger: {1}"

#: Sources/TavleServe/Pages+Gatherings.swift:192
msgid "Starting: reading the notebook, the data and the journals."
msgstr "Starter: leser notatboken, dataene og journalene."

#: Sources/TavleServe/Pages+Gatherings.swift:159
msgid "Making the handouts: {1} of {2} reports made ({3}). This page shows how far it has come."
msgstr "Lager utdelingene: {1} av {2} rapporter laget ({3}). Denne siden viser hvor langt det har kommet."

#: Sources/TavleServe/Pages+Gatherings.swift:199
msgid "All {1} reports are made; printing them to PDF."
msgstr "Alle {1} rapporter er laget; skriver dem ut til PDF."

#: Sources/TavleServe/Pages+Gatherings.swift:169
msgid "Done: {1} reports, {2} printed to PDF, commit {3}."
msgstr "Ferdig: {1} rapporter, {2} skrevet ut til PDF, commit {3}."

#: Sources/TavleServe/Pages+Gatherings.swift:177
msgid "The index"
msgstr "Innholdssiden"

#: Sources/TavleServe/Pages+Gatherings.swift:182
msgid "Your overview"
msgstr "Oversikten din"

#: Sources/TavleServe/Pages.swift:46
msgid "Signed in as {1}"
msgstr "Logget inn som {1}"

#: Sources/TavleServe/Pages.swift:49
msgid "Sign out"
msgstr "Logg ut"

#: Sources/TavleServe/Pages.swift:71
msgid "Back to the start page"
msgstr "Tilbake til startsiden"

#: Sources/TavleServe/Pages.swift:103
msgid "This link signs you in to {1} as the team {2}."
msgstr "Denne lenken logger deg inn i {1} som teamet {2}."

#: Sources/TavleServe/Pages.swift:104
msgid "This link signs you in to {1} as {2}, facilitator."
msgstr "Denne lenken logger deg inn i {1} som {2}, fasilitator."

#: Sources/TavleServe/Pages.swift:105
msgid "This link signs you in to {1} as {2}, researcher (reading only)."
msgstr "Denne lenken logger deg inn i {1} som {2}, forsker (bare lesing)."

#: Sources/TavleServe/Pages.swift:79
msgid "Sign in"
msgstr "Logg inn"

#: Sources/TavleServe/Pages.swift:115
msgid "Keep the link to yourselves: anyone who has it can sign in with it. If it is not yours, close this page."
msgstr "Hold lenken for dere selv: alle som har den, kan logge inn med den. Er den ikke deres, lukk denne siden."

#: Sources/TavleServe/Pages.swift:80
msgid "Open the sign-in link your facilitator gave you. Each team has its own link."
msgstr "Åpne innloggingslenken du fikk av fasilitatoren. Hvert team har sin egen lenke."

#: Sources/TavleServe/Pages.swift:99
msgid "Saved: your change is commit {1} in the report repository."
msgstr "Lagret: endringen din er commit {1} i rapportarkivet."

#: Sources/TavleServe/Pages.swift:106
msgid "Goal history, with the run charts"
msgstr "Målhistorikk, med seriediagrammene"

#: Sources/TavleServe/Pages.swift:111
msgid "Everything recorded: goals, PDSA cycles, decisions, measurements"
msgstr "Alt som er registrert: mål, PDSA-sirkler, beslutninger, målinger"

#: Sources/TavleServe/Pages.swift:145
msgid "The network's figures, without names"
msgstr "Nettverkets tall, uten navn"

#: Sources/TavleServe/Pages.swift:116
msgid "What changed since the last gathering"
msgstr "Hva som er endret siden forrige samling"

#: Sources/TavleServe/Pages.swift:121
msgid "Reports"
msgstr "Rapporter"

#: Sources/TavleServe/Pages.swift:123
msgid "No report has been made for this team yet."
msgstr "Det er ikke laget noen rapport for dette teamet ennå."

#: Sources/TavleServe/Pages.swift:128
msgid "Report"
msgstr "Rapport"

#: Sources/TavleServe/Pages.swift:129
msgid "Made"
msgstr "Laget"

#: Sources/TavleServe/Pages.swift:130
msgid "Commit"
msgstr "Commit"

#: Sources/TavleServe/Pages.swift:148
msgid "Journal"
msgstr "Journal"

#: Sources/TavleServe/Pages.swift:209
msgid "The journal file does not read, so it cannot be changed here until it is mended. Ask your facilitator; this is what tavle found:"
msgstr "Journalfilen kan ikke leses, så den kan ikke endres her før den er rettet. Spør fasilitatoren; dette er hva tavle fant:"

#: Sources/TavleServe/Pages.swift:153
msgid "Goals"
msgstr "Mål"

#: Sources/TavleServe/Pages.swift:154
msgid "No goals yet."
msgstr "Ingen mål ennå."

#: Sources/TavleServe/Site.swift:234
msgid "Change the goal"
msgstr "Endre målet"

#: Sources/TavleServe/Pages.swift:233
msgid "Goals set aside"
msgstr "Mål som er lagt bort"

#: Sources/TavleServe/Pages.swift:208
msgid "Indicators"
msgstr "Indikatorer"

#: Sources/TavleServe/Pages.swift:194
msgid "None yet."
msgstr "Ingen ennå."

#: Sources/TavleServe/Pages.swift:217
msgid "Change the indicator"
msgstr "Endre indikatoren"

#: Sources/TavleServe/Pages.swift:206
msgid "Change the cycle"
msgstr "Endre PDSA-sirkelen"

#: Sources/TavleServe/Pages.swift:174
msgid "Decisions"
msgstr "Beslutninger"

#: Sources/TavleServe/Pages.swift:236
msgid "Change the decision"
msgstr "Endre beslutningen"

#: Sources/TavleServe/Pages.swift:227
msgid "Answer the questions for gathering {1}"
msgstr "Svar på spørsmålene til samling {1}"

#: Sources/TavleServe/Pages.swift:188
msgid "This team has no journal yet."
msgstr "Dette teamet har ingen journal ennå."

#: Sources/TavleServe/Pages.swift:191
msgid "Changes made here"
msgstr "Endringer gjort her"

#: Sources/TavleServe/Pages.swift:210
msgid "{1}: changes since gathering {2}"
msgstr "{1}: endringer siden samling {2}"

#: Sources/TavleServe/Pages.swift:211
msgid "{1}: history"
msgstr "{1}: historikk"

#: Sources/TavleServe/Pages.swift:214
msgid "Back to the team's page"
msgstr "Tilbake til teamets side"

#: Sources/TavleServe/Pages.swift:217
msgid "Nothing recorded."
msgstr "Ingenting registrert."

#: Sources/TavleServe/Pages.swift:290
msgid "{1}: goal history"
msgstr "{1}: målhistorikk"

#: Sources/TavleServe/Pages.swift:335
msgid "{1}: the network's figures"
msgstr "{1}: nettverkets tall"

#: Sources/TavleServe/Pages.swift:339
msgid "Your value beside the network's, in the same month, from what every team's report showed. No team is named; values from small counts are left out, and a figure of fewer than three teams is not shown."
msgstr "Deres verdi ved siden av nettverkets, i samme måned, fra det hvert teams rapport viste. Ingen team er navngitt; verdier fra små tall er utelatt, og et tall fra færre enn tre team vises ikke."

#: Sources/TavleServe/Pages.swift:346
msgid "Chart"
msgstr "Diagram"

#: Sources/TavleServe/Pages.swift:347
msgid "Month"
msgstr "Måned"

#: Sources/TavleServe/Pages.swift:348
msgid "Yours"
msgstr "Deres"

#: Sources/TavleServe/Pages.swift:349
msgid "The network's median"
msgstr "Nettverkets median"

#: Sources/TavleServe/Pages.swift:350
msgid "The middle half of the teams"
msgstr "Den midterste halvdelen av teamene"

#: Sources/TavleServe/Pages.swift:351
msgid "Teams"
msgstr "Team"

#: Sources/TavleServe/Pages.swift:364
msgid "too few teams to show"
msgstr "for få team til å vises"

#: Sources/TavleServe/Pages.swift:302
msgid "a goal changed"
msgstr "et mål endret"

#: Sources/TavleServe/Pages.swift:407
msgid "a goal set aside"
msgstr "et mål lagt bort"

#: Sources/TavleServe/Pages.swift:407
msgid "an indicator changed"
msgstr "en indikator endret"

#: Sources/TavleServe/Pages.swift:408
msgid "preparation-form numbers sent"
msgstr "tall fra forberedelsesskjemaet sendt"

#: Sources/TavleServe/Pages.swift:304
msgid "a decision added"
msgstr "en beslutning lagt til"

#: Sources/TavleServe/Pages.swift:447
msgid "answers to the gathering's questions"
msgstr "svar på samlingens spørsmål"

#: Sources/TavleServe/Pages.swift:306
msgid "the journal file changed by hand"
msgstr "journalfilen endret for hånd"

#: Sources/TavleServe/Pages.swift:357
msgid "The form was not saved: see the field marked below."
msgstr "Skjemaet ble ikke lagret: se feltet som er merket nedenfor."

#: Sources/TavleServe/Pages.swift:360
msgid "The form was not saved:"
msgstr "Skjemaet ble ikke lagret:"

#: Sources/TavleServe/Pages.swift:304
msgid "The goal, in one sentence"
msgstr "Målet, i én setning"

#: Sources/TavleServe/Pages.swift:308
msgid "A number, or a share such as 80 %."
msgstr "Et tall, eller en andel som 80 %."

#: Sources/TavleServe/Pages.swift:309
msgid "Due date"
msgstr "Frist"

#: Sources/TavleServe/Pages.swift:311
msgid "Why the goal changes"
msgstr "Hvorfor målet endres"

#: Sources/TavleServe/Pages.swift:313
msgid "Required when the goal's sentence, target or due date changes: the history keeps it."
msgstr "Må fylles ut når målets setning, målverdi eller frist endres: historikken tar vare på begrunnelsen."

#: Sources/TavleServe/Pages.swift:314
msgid "Save the change"
msgstr "Lagre endringen"

#: Sources/TavleServe/Pages.swift:537
msgid "Set the goal aside"
msgstr "Legg bort målet"

#: Sources/TavleServe/Pages.swift:540
msgid "When the team no longer works toward this goal: reached, replaced or given up. It is listed among the goals set aside with today's date and your reason, and its history stays."
msgstr "Når teamet ikke lenger arbeider mot dette målet: nådd, erstattet eller oppgitt. Det føres opp blant målene som er lagt bort, med dagens dato og begrunnelsen deres, og historikken blir stående."

#: Sources/TavleServe/Pages.swift:546
msgid "Why the goal is set aside"
msgstr "Hvorfor målet legges bort"

#: Sources/TavleServe/Pages.swift:362
msgid "Save"
msgstr "Lagre"

#: Sources/TavleServe/Pages.swift:592
msgid "Name"
msgstr "Navn"

#: Sources/TavleServe/Pages.swift:594
msgid "Kind of indicator"
msgstr "Type indikator"

#: Sources/TavleServe/Pages.swift:603
msgid "Definition"
msgstr "Definisjon"

#: Sources/TavleServe/Pages.swift:604
msgid "What the number cannot tell"
msgstr "Hva tallet ikke kan si"

#: Sources/TavleServe/Pages.swift:605
msgid "A change of definition"
msgstr "En endring i definisjonen"

#: Sources/TavleServe/Pages.swift:612
msgid "What changed in how it is measured"
msgstr "Hva som er endret i hvordan det måles"

#: Sources/TavleServe/Pages.swift:614
msgid "Charts mark the month, so that a jump from the change is not read as improvement."
msgstr "Diagrammene markerer måneden, så et hopp som skyldes endringen ikke leses som forbedring."

#: Sources/TavleServe/Pages.swift:615
msgid "When"
msgstr "Når"

#: Sources/TavleServe/Pages.swift:622
msgid "result indicator"
msgstr "resultatindikator"

#: Sources/TavleServe/Pages.swift:623
msgid "process indicator"
msgstr "prosessindikator"

#: Sources/TavleServe/Pages.swift:624
msgid "balancing indicator"
msgstr "balanseindikator"

#: Sources/TavleServe/Pages.swift:330
msgid "Date"
msgstr "Dato"

#: Sources/TavleServe/Pages.swift:333
msgid "What was decided"
msgstr "Hva som ble besluttet"

#: Sources/TavleServe/Pages.swift:674
msgid "Remove it"
msgstr "Fjern den"

#: Sources/TavleServe/Pages.swift:676
msgid "For an entry written by mistake. The report repository keeps it in its history."
msgstr "For en oppføring som ble skrevet ved en feil. Rapportarkivet tar vare på den i historikken."

#: Sources/TavleServe/Pages.swift:680
msgid "Yes, remove it from the journal"
msgstr "Ja, fjern den fra journalen"

#: Sources/TavleServe/Pages.swift:682
msgid "Remove"
msgstr "Fjern"

#: Sources/TavleServe/Pages.swift:345
msgid "The goal it serves"
msgstr "Målet den skal bidra til"

#: Sources/TavleServe/Pages.swift:732
msgid "{1} (set aside)"
msgstr "{1} (lagt bort)"

#: Sources/TavleServe/Pages.swift:340
msgid "A short name for the cycle"
msgstr "Et kort navn på sirkelen"

#: Sources/TavleServe/Pages.swift:489
msgid "Letters, digits and dashes, without spaces."
msgstr "Bokstaver, sifre og bindestreker, uten mellomrom."

#: Sources/TavleServe/Pages.swift:343
msgid "Title"
msgstr "Tittel"

#: Sources/TavleServe/Pages.swift:359
msgid "Started"
msgstr "Startet"

#: Sources/TavleServe/Pages.swift:378
msgid "Someone else changed the journal"
msgstr "Noen andre har endret journalen"

#: Sources/TavleServe/Pages.swift:381
msgid "The journal was changed after you opened this form, so your change was not saved. Nothing is lost: compare the two versions below, then send the form again to save yours on top of theirs."
msgstr "Journalen ble endret etter at du åpnet dette skjemaet, så endringen din ble ikke lagret. Ingenting er tapt: sammenlign de to versjonene nedenfor, og send så skjemaet igjen for å lagre din endring oppå den andres."

#: Sources/TavleServe/Pages.swift:535
msgid "What the other change did"
msgstr "Hva den andre endringen gjorde"

#: Sources/TavleServe/Pages.swift:538
msgid "What your change does to the journal as it is now"
msgstr "Hva endringen din gjør med journalen slik den er nå"

#: Sources/TavleServe/Pages.swift:393
msgid "(your change cannot be placed in the journal as it is now)"
msgstr "(endringen din kan ikke settes inn i journalen slik den er nå)"

#: Sources/TavleServe/Pages.swift:397
msgid "Your change"
msgstr "Endringen din"

#: Sources/TavleServe/Pages.swift:869
msgid "The form keeps what you changed; every field you left as it was shows what the journal holds now. Check it, then send it again."
msgstr "Skjemaet beholder det du endret; hvert felt du lot stå, viser det journalen har nå. Se over det, og send det igjen."

#: Sources/TavleServe/Pages.swift:554
msgid "No difference."
msgstr "Ingen forskjell."

#: Sources/TavleServe/Pages.swift:407
msgid "The network's teams"
msgstr "Nettverkets team"

#: Sources/TavleServe/Pages.swift:434
msgid "History and trace of every team"
msgstr "Historikk og sporing for alle team"

#: Sources/TavleServe/Pages.swift:411
msgid "Changes since the reports of gathering {1} ({2} UTC)."
msgstr "Endringer siden rapportene fra samling {1} ({2} UTC)."

#: Sources/TavleServe/Pages.swift:418
msgid "Journal changed on the web since then"
msgstr "Journal endret på nett siden da"

#: Sources/TavleServe/Pages.swift:419
msgid "Last change"
msgstr "Siste endring"

#: Sources/TavleServe/Pages.swift:436
msgid "Answers for gathering {1}"
msgstr "Svar til samling {1}"

#: Sources/TavleServe/Pages.swift:427
msgid "no"
msgstr "nei"

#: Sources/TavleServe/Pages.swift:427
msgid "yes ({1})"
msgstr "ja ({1})"

#: Sources/TavleServe/Pages.swift:440
msgid "History of the network"
msgstr "Nettverkets historikk"

#: Sources/TavleServe/Pages.swift:442
msgid "Every change to goals, PDSA cycles, decisions, answers and measurements, one row each:"
msgstr "Hver endring i mål, PDSA-sirkler, beslutninger, svar og målinger, én rad for hver:"

#: Sources/TavleServe/Site.swift:472
msgid "Nothing was filled in."
msgstr "Ingenting ble fylt ut."

#: Sources/TavleServe/Site.swift:479
msgid "The change was not saved"
msgstr "Endringen ble ikke lagret"

#: Sources/TavleServe/Preparation.swift:72
msgid "A temporary file could not be written."
msgstr "En midlertidig fil kunne ikke skrives."

#: Sources/TavleServe/Server.swift:48
msgid "'{1}' is not an address tavle can listen on"
msgstr "«{1}» er ikke en adresse tavle kan lytte på"

#: Sources/TavleServe/Server.swift:49
msgid "give --host an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"
msgstr "gi --host en IP-adresse, for eksempel 127.0.0.1 (bare denne maskinen) eller 0.0.0.0 (alle nettverk)"

#: Sources/TavleServe/Server.swift:79
msgid "the server could not listen on {1}:{2}: {3}"
msgstr "serveren kunne ikke lytte på {1}:{2}: {3}"

#: Sources/TavleServe/Server.swift:80
msgid "another program may use the port; choose another with --port"
msgstr "et annet program bruker kanskje porten; velg en annen med --port"

#: Sources/TavleServe/Server.swift:139
msgid "Not a page address"
msgstr "Ikke en sideadresse"

#: Sources/TavleServe/Server.swift:140
msgid "The address has parts tavle does not accept (such as '..' or an encoded slash)."
msgstr "Adressen har deler tavle ikke godtar (for eksempel «..» eller en kodet skråstrek)."

#: Sources/TavleServe/Site.swift:108
msgid "the teams '{1}' and '{2}' share the report folder '{3}'"
msgstr "teamene «{1}» og «{2}» deler rapportmappen «{3}»"

#: Sources/TavleServe/Site.swift:113
msgid "Sign in first"
msgstr "Logg inn først"

#: Sources/TavleServe/Site.swift:114
msgid "This page is for signed-in users. Open the sign-in link your facilitator gave you."
msgstr "Denne siden er for innloggede brukere. Åpne innloggingslenken du fikk av fasilitatoren."

#: Sources/TavleServe/Site.swift:125
msgid "Not allowed"
msgstr "Ikke tillatt"

#: Sources/TavleServe/Site.swift:125
msgid "This address only reads."
msgstr "Denne adressen kan bare leses."

#: Sources/TavleServe/Site.swift:157
msgid "Not found"
msgstr "Ikke funnet"

#: Sources/TavleServe/Site.swift:157
msgid "There is no page at this address."
msgstr "Det finnes ingen side på denne adressen."

#: Sources/TavleServe/Site.swift:283
msgid "No gathering to answer for"
msgstr "Ingen samling å svare til"

#: Sources/TavleServe/Site.swift:284
msgid "The workspace has no notebook for a gathering yet."
msgstr "Arbeidsområdet har ingen notatbok for en samling ennå."

#: Sources/TavleServe/Site.swift:255
msgid "This page could not be made"
msgstr "Denne siden kunne ikke lages"

#: Sources/TavleServe/Site.swift:266
msgid "Too many attempts"
msgstr "For mange forsøk"

#: Sources/TavleServe/Site.swift:267
msgid "Too many sign-in links that did not work came from here. Try again in {1} minutes."
msgstr "For mange innloggingslenker som ikke virket, er brukt herfra. Prøv igjen om {1} minutter."

#: Sources/TavleServe/Site.swift:279
msgid "This sign-in link does not work"
msgstr "Denne innloggingslenken virker ikke"

#: Sources/TavleServe/Site.swift:280
msgid "The link may have been revoked, or copied only in part. Ask your facilitator for a new link."
msgstr "Lenken kan være trukket tilbake, eller bare delvis kopiert. Be fasilitatoren om en ny lenke."

#: Sources/TavleServe/Site.swift:288
msgid "This team is not in the network"
msgstr "Dette teamet er ikke med i nettverket"

#: Sources/TavleServe/Site.swift:289
msgid "The team '{1}' of this link is not among the network's teams any more. Ask your facilitator."
msgstr "Teamet «{1}» som denne lenken gjelder, er ikke lenger blant nettverkets team. Spør fasilitatoren."

#: Sources/TavleServe/Site.swift:508
msgid "Sign in from your link"
msgstr "Logg inn fra lenken deres"

#: Sources/TavleServe/Site.swift:509
msgid "This sign-in did not come from the page of your sign-in link, or that page was open too long. Open the link your facilitator gave you again, and press the button on its page."
msgstr "Denne innloggingen kom ikke fra siden til innloggingslenken deres, eller siden var åpen for lenge. Åpne lenken dere fikk av fasilitatoren igjen, og trykk på knappen på siden."

#: Sources/TavleServe/Site.swift:314
msgid "The form could not be read"
msgstr "Skjemaet kunne ikke leses"

#: Sources/TavleServe/Site.swift:315
msgid "The browser sent the form without its length."
msgstr "Nettleseren sendte skjemaet uten lengden."

#: Sources/TavleServe/Site.swift:321
msgid "The form is too large"
msgstr "Skjemaet er for stort"

#: Sources/TavleServe/Site.swift:322
msgid "A form may hold at most 64 KB of text. Shorten the longest field and send it again."
msgstr "Et skjema kan inneholde høyst 64 KB tekst. Gjør det lengste feltet kortere, og send skjemaet igjen."

#: Sources/TavleServe/Site.swift:330
msgid "The form was not sent as a web form."
msgstr "Skjemaet ble ikke sendt som et nettskjema."

#: Sources/TavleServe/Site.swift:349
msgid "The form's data is malformed. Open the page again and send the form from there."
msgstr "Dataene i skjemaet er ugyldige. Åpne siden på nytt, og send skjemaet derfra."

#: Sources/TavleServe/Site.swift:357
msgid "The form has expired"
msgstr "Skjemaet er utløpt"

#: Sources/TavleServe/Site.swift:358
msgid "The form did not carry this session's token (it may be from an earlier sign-in). Open the page again and send the form from there."
msgstr "Skjemaet hadde ikke med kontrollkoden for denne økten (det kan være fra en tidligere innlogging). Åpne siden på nytt, og send skjemaet derfra."

#: Sources/TavleServe/Site.swift:437
msgid "Handouts are being made"
msgstr "Utdelinger lages nå"

#: Sources/TavleServe/Site.swift:438
msgid "Other handouts are being made; wait until they are done."
msgstr "Andre utdelinger lages nå; vent til de er ferdige."

#: Sources/TavleServe/Site.swift:376
msgid "Read only"
msgstr "Bare lesetilgang"

#: Sources/TavleServe/Site.swift:377
msgid "A researcher's link reads the network's history; it does not change journals."
msgstr "En forskers lenke gir tilgang til å lese nettverkets historikk; den kan ikke endre journaler."

#: Sources/TavleServe/Site.swift:670
msgid "the goal '{1}' is set aside without a reason"
msgstr "målet «{1}» legges bort uten begrunnelse"

#: Sources/TavleServe/Site.swift:671
msgid "say why the team no longer works toward it: the history keeps it"
msgstr "skriv hvorfor teamet ikke lenger arbeider mot det: historikken tar vare på det"

#: Sources/TavleServe/Site.swift:802
msgid "What this form changes was taken out of the journal, or renamed, after you opened it, so nothing was saved. This is what you typed:"
msgstr "Det dette skjemaet endrer, ble tatt ut av journalen eller fikk nytt navn etter at du åpnet det, så ingenting ble lagret. Dette er det du skrev:"

#: Sources/TavleServe/Site.swift:676
msgid "Nothing was removed"
msgstr "Ingenting ble fjernet"

#: Sources/TavleServe/Site.swift:677
msgid "Tick the box that says you mean it, then press the button again."
msgstr "Kryss av i boksen som sier at du mener det, og trykk på knappen igjen."

#: Sources/TavleServe/Site.swift:589
msgid "the id '{1}' has spaces or other signs; use letters, digits and dashes"
msgstr "id-en «{1}» har mellomrom eller andre tegn; bruk bokstaver, sifre og bindestreker"

#: Sources/TavleServe/Site.swift:453
msgid "The form has fields this page does not have ({1}). Open the page again and send the form from there."
msgstr "Skjemaet har felt som denne siden ikke har ({1}). Åpne siden på nytt, og send skjemaet derfra."

#: Sources/TavleServe/Site.swift:497
msgid "The journal was changed by someone else after you opened this form. Compare the two versions; send the form again to save your change on top of theirs."
msgstr "Noen andre endret journalen etter at du åpnet dette skjemaet. Sammenlign de to versjonene; send skjemaet på nytt for å lagre endringen din oppå deres."

msgid "is empty"
msgstr "er tom"

msgid "is longer than {1} characters"
msgstr "er lengre enn {1} tegn"

msgid "starts with '.'"
msgstr "begynner med «.»"

msgid "is the name of tavle's own folder in the report repository"
msgstr "er navnet på tavles egen mappe i rapportarkivet"

msgid "a control character"
msgstr "et kontrolltegn"

msgid "holds {1}"
msgstr "inneholder {1}"

msgid "the teams query must return the columns 'id' and 'name'; it returns {1}"
msgstr "teamspørringen må gi kolonnene «id» og «name»; den gir {1}"

msgid "rename the columns in the query, for example 'SELECT team_id AS id, team_name AS name FROM …'"
msgstr "gi kolonnene nye navn i spørringen, for eksempel «SELECT team_id AS id, team_name AS name FROM …»"

msgid "row {1} of the teams query has the team id '{2}', which {3}"
msgstr "rad {1} i teamspørringen har team-id-en «{2}», som {3}"

msgid "a team id names the team's folder and journal: letters, digits, '-', '_' and '.', at most {1} characters, not starting with '.'"
msgstr "en team-id gir navn til teamets mappe og journal: bokstaver, sifre, «-», «_» og «.», høyst {1} tegn, og ikke «.» først"

msgid "the teams query returns the team id '{1}' twice (rows {2} and {3})"
msgstr "teamspørringen gir team-id-en «{1}» to ganger (rad {2} og {3})"

msgid "the team ids '{1}' and '{2}' (rows {3} and {4}) differ only in upper and lower case, and would share a folder"
msgstr "team-id-ene «{1}» og «{2}» (rad {3} og {4}) skiller seg bare i store og små bokstaver, og ville delt mappe"

msgid "each team needs its own id"
msgstr "hvert team trenger sin egen id"

msgid "another tavle run has held '{1}' for over {2} s"
msgstr "en annen tavle-kjøring har holdt «{1}» i over {2} s"

msgid "wait for it to finish and run again"
msgstr "vent til den er ferdig, og kjør igjen"

msgid "the output folder '{1}' could not be created: {2}"
msgstr "rapportmappen «{1}» kunne ikke opprettes: {2}"

msgid "no {1} was found in '{2}' or any folder above it"
msgstr "ingen {1} ble funnet i «{2}» eller noen mappe over"

msgid "run the command in your workspace (the folder with tavle.yaml beside the notebooks, or one below it), or make one with 'tavle init my-network'"
msgstr "kjør kommandoen i arbeidsområdet (mappen med tavle.yaml ved siden av notatbøkene, eller en mappe under den), eller lag et med «tavle init mitt-nettverk»"

msgid "'{1}' does not exist"
msgstr "«{1}» finnes ikke"

msgid "check the path and the spelling"
msgstr "sjekk stien og stavemåten"

msgid "check that you may read it"
msgstr "sjekk at du har lov til å lese den"

msgid "the file is not UTF-8 text"
msgstr "filen er ikke UTF-8-tekst"

msgid "save it as UTF-8 in your editor"
msgstr "lagre den som UTF-8 i redigeringsprogrammet"

msgid "'{1}' is a tavle workspace already (it has a tavle.yaml); nothing was written"
msgstr "«{1}» er et tavle-arbeidsområde allerede (det har en tavle.yaml); ingenting ble skrevet"

msgid "to start another network, name a new folder: tavle init another-network"
msgstr "for å starte et nytt nettverk, oppgi en ny mappe: tavle init et-annet-nettverk"

msgid "'{1}' is not empty ({2}); tavle init makes a new workspace in a new or empty folder"
msgstr "«{1}» er ikke tom ({2}); tavle init lager et nytt arbeidsområde i en ny eller tom mappe"

msgid "name a new folder (tavle init my-network), or give --force to add the files beside what is there (none is overwritten)"
msgstr "oppgi en ny mappe (tavle init mitt-nettverk), eller bruk --force for å legge filene ved siden av det som er der (ingenting overskrives)"

msgid "'{1}/{2}' exists already; nothing was written"
msgstr "«{1}/{2}» finnes allerede; ingenting ble skrevet"

msgid "tavle init never overwrites a file: move it away, or choose another folder"
msgstr "tavle init overskriver aldri en fil: flytt den bort, eller velg en annen mappe"

msgid "'{1}/{2}' could not be written: {3}"
msgstr "«{1}/{2}» kunne ikke skrives: {3}"

msgctxt "month"
msgid "January"
msgstr "januar"

msgctxt "month"
msgid "February"
msgstr "februar"

msgctxt "month"
msgid "March"
msgstr "mars"

msgctxt "month"
msgid "April"
msgstr "april"

msgctxt "month"
msgid "May"
msgstr "mai"

msgctxt "month"
msgid "June"
msgstr "juni"

msgctxt "month"
msgid "July"
msgstr "juli"

msgctxt "month"
msgid "August"
msgstr "august"

msgctxt "month"
msgid "September"
msgstr "september"

msgctxt "month"
msgid "October"
msgstr "oktober"

msgctxt "month"
msgid "November"
msgstr "november"

msgctxt "month"
msgid "December"
msgstr "desember"

msgctxt "month, short"
msgid "Jan"
msgstr "jan"

msgctxt "month, short"
msgid "Feb"
msgstr "feb"

msgctxt "month, short"
msgid "Mar"
msgstr "mar"

msgctxt "month, short"
msgid "Apr"
msgstr "apr"

msgctxt "month, short"
msgid "May"
msgstr "mai"

msgctxt "month, short"
msgid "Jun"
msgstr "jun"

msgctxt "month, short"
msgid "Jul"
msgstr "jul"

msgctxt "month, short"
msgid "Aug"
msgstr "aug"

msgctxt "month, short"
msgid "Sep"
msgstr "sep"

msgctxt "month, short"
msgid "Oct"
msgstr "okt"

msgctxt "month, short"
msgid "Nov"
msgstr "nov"

msgctxt "month, short"
msgid "Dec"
msgstr "des"

"""#,
        "sv": #"""
# Tavle: the words it adds, in Swedish.
#
# Each msgid is an English sentence as the code writes it; {1}, {2}, ... stand for the values
# the code fills in (a name, a number, or another translated phrase) and may move within the
# sentence. msgctxt tells apart two sentences whose English reads the same. The X-Tavle-
# header fields say how the language writes numbers and dates (\u00A0 is a no-break space).
# Keep to the glossary (GLOSSARY.md beside this file).
msgid ""
msgstr ""
"Project-Id-Version: tavle\n"
"Language: sv\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"X-Tavle-Decimal-Mark: ,\n"
"X-Tavle-Group-Separator: \\u00A0\n"
"X-Tavle-Percent: \\u00A0%\n"
"X-Tavle-Date: {day} {month} {year}\n"

msgid "this run is dated {1}, before the last run in '{2}' ({3}, commit {4})"
msgstr "den här körningen är daterad {1}, före den förra körningen i ”{2}” ({3}, commit {4})"

msgid "check this computer's date and time (and TAVLE_COMMIT_TIME, if set); runs out of order confuse history and the goal dates"
msgstr "kontrollera datum och klocka på den här datorn (och TAVLE_COMMIT_TIME, om den är satt); körningar i fel ordning förvirrar historiken och måldatumen"

msgid "two teams would write the same report file"
msgstr "två team skulle skriva samma rapportfil"

msgid "give teams ids that differ in letters and digits, not only in punctuation"
msgstr "ge teamen id:n som skiljer sig åt i bokstäver och siffror, inte bara i skiljetecken"

msgid "'{1}' could not be written to"
msgstr "det gick inte att skriva till ”{1}”"

msgid "another tavle run committed to '{1}' while this one was running ({2}); nothing was committed"
msgstr "en annan körning av tavle sparade i ”{1}” medan den här pågick ({2}); ingenting sparades"

msgid "run the command again: it will build on the other run's commit"
msgstr "kör kommandot igen: det bygger då vidare på den andra körningens commit"

msgid "{1} committed '{2}' ({3}) to the report repository '{4}' while this run was running; nothing was committed"
msgstr "{1} sparade ”{2}” ({3}) i rapportarkivet ”{4}” medan den här körningen pågick; ingenting sparades"

msgid "commits by hand in the report repository are named by 'tavle verify'; run the command again once that commit is as it should be"
msgstr "commits som görs för hand i rapportarkivet visas av ”tavle verify”; kör kommandot igen när den commiten är som den ska vara"

msgid "there is no report repository in '{1}' yet, so there is nothing to push"
msgstr "det finns inget rapportarkiv i ”{1}” ännu, så det finns inget att skicka"

msgid "there is no report repository in '{1}' yet"
msgstr "det finns inget rapportarkiv i ”{1}” ännu"

msgid "'tavle run' creates it with the first report"
msgstr "'tavle run' skapar det med den första rapporten"

msgid "the report repository '{1}' could not be read: {2}"
msgstr "rapportarkivet ”{1}” kunde inte läsas: {2}"

msgid "check that it is a git repository made by tavle"
msgstr "kontrollera att det är ett git-arkiv som tavle har skapat"

msgid "another tavle run committed to '{1}' while this one was running; nothing was committed"
msgstr "en annan körning av tavle sparade i ”{1}” medan den här pågick; ingenting sparades"

msgid "the report repository '{1}' could not be updated: {2}"
msgstr "rapportarkivet ”{1}” kunde inte uppdateras: {2}"

msgid "check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed"
msgstr "kontrollera att det går att skriva i mappen och att den är ett git-arkiv som tavle har skapat (eller tom); ingenting sparades"

msgid "TAVLE_COMMIT_TIME '{1}' is not a time tavle can read"
msgstr "TAVLE_COMMIT_TIME ”{1}” är inte en tidpunkt som tavle kan läsa"

msgid "write it as 2021-01-20T09:00:00+01:00 (date, time and offset from UTC), or unset it to commit at the current time"
msgstr "skriv den som 2021-01-20T09:00:00+01:00 (datum, klockslag och avvikelse från UTC), eller ta bort variabeln för att använda aktuell tid"

msgid "'{1}' is not writable: {2}"
msgstr "det går inte att skriva i ”{1}”: {2}"

msgid "choose another --output or fix the folder's permissions"
msgstr "välj en annan --output, eller rätta behörigheterna för mappen"

msgid "choose another --output (a new or empty folder), or the report folder tavle made"
msgstr "välj en annan --output (en ny eller tom mapp), eller den rapportmapp som tavle skapade"

msgid "'{1}' holds files tavle did not make ({2}{3}); tavle makes its report repository only in a new or empty folder"
msgstr "”{1}” innehåller filer som tavle inte har skapat ({2}{3}); tavle skapar sitt rapportarkiv bara i en ny eller tom mapp"

msgid "'{1}' holds a .git folder that is not a repository git can read: {2}"
msgstr "”{1}” innehåller en .git-mapp som inte är ett arkiv som git kan läsa: {2}"

msgid "the branch '{1}' is checked out"
msgstr "grenen ”{1}” är utcheckad"

msgid "HEAD is detached (no branch is checked out)"
msgstr "HEAD är frikopplat (ingen gren är utcheckad)"

msgid "in the report repository '{1}' {2}; tavle commits its reports to 'main'"
msgstr "rapportarkivet ”{1}”: {2}; tavle sparar sina rapporter på ”main”"

msgid "check out main there ('git -C {1} checkout main'), or choose another --output"
msgstr "checka ut main där (”git -C {1} checkout main”), eller välj en annan --output"

msgid "'{1}' is another project's repository: none of its commits (the last {2}, '{3}') was made by tavle"
msgstr "”{1}” är ett annat projekts arkiv: ingen av dess commits (den senaste {2}, ”{3}”) har gjorts av tavle"

msgid "'{1}' holds files tavle did not make ({2})"
msgstr "”{1}” innehåller filer som tavle inte har skapat ({2})"

msgid "choose another --output (a new or empty folder)"
msgstr "välj en annan --output (en ny eller tom mapp)"

msgid "the report folder '{1}' holds symbolic links, through which a run would write outside it: {2}"
msgstr "rapportmappen ”{1}” innehåller symboliska länkar som en körning skulle skriva genom, till platser utanför mappen: {2}"

msgid "remove them ('git -C {1} status' shows them); tavle makes folders and files, never links"
msgstr "ta bort dem (”git -C {1} status” visar dem); tavle skapar mappar och filer, aldrig länkar"

msgid "the report repository '{1}' has changes staged but not committed: {2}"
msgstr "rapportarkivet ”{1}” har ändringar som lagts till (staged) men inte sparats: {2}"

msgid "reports in '{1}' were edited since tavle wrote them: {2}"
msgstr "rapporter i ”{1}” har redigerats sedan tavle skrev dem: {2}"

msgid "tavle writes only over files as it made them; keep the edits elsewhere, then run again with --discard-edits to put the files back as tavle made them (this discards the edits)"
msgstr "tavle skriver bara över filer som ser ut som när tavle skapade dem; spara ändringarna någon annanstans och kör sedan igen med --discard-edits för att återställa filerna som tavle skapade dem (då förloras ändringarna)"

msgid "the reports could not be written to '{1}': {2}"
msgstr "rapporterna kunde inte skrivas till ”{1}”: {2}"

msgid "check that the folder exists or can be created, and that you may write to it; nothing was changed"
msgstr "kontrollera att mappen finns eller kan skapas, och att du har behörighet att skriva i den; ingenting ändrades"

msgid "'{1}' could not be replaced: {2}"
msgstr "”{1}” kunde inte ersättas: {2}"

msgid "the commit is made; run again to bring the working tree up to date"
msgstr "commiten är gjord; kör igen för att uppdatera arbetsmappen"

msgid "the report repository has no reports for the team '{1}'"
msgstr "rapportarkivet har inga rapporter för teamet ”{1}”"

msgid "check the team id; 'tavle log' lists the runs and their teams"
msgstr "kontrollera team-id:t; 'tavle log' listar körningarna och deras team"

msgid "is not a handout record tavle wrote"
msgstr "är inte en logg över utdelningsmaterial som tavle har skrivit"

msgid "it was probably edited by hand; run 'tavle handout' again"
msgstr "den har troligen redigerats för hand; kör 'tavle handout' igen"

msgid "is missing: the handout run recorded in {1} wrote it"
msgstr "saknas: körningen av utdelningsmaterialet som registrerades i {1} skrev den"

msgid "run 'tavle handout' again to make it"
msgstr "kör 'tavle handout' igen för att skapa den"

msgid "differs from what the handout run wrote ({1})"
msgstr "skiljer sig från det som körningen av utdelningsmaterialet skrev ({1})"

msgid "the file was changed after tavle made it; 'git log -p -- {1}' shows by whom"
msgstr "filen har ändrats efter att tavle skapade den; 'git log -p -- {1}' visar av vem"

msgid "is not the page the handouts in {1} were made from"
msgstr "är inte den sida som utdelningsmaterialet i {1} skapades från"

msgid "the report changed after the handouts were printed; run 'tavle handout' again"
msgstr "rapporten har ändrats efter att utdelningsmaterialet skrevs ut; kör 'tavle handout' igen"

msgid "was not made by a tavle handout run (no handout record names it)"
msgstr "skapades inte av en körning av tavle handout (ingen logg över utdelningsmaterial nämner den)"

msgid "it was probably added by hand; remove it, or run 'tavle handout' again"
msgstr "den har troligen lagts till för hand; ta bort den, eller kör 'tavle handout' igen"

#: Sources/TavleAudit/ReportCitation.swift:66
msgid "the report repository has no run for gathering {1}"
msgstr "rapportarkivet har ingen körning för lärandeseminarium {1}"

#: Sources/TavleAudit/ReportCitation.swift:67
msgid "'tavle log' lists the runs and their gatherings; or name the notebook with --notebook"
msgstr "”tavle log” visar körningarna och deras lärandeseminarier; eller ange anteckningsboken med --notebook"

#: Sources/TavleAudit/ReportVerify.swift:192
msgid "the report repository has no run '{1}'"
msgstr "rapportarkivet har ingen körning ”{1}”"

#: Sources/TavleAudit/ReportVerify.swift:193
msgid "'tavle log' lists the runs; name one by its commit, such as 4be0c21, or HEAD~1"
msgstr "”tavle log” visar körningarna; ange en med dess commit, till exempel 4be0c21, eller HEAD~1"

#: Sources/TavleAudit/ReportCitation.swift:74
msgid " for gathering {1}"
msgstr " för lärandeseminarium {1}"

#: Sources/TavleAudit/ReportCitation.swift:102
msgid "the report repository has no report '{1}.html'"
msgstr "rapportarkivet har ingen rapport ”{1}.html”"

#: Sources/TavleAudit/ReportVerify.swift:212
msgid "reports"
msgstr "rapporter"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid "the report repository has no report '{1}.html'{2}{3}"
msgstr "rapportarkivet har ingen rapport ”{1}.html”{2}{3}"

#: Sources/TavleAudit/ReportCitation.swift:76
msgid " in the run {1}"
msgstr " i körningen {1}"

#: Sources/TavleAudit/ReportCitation.swift:77
msgid "'tavle log --team ID' lists the runs of a team; name the report as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "”tavle log --team ID” visar ett teams körningar; ange rapporten så som arkivet har den, till exempel boras-solgarden/larandeseminarium-3.html"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "the manifest of '{1}.html' in the run {2} cannot be read"
msgstr "manifestet för ”{1}.html” i körningen {2} kan inte läsas"

#: Sources/TavleAudit/ReportCitation.swift:83
msgid "'tavle verify' says what is wrong with it"
msgstr "”tavle verify” säger vad som är fel med det"

#: Sources/TavleAudit/ReportCitation.swift:108
msgid "{1}. {2} ({3}, version {4})"
msgstr "{1}. {2} ({3}, version {4})"

#: Sources/TavleAudit/ReportCitation.swift:109
msgid ", gathering {1}"
msgstr ", lärandeseminarium {1}"

#: Sources/TavleAudit/ReportCitation.swift:112
msgid "Made {1} by {2} with {3}."
msgstr "Skapad {1} av {2} med {3}."

#: Sources/TavleAudit/ReportCitation.swift:114
msgid "Report repository: commit {1}, {2} (blob {3})."
msgstr "Rapportarkiv: commit {1}, {2} (blob {3})."

#: Sources/TavleAudit/ReportCitation.swift:116
msgid "Notebook blob {1}; journal blob {2}."
msgstr "Anteckningsbokens blob {1}; loggbokens blob {2}."

#: Sources/TavleAudit/ReportCitation.swift:117
msgid "Data {1}: {2}."
msgstr "Data {1}: {2}."

#: Sources/TavleAudit/ReportCitation.swift:120
msgid "Parameters: {1}."
msgstr "Parametrar: {1}."

#: Sources/TavleAudit/ReportCitation.swift:122
msgid "Prove it: {1}"
msgstr "Bevisa den: {1}"

msgid "the run {1} is the first in the report repository; there is nothing before it to compare with"
msgstr "körningen {1} är den första i rapportarkivet; det finns ingenting före den att jämföra med"

msgid "'tavle log' lists the runs; name two of them: tavle diff REV1 REV2"
msgstr "'tavle log' listar körningarna; ange två av dem: tavle diff REV1 REV2"

msgid "there is no run '{1}' in the report repository"
msgstr "det finns ingen körning ”{1}” i rapportarkivet"

msgid "'tavle log' lists the runs with their commits; use one of those, or HEAD~1 for the run before the last"
msgstr "'tavle log' listar körningarna med deras commits; använd en av dem, eller HEAD~1 för körningen före den senaste"

msgid "From"
msgstr "Från"

msgid "to"
msgstr "till"

msgid "Nothing changed."
msgstr "Ingenting har ändrats."

msgid "Notebook"
msgstr "Anteckningsbok"

msgid "new"
msgstr "ny"

msgid "version"
msgstr "version"

msgid "removed"
msgstr "borttagen"

msgid "version {1}, changed without a new version number"
msgstr "version {1}, ändrad utan nytt versionsnummer"

msgid "changed"
msgstr "ändrad"

msgid "line"
msgstr "rad"

msgid "parameter"
msgstr "parameter"

msgid "added"
msgstr "tillagd"

msgid "new reports"
msgstr "nya rapporter"

msgid "reports changed"
msgstr "ändrade rapporter"

msgid "{1} row"
msgstr "{1} rad"

msgid "{1} rows"
msgstr "{1} rader"

msgid "teams"
msgstr "team"

#: Sources/TavleAudit/ReportHistory.swift:55
msgid "the report repository has no runs of the notebook '{1}'"
msgstr "rapportarkivet har inga körningar av anteckningsboken ”{1}”"

#: Sources/TavleAudit/ReportHistory.swift:56
msgid "notebooks"
msgstr "anteckningsböcker"

msgid "No {1} recorded for team {2}.\n"
msgstr "Inga {1} registrerade för teamet {2}.\n"

msgid "gathering"
msgstr "seminarium"

msgid "revised"
msgstr "reviderat"

msgid "set aside"
msgstr "lagt åt sidan"

msgid "removed (was"
msgstr "borttaget (var"

msgid "indicator at that time"
msgstr "indikatorn då"

msgid "goal"
msgstr "mål"

msgid "indicator"
msgstr "indikator"

msgid "pdsa"
msgstr "pdsa"

msgid "decision"
msgstr "beslut"

msgid "answer"
msgstr "svar"

msgid "measurement"
msgstr "mätning"

msgid "correction"
msgstr "rättelse"

msgid " for team {1}"
msgstr " för teamet {1}"

msgid " of {1}"
msgstr " av {1}"

msgid "No runs recorded{1}{2}.\n"
msgstr "Inga körningar registrerade{1}{2}.\n"

msgid "    Teams: {1}\n"
msgstr "    Team: {1}\n"

msgid "the report repository '{1}' could not be opened: {2}"
msgstr "rapportarkivet ”{1}” kunde inte öppnas: {2}"

msgid "no remote to push to: give one, or add 'remote:' to {1}"
msgstr "inget fjärrarkiv att skicka till: ange ett, eller lägg till ”remote:” i {1}"

msgid "for example 'tavle push /srv/delt/rapporter.git', or in tavle.yaml 'remote: https://git.kommune.no/nettverk/rapporter.git'"
msgstr "till exempel 'tavle push /srv/delt/rapporter.git', eller i tavle.yaml ”remote: https://git.kommune.no/nettverk/rapporter.git”"

msgid "there is no repository at '{1}' to push to"
msgstr "det finns inget arkiv i ”{1}” att skicka till"

msgid "check the path, or make a shared repository there first: git init --bare --initial-branch=main {1}"
msgstr "kontrollera sökvägen, eller skapa först ett delat arkiv där: git init --bare --initial-branch=main {1}"

msgid "the report repository '{1}' has no runs yet, so there is nothing to push"
msgstr "rapportarkivet ”{1}” har inga körningar ännu, så det finns inget att skicka"

msgid "run a notebook first: tavle run NOTEBOOK --all-teams"
msgstr "kör en anteckningsbok först: tavle run ANTECKNINGSBOK --all-teams"

msgid "'{1}' has runs that '{2}' does not have (its main is at {3}); nothing was pushed"
msgstr "”{1}” har körningar som ”{2}” inte har (dess main står på {3}); ingenting skickades"

msgid "another report repository has pushed there. Tavle never overwrites or merges report histories: push to a remote of your own, or ask who owns this one"
msgstr "ett annat rapportarkiv har skickat dit. Tavle skriver aldrig över eller slår ihop rapporthistorik: skicka till ett eget fjärrarkiv, eller fråga vem som äger det här"

msgid "'{1}' refused the update: {2}; nothing was pushed"
msgstr "”{1}” avvisade uppdateringen: {2}; ingenting skickades"

msgid "ask whoever runs the remote whether this repository may push to its main branch"
msgstr "fråga den som driver fjärrarkivet om det här arkivet får skicka till dess main-gren"

msgid "'{1}' did not accept the credentials: {2}"
msgstr "”{1}” godtog inte inloggningsuppgifterna: {2}"

msgid "for ssh, load your key into ssh-agent (ssh-add); for https, set TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token)"
msgstr "för ssh: lägg in din nyckel i ssh-agent (ssh-add); för https: sätt TAVLE_PUSH_USERNAME och TAVLE_PUSH_PASSWORD (en token)"

msgid "could not push to '{1}': {2}"
msgstr "kunde inte skicka till ”{1}”: {2}"

msgid "check the address; a shared folder must hold a repository made with 'git init --bare --initial-branch=main'"
msgstr "kontrollera adressen; en delad mapp måste innehålla ett arkiv skapat med 'git init --bare --initial-branch=main'"

msgid "differs in the working tree from the last commit"
msgstr "skiljer sig i arbetsmappen från den senaste commiten"

msgid "is missing from the working tree"
msgstr "saknas i arbetsmappen"

msgid "has changes staged but not committed"
msgstr "har ändringar som lagts till (staged) men inte sparats"

msgid "'git -C {1} diff' shows it; 'git -C {2} checkout -- {3}' puts it back"
msgstr "”git -C {1} diff” visar ändringen; ”git -C {1} checkout -- {3}” återställer filen"

msgid "no workspace (tavle.yaml) was found, so the recorded queries were not re-run"
msgstr "ingen arbetsyta (tavle.yaml) hittades, så de registrerade frågorna kördes inte på nytt"

#: Sources/TavleAudit/ReportVerify.swift:209
msgid "the report repository has no report '{1}' in the run {2}"
msgstr "rapportarkivet har ingen rapport ”{1}” i körningen {2}"

#: Sources/TavleAudit/ReportVerify.swift:211
msgid "name a report file as the repository holds it, such as molde-sykehjem-2/samling-3.html"
msgstr "ange en rapportfil så som arkivet har den, till exempel boras-solgarden/larandeseminarium-3.html"

#: Sources/TavleAudit/ReportVerify.swift:246
msgid "'git -C {1} checkout -- {2}' puts it back"
msgstr "”git -C {1} checkout -- {2}” lägger tillbaka den"

msgid "is a symbolic link; tavle never commits one, and a run in another clone would write through it"
msgstr "är en symbolisk länk; tavle sparar aldrig en sådan, och en körning i en annan klon skulle skriva genom den"

msgid "remove it from the report repository ('git rm')"
msgstr "ta bort den från rapportarkivet (”git rm”)"

msgid "is a run whose recorded previous commit ({1}) is not its parent ({2}): the history before it was rewritten (a run amended, dropped or squashed)"
msgstr "är en körning vars registrerade föregående commit ({1}) inte är dess förälder ({2}): historiken före den har skrivits om (en körning har ändrats, tagits bort eller slagits ihop)"

msgid "none"
msgstr "inget"

msgid "compare with a clone made before the rewrite, or the shared remote"
msgstr "jämför med en klon som gjordes före omskrivningen, eller med det delade fjärrarkivet"

msgid "was removed by a commit tavle did not make ('{1}')"
msgstr "togs bort av en commit som tavle inte har gjort (”{1}”)"

msgid "restore it with 'git revert {1}'; a run made after the removal cannot tell what the team's goals were"
msgstr "återställ den med ”git revert {1}”; en körning efter borttagningen kan inte veta vilka mål teamet hade"

msgid "was {1} by a commit tavle did not make ('{2}' by {3})"
msgstr "blev {1} av en commit som tavle inte har gjort (”{2}” av {3})"

msgid "only tavle writes reports, journal copies and ledgers; undo it with 'git revert {1}' unless it was meant"
msgstr "bara tavle skriver rapporter, loggbokskopior och register; ångra med ”git revert {1}” om det inte var avsiktligt"

msgid "has no manifest ({1}), so it cannot be traced to what it was made from"
msgstr "har inget manifest ({1}), så den kan inte spåras tillbaka till det den skapades från"

msgid "a report tavle made always has one; this file was probably added by hand"
msgstr "en rapport som tavle har skapat har alltid ett; den här filen har troligen lagts till för hand"

msgid "the journal copy does not parse: {1}"
msgstr "loggbokskopian kan inte läsas: {1}"

msgid "the copy is written by tavle; it was probably edited by hand"
msgstr "kopian skrivs av tavle; den har troligen redigerats för hand"

msgid "is missing: the run that made this report wrote it"
msgstr "saknas: körningen som skapade den här rapporten skrev den"

msgid "run the notebook again to restore it"
msgstr "kör anteckningsboken igen för att återskapa den"

msgid "differs from what tavle makes from the recorded notebook, data and journal"
msgstr "skiljer sig från det som tavle skapar av den registrerade anteckningsboken, data och loggboken"

msgid "the report was made by {1} and this is tavle {2}; a newer tavle may render differently"
msgstr "rapporten skapades av {1}, och det här är tavle {2}; en nyare tavle kan återge den annorlunda"

msgid "the committed file was changed after tavle made it; 'git log -p -- {1}' in the report repository shows by whom"
msgstr "den sparade filen ändrades efter att tavle skapade den; 'git log -p -- {1}' i rapportarkivet visar av vem"

msgid "could not be made again: "
msgstr "kunde inte skapas på nytt: "

msgid "run the notebook again with this tavle; the new commit will be verifiable"
msgstr "kör anteckningsboken igen med den här versionen av tavle; den nya commiten kommer att gå att verifiera"

msgid "the file was probably edited by hand"
msgstr "filen har troligen redigerats för hand"

msgid "the manifest"
msgstr "manifestet"

msgid "is not a manifest tavle can read"
msgstr "är inte ett manifest som tavle kan läsa"

msgid "was written by {1}, which did not record everything needed to make the report again"
msgstr "skrevs av {1}, som inte registrerade allt som behövs för att skapa rapporten på nytt"

msgid "the notebook copy"
msgstr "kopian av anteckningsboken"

msgid "names a notebook copy that does not parse: "
msgstr "hänvisar till en kopia av anteckningsboken som inte går att läsa: "

msgid "names the unknown language '{1}'"
msgstr "anger det okända språket ”{1}”"

msgid "does not record the library prompts its notebook uses: "
msgstr "registrerar inte de reflektionsfrågor från biblioteket som anteckningsboken använder: "

msgid "the journal copy"
msgstr "kopian av loggboken"

msgid "names a journal copy that does not parse: "
msgstr "hänvisar till en kopia av loggboken som inte går att läsa: "

msgid "records the parameter {1} = '{2}', which {3}"
msgstr "registrerar parametern {1} = ”{2}”, som {3}"

msgid "the data of the query '{1}'"
msgstr "data för frågan ”{1}”"

msgid "names data for the query '{1}' that is not CSV: {2}"
msgstr "hänvisar till data för frågan ”{1}” som inte är CSV: {2}"

msgid "the data file was probably edited by hand"
msgstr "datafilen har troligen redigerats för hand"

msgid "does not agree with the data it names for the query '{1}'"
msgstr "stämmer inte med de data den hänvisar till för frågan ”{1}”"

msgid "the manifest or the data was probably edited by hand"
msgstr "manifestet eller data har troligen redigerats för hand"

msgid "records '{1}' in {2} line {3}, which is not of the recorded type"
msgstr "registrerar ”{1}” i {2} rad {3}, som inte är av den registrerade typen"

msgid "names {1} ({2}), which is not in the repository"
msgstr "hänvisar till {1} ({2}), som inte finns i arkivet"

msgid "the repository was rewritten or damaged; restore it from a clone"
msgstr "arkivet har skrivits om eller skadats; återställ det från en klon"

msgid "{1} commit"
msgstr "{1} commit"

msgid "{1} commits"
msgstr "{1} commits"

msgid "{1} report"
msgstr "{1} rapport"

msgid "{1} reports"
msgstr "{1} rapporter"

msgid "Walked {1}; made {2} again from what the repository recorded"
msgstr "Gick igenom {1}; skapade {2} på nytt från det som arkivet registrerade"

msgid ": every committed file is what tavle made.\n"
msgstr ": varje sparad fil är som tavle skapade den.\n"

msgid ": {1} found.\n"
msgstr ": hittade {1}.\n"

msgid "{1} problem"
msgstr "{1} problem"

msgid "{1} problems"
msgstr "{1} problem"

#: Sources/TavleAudit/VerifyText.swift:17
msgid "commit"
msgstr "commit"

msgid "      line {1} as committed: {2}\n"
msgstr "      rad {1} som den sparades: {2}\n"

msgid "      line {1} as made:      {2}\n"
msgstr "      rad {1} som den skapades: {2}\n"

msgid "hint"
msgstr "tips"

msgid "The live data was not checked: {1} (use --workspace).\n"
msgstr "Aktuella data kontrollerades inte: {1} (använd --workspace).\n"

msgid "{1} recorded query"
msgstr "{1} registrerad fråga"

msgid "{1} recorded queries"
msgstr "{1} registrerade frågor"

msgid "Ran {1} again against the live data"
msgstr "Körde {1} på nytt mot data som de ser ut nu"

msgid ": every value a report showed is still the same.\n"
msgstr ": varje värde som en rapport visade är fortfarande detsamma.\n"

msgid ": 1 value has changed since a report showed it"
msgstr ": 1 värde har ändrats sedan en rapport visade det"

msgid ": {1} values have changed since a report showed them"
msgstr ": {1} värden har ändrats sedan en rapport visade dem"

msgid ", {1} of them corrected with a recorded reason"
msgstr ", {1} av dem rättade med en registrerad motivering"

msgid "→ (row no longer in the data)"
msgstr "→ (raden finns inte längre i data)"

msgid "since the report of {1} (commit {2})\n"
msgstr "sedan rapporten från {1} (commit {2})\n"

msgid "      corrected {1}: {2}\n"
msgstr "      rättat {1}: {2}\n"

msgid "      the newer report of {1} (commit {2}) shows the new value\n"
msgstr "      den nyare rapporten från {1} (commit {2}) visar det nya värdet\n"

msgid "      changed since the report, not yet in a newer one\n"
msgstr "      ändrat sedan rapporten, ännu inte med i någon nyare\n"

msgid "if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it"
msgstr "om data rättades avsiktligt, skriv varför i corrections.yaml (team, indicator, period, date, reason); annars ta reda på vem som ändrade värdet"

msgid "Check every recorded report against what it was made from, and the data against the live source."
msgstr "Kontrollera varje registrerad rapport mot det den skapades från, och data mot källan som den ser ut nu."

#: Sources/TavleCLI/AuditCommands.swift:12
msgid ""
"Walks every commit of the report repository. Wherever a report changed, it is made again from what the repository recorded beside it (the notebook copy, the query results and the team's journal) and compared byte for byte with the committed HTML, Markdown, manifest, data and ledger files; a file edited by hand is named with the commit that changed it. Then every recorded query is run again against the workspace's data as it is now, and each value a report showed that the data now gives differently is listed with the date of the last report that showed it. Exits with 1 if anything differs.\n"
"\n"
"With --file (and --commit) it proves one report: made again from what that run recorded and compared file by file, each listed with its git blob id. Verify writes nothing into the workspace.\n"
"\n"
"Examples:\n"
"  tavle verify\n"
"  tavle verify --team molde-sykehjem-2\n"
"  tavle verify --file molde-sykehjem-2/samling-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"
msgstr ""
"Går igenom varje commit i rapportarkivet. Där en rapport har ändrats skapas den på nytt från det som arkivet registrerade bredvid den (kopian av anteckningsboken, frågornas resultat och teamets loggbok) och jämförs byte för byte med de sparade HTML-, Markdown-, manifest-, data- och registerfilerna; en fil som har redigerats för hand anges med den commit som ändrade den. Sedan körs varje registrerad fråga på nytt mot arbetsytans data som de ser ut nu, och varje värde som en rapport visade och som data nu ger annorlunda listas med datumet för den senaste rapport som visade det. Avslutas med 1 om något skiljer sig.\n"
"\n"
"Med --file (och --commit) bevisar den en rapport: skapad på nytt från det den körningen registrerade och jämförd fil för fil, var och en med sitt git-blob-id. Verify skriver ingenting i arbetsytan.\n"
"\n"
"Exempel:\n"
"  tavle verify\n"
"  tavle verify --team boras-solgarden\n"
"  tavle verify --file boras-solgarden/larandeseminarium-3.html --commit 795d64e --format json\n"
"  tavle verify --output /tmp/rapporter --reports-only"

msgid "Only this team's reports."
msgstr "Bara det här teamets rapporter."

#: Sources/TavleCLI/AuditCommands.swift:39
msgid "Only the reports of this run (a commit as 'tavle log' lists it)."
msgstr "Bara rapporterna från den här körningen (en commit så som ”tavle log” visar den)."

#: Sources/TavleCLI/AuditCommands.swift:42
msgid "Only this report (a file in the report repository); with --commit, as that run made it."
msgstr "Bara den här rapporten (en fil i rapportarkivet); med --commit så som den körningen skapade den."

msgid "Check the reports only; do not re-run the queries against the live data."
msgstr "Kontrollera bara rapporterna; kör inte frågorna på nytt mot data."

msgid "text or json."
msgstr "text eller json."

msgid "What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers."
msgstr "Vad som ändrades mellan två körningar: anteckningsböcker, data, parametrar, mål, PDSA-cykler, beslut, svar."

msgid ""
"Compares two commits of the report repository. REV1 and REV2 are runs as 'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before the last). Without REV2 the last run is compared; without either, the last run with the one before it.\n"
"\n"
"Examples:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team molde-sykehjem-2"
msgstr ""
"Jämför två commits i rapportarkivet. REV1 och REV2 är körningar så som 'tavle log' listar dem (en commit som 4be0c21, eller HEAD~1 för körningen före den senaste). Utan REV2 jämförs med den senaste körningen; utan någon av dem jämförs den senaste körningen med den före.\n"
"\n"
"Exempel:\n"
"  tavle diff\n"
"  tavle diff 4be0c21 9f1e2aa\n"
"  tavle diff HEAD~3 HEAD --team boras-solgarden"

msgid "The earlier run."
msgstr "Den tidigare körningen."

msgid "The later run (default: the last)."
msgstr "Den senare körningen (standard: den senaste)."

msgid "Only this team."
msgstr "Bara det här teamet."

#: Sources/TavleCLI/AuditCommands.swift:112
msgid "How to cite one report: its run, file, notebook, data and journal by their git ids."
msgstr "Hur en rapport citeras: körningen, filen, anteckningsboken, data och loggboken med sina git-id:n."

#: Sources/TavleCLI/AuditCommands.swift:113
msgid ""
"Names one report exactly, from the report repository alone: the run (commit, time, author), the report file and its blob, the notebook version and blob, the blobs of the data and the journal it was made from, the parameters and the tool. Name the report by its file, or by --team and --notebook (the last run, or the one for --gathering; --team and --gathering alone name that gathering's notebook). 'tavle verify --file' proves what the citation names.\n"
"\n"
"Examples:\n"
"  tavle cite molde-sykehjem-2/samling-3.html\n"
"  tavle cite --team molde-sykehjem-2 --notebook samling-3 --gathering 3 --format bibtex\n"
"  tavle cite molde-sykehjem-2/samling-3.html --commit 795d64e --format json"
msgstr ""
"Anger en rapport exakt, bara från rapportarkivet: körningen (commit, tid, författare), rapportfilen och dess blob, anteckningsbokens version och blob, blobbarna för data och loggboken den skapades från, parametrarna och verktyget. Ange rapporten med filen, eller med --team och --notebook (den senaste körningen, eller den för --gathering; --team och --gathering ensamma avser det lärandeseminariets anteckningsbok). ”tavle verify --file” bevisar det som citatet anger.\n"
"\n"
"Exempel:\n"
"  tavle cite boras-solgarden/larandeseminarium-3.html\n"
"  tavle cite --team boras-solgarden --notebook larandeseminarium-3 --gathering 3 --format bibtex\n"
"  tavle cite boras-solgarden/larandeseminarium-3.html --commit 68d29ad --format json"

#: Sources/TavleCLI/AuditCommands.swift:129
msgid "The report: a file in the report repository."
msgstr "Rapporten: en fil i rapportarkivet."

#: Sources/TavleCLI/AuditCommands.swift:132
msgid "The team whose report to cite (with --notebook)."
msgstr "Teamet vars rapport ska citeras (med --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:135
msgid "The notebook of the report (with --team)."
msgstr "Rapportens anteckningsbok (med --team)."

#: Sources/TavleCLI/AuditCommands.swift:138
msgid "The report for this gathering (with --team and --notebook)."
msgstr "Rapporten till det här lärandeseminariet (med --team och --notebook)."

#: Sources/TavleCLI/AuditCommands.swift:141
msgid "The report as this run made it (a commit as 'tavle log' lists it)."
msgstr "Rapporten så som den här körningen skapade den (en commit så som ”tavle log” visar den)."

#: Sources/TavleCLI/AuditCommands.swift:144
msgid "text, bibtex or json."
msgstr "text, bibtex eller json."

#: Sources/TavleCLI/AuditCommands.swift:151
msgid "name the report: its file (tavle cite molde-sykehjem-2/samling-3.html), or --team and --notebook"
msgstr "ange rapporten: filen (tavle cite boras-solgarden/larandeseminarium-3.html), eller --team och --notebook"

#: Sources/TavleCLI/AuditCommands.swift:154
msgid "name the report by its file or by --team and --notebook, not both"
msgstr "ange rapporten med filen eller med --team och --notebook, inte båda"

msgid "Move the workspace's data."
msgstr "Flytta arbetsytans data."

msgid "Copy the workspace's data into a PostgreSQL database."
msgstr "Kopiera arbetsytans data till en PostgreSQL-databas."

msgid ""
"Creates each table of the workspace's data (a folder of .sql and .csv files, a csv: folder or a SQLite file) in the database and copies its rows, in one transaction. Whole numbers become BIGINT, other numbers DOUBLE PRECISION and the rest TEXT, so that the notebooks read the same values back; primary keys are kept. The password comes from PGPASSWORD or ~/.pgpass. Then point tavle.yaml's 'data:' at the same address.\n"
"\n"
"Examples:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"
msgstr ""
"Skapar varje tabell i arbetsytans data (en mapp med .sql- och .csv-filer, en csv:-mapp eller en SQLite-fil) i databasen och kopierar raderna, i en enda transaktion. Heltal blir BIGINT, andra tal DOUBLE PRECISION och resten TEXT, så att anteckningsböckerna läser tillbaka samma värden; primärnycklar behålls. Lösenordet hämtas från PGPASSWORD eller ~/.pgpass. Peka sedan ”data:” i tavle.yaml på samma adress.\n"
"\n"
"Exempel:\n"
"  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks\n"
"  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace"

msgid "The database: postgres://user@host:port/database."
msgstr "Databasen: postgres://användare@värd:port/databas."

msgid "Where to look for tavle.yaml."
msgstr "Var tavle.yaml ska sökas."

msgid "Replace tables the database already has."
msgstr "Ersätt tabeller som databasen redan har."

msgid "Loaded {1} tables, {2} rows, into {3}: {4}."
msgstr "Läste in {1} tabeller, {2} rader, i {3}: {4}."

#: Sources/TavleCLI/ExportCommand.swift:9
msgid "The report repository as tidy tables for research, with a codebook."
msgstr "Rapportarkivet som prydliga tabeller för forskning, med kodbok."

#: Sources/TavleCLI/ExportCommand.swift:10
msgid ""
"Writes what every report showed and recorded as tables a statistician loads in one line: runs, reports, teams, measurements (one row per point of every chart of every report: a panel), changes (values a later report showed differently), goals, goal revisions, PDSA cycles, decisions, the prompts each run asked and the answers given. Missing values are empty, never 0; numbers are in full. --format datapackage (the default) writes CSV files with datapackage.json (Frictionless Data Package) and codebook.md; csv writes the CSV files and the codebook; json writes one document with every row inline. The codebook is also in docs/export-codebook.md.\n"
"\n"
"Examples:\n"
"  tavle export --to eksport\n"
"  tavle export --to eksport --team molde-sykehjem-2 --since 2021-06-01\n"
"  tavle export --format json --gathering 3 > samling-3.json"
msgstr ""
"Skriver det varje rapport visade och registrerade, som tabeller en statistiker läser in på en rad: körningar, rapporter, team, mätningar (en rad per punkt i varje diagram i varje rapport: en panel), ändringar (värden som en senare rapport visade annorlunda), mål, målrevideringar, PDSA-cykler, beslut, reflektionsfrågorna varje körning ställde och svaren som gavs. Värden som saknas är tomma, aldrig 0; tal skrivs ut helt. --format datapackage (standard) skriver CSV-filer med datapackage.json (Frictionless Data Package) och codebook.md; csv skriver CSV-filerna och kodboken; json skriver ett dokument med alla rader i sig. Kodboken finns också i docs/export-codebook.md.\n"
"\n"
"Exempel:\n"
"  tavle export --to export\n"
"  tavle export --to export --team boras-solgarden --since 2025-06-01\n"
"  tavle export --format json --gathering 3 > seminarium-3.json"

#: Sources/TavleCLI/ExportCommand.swift:28
msgid "The folder to write into (made if need be; only a new folder or an earlier export). With --format json, the file; standard output without it."
msgstr "Mappen som exporten skrivs till (skapas vid behov; bara en ny mapp eller en tidigare export). Med --format json: filen; utan den standard ut."

#: Sources/TavleCLI/ExportCommand.swift:31
msgid "datapackage, csv or json."
msgstr "datapackage, csv eller json."

#: Sources/TavleCLI/ExportCommand.swift:34
msgid "Only this team's reports and journal."
msgstr "Bara det här teamets rapporter och loggbok."

#: Sources/TavleCLI/ExportCommand.swift:37
msgid "Only runs committed on or after this day."
msgstr "Bara körningar sparade den här dagen eller senare."

#: Sources/TavleCLI/ExportCommand.swift:40
msgid "Only runs committed on or before this day; later runs are as if not yet made."
msgstr "Bara körningar sparade den här dagen eller tidigare; senare körningar räknas som ännu inte gjorda."

#: Sources/TavleCLI/ExportCommand.swift:43
msgid "Only the runs for this gathering."
msgstr "Bara körningarna för det här lärandeseminariet."

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "--until ({1}) is before --since ({2}): no run can be in between"
msgstr "--until ({1}) är före --since ({2}): ingen körning kan ligga mellan dem"

#: Sources/TavleCLI/ExportCommand.swift:55
msgid "the {1} export is a folder of files: name it with --to, such as --to export"
msgstr "exporten som {1} är en mapp med filer: ge den ett namn med --to, till exempel --to export"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} file"
msgstr "{1} fil"

#: Sources/TavleCLI/ExportCommand.swift:77
msgid "{1} files"
msgstr "{1} filer"

#: Sources/TavleCLI/ExportCommand.swift:80
msgid "Wrote {1} with {2} to {3}; the columns are described in {4}/codebook.md."
msgstr "Skrev {1} med {2} till {3}; kolumnerna förklaras i {4}/codebook.md."

msgid "Make a gathering's handouts: one per team, an overview for the facilitator, and an index."
msgstr "Skapa utdelningsmaterialet till ett lärandeseminarium: ett per team, en översikt för processledaren och en innehållssida."

msgid ""
"Runs the notebook for the chosen teams as 'tavle run' does, and adds handouts/<notebook-id>/overview.html (every team on one page: a small chart per indicator, who has answered the prompts, how goals changed since the last gathering) and handouts/<notebook-id>/index.html, which links them all. All of it is one commit. With --pdf each handout and the overview are also printed to A4 PDF with headless Chromium and committed beside them; without Chromium the HTML is made all the same and tavle says how to install it.\n"
"\n"
"Examples:\n"
"  tavle handout Notebooks/samling-3.md --all-teams\n"
"  tavle handout Notebooks/samling-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/samling-3.md --team molde-sykehjem-2 --team alesund-sjukeheim-a"
msgstr ""
"Kör anteckningsboken för de valda teamen så som 'tavle run' gör, och lägger till handouts/<anteckningsboks-id>/overview.html (alla team på en sida: ett litet diagram per indikator, vem som har besvarat reflektionsfrågorna, hur målen har ändrats sedan förra lärandeseminariet) och handouts/<anteckningsboks-id>/index.html, som länkar till alltihop. Allt blir en enda commit. Med --pdf skrivs varje utdelningsmaterial och översikten också ut till A4-PDF med Chromium utan fönster och sparas bredvid; utan Chromium skapas HTML-filerna ändå, och tavle talar om hur Chromium installeras.\n"
"\n"
"Exempel:\n"
"  tavle handout Notebooks/sv/larandeseminarium-3.md --all-teams\n"
"  tavle handout Notebooks/sv/larandeseminarium-3.md --all-teams --pdf\n"
"  tavle handout Notebooks/sv/larandeseminarium-3.md --team boras-solgarden --team alingsas-ekhagen"

msgid "Write the handouts here instead of the workspace's output folder."
msgstr "Skriv utdelningsmaterialet hit i stället för till arbetsytans rapportmapp."

msgid "Also print every handout and the overview to PDF with headless Chromium."
msgstr "Skriv också ut varje utdelningsmaterial och översikten till PDF med Chromium utan fönster."

msgid "Why these handouts were made, for their commit (shown by tavle log and git log)."
msgstr "Varför utdelningsmaterialet skapades, för dess commit (visas av tavle log och git log)."

msgid "Made {1} of {2}{3} in {4} s; "
msgstr "Skapade {1} från {2}{3} på {4} s; "

msgid "1 handout"
msgstr "1 utdelningsmaterial"

msgid "{1} handouts"
msgstr "{1} utdelningsmaterial"

msgid " and {1} PDFs"
msgstr " och {1} PDF-filer"

msgid "Open {1} for the overview and every handout."
msgstr "Öppna {1} för översikten och allt utdelningsmaterial."

msgid "note: "
msgstr "obs: "

msgid "The report repository to read."
msgstr "Rapportarkivet som ska läsas."

msgid "; or name the report repository itself with --output DIR"
msgstr "; eller ange själva rapportarkivet med --output MAPP"

msgid "name the report repository with --output DIR"
msgstr "ange rapportarkivet med --output MAPP"

#: Sources/TavleCLI/ExportCommand.swift:51
msgid "{1} should be a date written YYYY-MM-DD, such as 2021-09-01, but it is '{2}'"
msgstr "{1} ska vara ett datum skrivet ÅÅÅÅ-MM-DD, till exempel 2021-09-01, men är ”{2}”"

msgid "A team's goals, PDSA cycles, decisions, answers or measurements over time."
msgstr "Ett teams mål, PDSA-cykler, beslut, svar eller mätningar över tid."

msgid ""
"Reads the ledger every run committed to the report repository and shows each change, oldest first: when, in which run (notebook, version, gathering), by whom, the old and the new value, the reason given for a changed goal, and the indicator's value at that time.\n"
"\n"
"Examples:\n"
"  tavle history goals --team molde-sykehjem-2\n"
"  tavle history pdsa --team molde-sykehjem-2 --format json\n"
"  tavle history goals --team molde-sykehjem-2 --format html > mal.html"
msgstr ""
"Läser registret som varje körning har sparat i rapportarkivet och visar varje ändring, äldst först: när, i vilken körning (anteckningsbok, version, lärandeseminarium), av vem, det gamla och det nya värdet, motiveringen för ett ändrat mål och indikatorns värde vid den tidpunkten.\n"
"\n"
"Exempel:\n"
"  tavle history goals --team boras-solgarden\n"
"  tavle history pdsa --team boras-solgarden --format json\n"
"  tavle history goals --team boras-solgarden --format html > mal.html"

msgid "goals, indicators, pdsa, decisions, answers, measurements or corrections."
msgstr "goals, indicators, pdsa, decisions, answers, measurements eller corrections."

msgid "The team whose history to show."
msgstr "Teamet vars historik ska visas."

msgid "text, json, or html (for goals: a page with each goal's changes beside its run chart)."
msgstr "text, json eller html (för mål: en sida med varje måls ändringar bredvid dess seriediagram)."

msgid "the HTML page shows goals; for {1} use --format text or json (tavle history goals --team {2} --format html > goals.html)"
msgstr "HTML-sidan visar mål; för {1}, använd --format text eller json (tavle history goals --team {2} --format html > mal.html)"

msgid "Every recorded change, one tidy row each, for research."
msgstr "Varje registrerad ändring, en rad var i tidy-format, för forskning."

#: Sources/TavleCLI/HistoryCommands.swift:117
msgid ""
"One row per changed field of a goal, indicator, PDSA cycle, decision, answer or measurement, with the commit, time, author, team, gathering and notebook version it came from. The columns are described in docs/history-and-verify.md.\n"
"\n"
"Examples:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"
msgstr ""
"En rad per ändrat fält i ett mål, en indikator, en PDSA-cykel, ett beslut, ett svar eller en mätning, med commit, tid, författare, team, lärandeseminarium och anteckningsboksversion som den kom från. Kolumnerna förklaras i docs/history-and-verify.md.\n"
"\n"
"Exempel:\n"
"  tavle trace > trace.csv\n"
"  tavle trace --team boras-solgarden --since 2025-06-01 --format json\n"
"  tavle trace --entity goal --entity pdsa --gathering 3"

msgid "Only this team's changes."
msgstr "Bara det här teamets ändringar."

msgid "Only changes committed on or after this day (UTC)."
msgstr "Bara ändringar som sparats den här dagen eller senare (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:137
msgid "Only changes committed on or before this day (UTC)."
msgstr "Bara ändringar sparade den här dagen eller tidigare (UTC)."

#: Sources/TavleCLI/HistoryCommands.swift:140
msgid "Only changes of this kind (goal, indicator, pdsa, decision, answer, measurement, correction); repeat for several."
msgstr "Bara ändringar av den här typen (goal, indicator, pdsa, decision, answer, measurement, correction); upprepa för flera."

#: Sources/TavleCLI/HistoryCommands.swift:143
msgid "Only changes made by the runs for this gathering."
msgstr "Bara ändringar från körningarna för det här lärandeseminariet."

msgid "csv or json."
msgstr "csv eller json."

msgid "Read the numbers from filled-in preparation forms into the workspace's data."
msgstr "Läs in talen från ifyllda förberedelseformulär i arbetsytans data."

msgid ""
"A notebook's ```form``` cell is a preparation form (forberedelsesskjema): the numbers each participant looks up and brings to the meeting. Type them into a spreadsheet and save it as CSV, one participant per row:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"or one number per row (team,indicator,period,value), or write a YAML file (period: 2023-01, then teams: with each team's numbers). Every number is checked against its form (unit and range), the team list and the data; if anything is wrong, every problem is listed and nothing is imported. Otherwise the numbers are added to the table 'measurements' (data/measurements.csv for a folder of text data), where the next report and handout chart them.\n"
"\n"
"Examples:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"
msgstr ""
"En ```form```-cell i en anteckningsbok är ett förberedelseformulär: de tal som varje deltagare tar fram och tar med sig till mötet. Skriv in dem i ett kalkylblad och spara det som CSV, en deltagare per rad:\n"
"\n"
"  team,period,takst-1j,takst-2ld,takst-701a,takst-660\n"
"  legekontor-fjord,2023-01,\"5,1 %\",\"11,8 %\",\"2,0 %\",\"0,4 %\"\n"
"\n"
"eller ett tal per rad (team,indicator,period,value), eller skriv en YAML-fil (period: 2023-01, sedan teams: med varje teams tal). Varje tal kontrolleras mot sitt formulär (enhet och gränser), teamlistan och data; om något är fel listas alla problem och ingenting importeras. Annars läggs talen till i tabellen 'measurements' (data/measurements.csv för en mapp med textdata), där nästa rapport och nästa utdelningsmaterial visar dem i diagram.\n"
"\n"
"Exempel:\n"
"  tavle import takster-2023-01.csv --workspace Notebooks\n"
"  tavle import sykmelding.yaml --check\n"
"  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md"

msgid "The filled-in numbers: a .csv or a .yaml file."
msgstr "De ifyllda talen: en .csv- eller .yaml-fil."

msgid "Only the forms of this notebook; repeat for several (default: every notebook with a form)."
msgstr "Bara formulären i den här anteckningsboken; upprepa för flera (standard: alla anteckningsböcker med formulär)."

msgid "The period of numbers the file gives none for."
msgstr "Perioden för tal som filen inte anger någon period för."

msgid "Check the file and list the numbers, but import nothing."
msgstr "Kontrollera filen och lista talen, men importera ingenting."

msgid "{1} – {2}, {3} periods"
msgstr "{1} – {2}, {3} perioder"

msgid "1 number"
msgstr "1 tal"

msgid "{1} numbers"
msgstr "{1} tal"

msgid "1 team"
msgstr "1 team"

msgid "{1} teams"
msgstr "{1} team"

msgid "{1} for {2} ({3}), form {4}"
msgstr "{1} för {2} ({3}), formulär {4}"

msgid "Imported {1} into {2}"
msgstr "Importerade {1} till {2}"

msgid "Checked {1}: all fit; nothing imported (--check)"
msgstr "Kontrollerade {1}: allt stämmer; ingenting importerades (--check)"

msgid "; 1 blank left out"
msgstr "; 1 tomt fält utelämnat"

msgid "; {1} blanks left out"
msgstr "; {1} tomma fält utelämnade"

msgid "Start a workspace of your own that works at once."
msgstr "Starta en egen arbetsyta som fungerar direkt."

msgid ""
"Makes tavle.yaml, a data folder (four example teams, two indicators and a year of months as CSV, ready to be replaced by an export from your spreadsheet), a journal per team with every field explained, and a first notebook with a run chart, a p chart, a funnel plot and a worksheet. 'tavle check' passes and 'tavle run --all-teams' makes reports straight after. A folder that is not empty is refused unless --force is given, and no file is ever overwritten.\n"
"\n"
"Examples:\n"
"  tavle init my-network --name \"Falls network, Molde\" --language en\n"
"  cd my-network && tavle run first-report.md --all-teams"
msgstr ""
"Skapar tavle.yaml, en datamapp (fyra exempelteam, två indikatorer och ett år av månader som CSV, redo att ersättas med en export från ert kalkylblad), en loggbok per team där varje fält förklaras, och en första anteckningsbok med ett seriediagram, ett p-diagram, ett trattdiagram och ett arbetsblad. 'tavle check' går igenom och 'tavle run --all-teams' skapar rapporter direkt efteråt. En mapp som inte är tom avvisas om inte --force anges, och ingen fil skrivs någonsin över.\n"
"\n"
"Exempel:\n"
"  tavle init my-network --name \"Falls network, Molde\" --language en\n"
"  cd my-network && tavle run first-report.md --all-teams"

msgid "The folder to make the workspace in (made if need be)."
msgstr "Mappen som arbetsytan skapas i (skapas vid behov)."

msgid "nb, sv, da or en (default: your language)."
msgstr "nb, sv, da eller en (standard: ditt språk)."

msgid "The network's name, as reports show it (default: the folder's name)."
msgstr "Nätverkets namn så som rapporterna visar det (standard: mappens namn)."

msgid "Add the files to a folder that is not empty (no file is overwritten)."
msgstr "Lägg filerna i en mapp som inte är tom (ingen fil skrivs över)."

msgid ""
"Made a workspace in {1}: {2} files (tavle.yaml, data/, journals/, {3}).\n"
"Next: {4}tavle check {5} && tavle run {6} --all-teams"
msgstr ""
"Skapade en arbetsyta i {1}: {2} filer (tavle.yaml, data/, journals/, {3}).\n"
"Nästa steg: {4}tavle check {3} && tavle run {3} --all-teams"

msgid "List the worksheet prompts a notebook can use."
msgstr "Lista arbetsbladens reflektionsfrågor som en anteckningsbok kan använda."

msgid ""
"Tavle carries the supervision worksheets of the learning network (phase 1, phase 2, phases 3–4, the status reports before gatherings 2 and 3) and of the GP supervision groups (the Model for Improvement, PDSA, reading variation, following up), in Norwegian as written and in English. A workspace can add its own sets and adapt the wording in a prompts/ folder beside tavle.yaml; this listing shows the library as the workspace sees it.\n"
"\n"
"Examples:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"
msgstr ""
"Tavle innehåller handledningsunderlagen från det lärande nätverket (fas 1, fas 2, fas 3–4, statusrapporterna före lärandeseminarium 2 och 3) och från handledningsgrupperna för allmänläkare (förbättringsmodellen, PDSA, att tolka variation, uppföljning), på norska som de är skrivna och på engelska. En arbetsyta kan lägga till egna uppsättningar och anpassa formuleringarna i en prompts/-mapp bredvid tavle.yaml; den här listan visar biblioteket så som arbetsytan ser det.\n"
"\n"
"Exempel:\n"
"  tavle prompts\n"
"  tavle prompts --set veiledning.fase3-4\n"
"  tavle prompts --set pdsa --language en"

msgid "Show one set in full: every prompt's id, wording and help text."
msgstr "Visa en uppsättning i sin helhet: varje reflektionsfrågas id, formulering och hjälptext."

msgid "nb, sv, da or en (default: the workspace's language, else nb)."
msgstr "nb, sv, da eller en (standard: arbetsytans språk, annars nb)."

msgid "Where to look for tavle.yaml, whose prompts/ folder adapts the library."
msgstr "Var tavle.yaml ska sökas; mappen prompts/ bredvid den anpassar biblioteket."

#: Sources/TavleCLI/ServeCommands.swift:13
msgid "The network's web place: teams read their reports and write their journal."
msgstr "Nätverkets webbplats: teamen läser sina rapporter och skriver i sin loggbok."

#: Sources/TavleCLI/ServeCommands.swift:14
msgid ""
"Serves the workspace and its report repository over HTTP until stopped (Ctrl-C or SIGTERM; a change under way is finished first). Each person signs in with a link from 'tavle access add'. A team reads its own reports, goal history, PDSA cycles and decisions, and changes its goals and adds cycles and decisions in a form; each change is one commit in the report repository, with the team as author. The facilitator sees every team; a researcher reads every team's history and downloads the trace. Put it behind a TLS reverse proxy to reach it from other machines (README: Serving the network), with --behind-proxy.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"
msgstr ""
"Gör arbetsytan och dess rapportarkiv tillgängliga över HTTP tills kommandot stoppas (Ctrl-C eller SIGTERM; en ändring som pågår slutförs först). Varje person loggar in med en länk från ”tavle access add”. Ett team läser sina egna rapporter, sin målhistorik, sina PDSA-cykler och beslut, och ändrar sina mål och lägger till cykler och beslut i ett formulär; varje ändring blir en commit i rapportarkivet, med teamet som författare. Processledaren ser alla team; en forskare läser alla teams historik och laddar ned spårningen. Placera tavle serve bakom en omvänd proxy med TLS för att nå den från andra datorer (README: Serving the network), med --behind-proxy.\n"
"\n"
"Exempel:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle serve --workspace Notebooks\n"
"  tavle serve --workspace Notebooks --host 127.0.0.1 --port 8080 --behind-proxy"

#: Sources/TavleCLI/ServeCommands.swift:34
msgid "The address to listen on: 127.0.0.1 is this machine only."
msgstr "Adressen att lyssna på: 127.0.0.1 är bara den här datorn."

#: Sources/TavleCLI/ServeCommands.swift:37
msgid "The port to listen on (0: any free port, said at start)."
msgstr "Porten att lyssna på (0: valfri ledig port, som anges vid start)."

#: Sources/TavleCLI/ServeCommands.swift:41
msgid "Behind a reverse proxy on this machine: the client is the last X-Forwarded-For (the address the proxy added), and X-Forwarded-Proto: https marks the session cookie Secure."
msgstr "Bakom en omvänd proxy på den här datorn: klienten är den sista X-Forwarded-For (adressen som proxyn lade till), och X-Forwarded-Proto: https markerar sessionens cookie som Secure."

#: Sources/TavleCLI/ServeCommands.swift:48
msgid "--port must be between 0 and 65535"
msgstr "--port måste vara mellan 0 och 65535"

#: Sources/TavleCLI/ServeCommands.swift:63
msgid "tavle serve: listening on {1} (stop with Ctrl-C)"
msgstr "tavle serve: lyssnar på {1} (stoppa med Ctrl-C)"

#: Sources/TavleCLI/ServeCommands.swift:77
msgid "tavle serve: stopped"
msgstr "tavle serve: stoppad"

#: Sources/TavleCLI/ServeCommands.swift:83
msgid "Sign-in links for tavle serve: make, list and revoke them."
msgstr "Inloggningslänkar till tavle serve: skapa, lista och återkalla dem."

#: Sources/TavleCLI/ServeCommands.swift:91
msgid "Make a sign-in link for a team, the facilitator or a researcher."
msgstr "Skapa en inloggningslänk för ett team, processledaren eller en forskare."

#: Sources/TavleCLI/ServeCommands.swift:92
msgid ""
"Prints the link once: only a hash of its secret is kept (in .tavle-access.json beside tavle.yaml), so a lost link cannot be shown again; make a new one and revoke the old. Give exactly one of --team, --facilitator and --researcher.\n"
"\n"
"Examples:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""
msgstr ""
"Skriver ut länken en gång: bara en hash av dess hemlighet sparas (i .tavle-access.json bredvid tavle.yaml), så en borttappad länk kan inte visas igen; skapa en ny och återkalla den gamla. Ange exakt en av --team, --facilitator och --researcher.\n"
"\n"
"Exempel:\n"
"  tavle access add --team molde-sykehjem-2 --workspace Notebooks\n"
"  tavle access add --facilitator \"Kari Nordmann\" --url https://tavle.kommune.no\n"
"  tavle access add --researcher \"Ola Forsker\""

#: Sources/TavleCLI/ServeCommands.swift:104
msgid "A team of the workspace, by id."
msgstr "Ett team i arbetsytan, angivet med id."

#: Sources/TavleCLI/ServeCommands.swift:107
msgid "The facilitator, by name."
msgstr "Processledaren, angiven med namn."

#: Sources/TavleCLI/ServeCommands.swift:110
msgid "A researcher, by name."
msgstr "En forskare, angiven med namn."

#: Sources/TavleCLI/ServeCommands.swift:113
msgid "The address people reach tavle serve at, for the link."
msgstr "Adressen där man når tavle serve, till länken."

#: Sources/TavleCLI/ServeCommands.swift:122
msgid "give exactly one of --team, --facilitator and --researcher"
msgstr "ange exakt en av --team, --facilitator och --researcher"

#: Sources/TavleCLI/ServeCommands.swift:125
msgid "the name must not be empty"
msgstr "namnet får inte vara tomt"

#: Sources/TavleCLI/ServeCommands.swift:133
msgid "the name must not hold '<', '>' or a line break"
msgstr "namnet får inte innehålla ”<”, ”>” eller radbrytningar"

#: Sources/TavleCLI/ServeCommands.swift:128
msgid "--url must start with http:// or https://"
msgstr "--url måste börja med http:// eller https://"

#: Sources/TavleCLI/ServeCommands.swift:140
msgid "the workspace has no team '{1}'"
msgstr "arbetsytan har inget team ”{1}”"

msgid "team ids"
msgstr "team-id:n"

#: Sources/TavleCLI/ServeCommands.swift:152
msgid "Sign-in link for the team {1} (id {2}):"
msgstr "Inloggningslänk för teamet {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:153
msgid "Sign-in link for the facilitator {1} (id {2}):"
msgstr "Inloggningslänk för processledaren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "Sign-in link for the researcher {1} (id {2}):"
msgstr "Inloggningslänk för forskaren {1} (id {2}):"

#: Sources/TavleCLI/ServeCommands.swift:154
msgid "It is shown only now. Give it to {1} in person or by a channel you trust; 'tavle access revoke {2}' ends it."
msgstr "Den visas bara nu. Ge den till {1} personligen eller via en kanal du litar på; ”tavle access revoke {2}” gör den ogiltig."

#: Sources/TavleCLI/ServeCommands.swift:167
msgid "The link is for tavle serve on this machine, port 8080; for another address, give --url (the address people reach tavle serve at)."
msgstr "Länken gäller tavle serve på den här datorn, port 8080; för en annan adress, ange --url (adressen där man når tavle serve)."

#: Sources/TavleCLI/ServeCommands.swift:162
msgid "List the sign-in links (without their secrets)."
msgstr "Lista inloggningslänkarna (utan deras hemligheter)."

#: Sources/TavleCLI/ServeCommands.swift:171
msgid "No sign-in links yet; 'tavle access add --team ID' makes one."
msgstr "Inga inloggningslänkar ännu; ”tavle access add --team ID” skapar en."

#: Sources/TavleCLI/ServeCommands.swift:191
msgctxt "access role"
msgid "team"
msgstr "team"

#: Sources/TavleCLI/ServeCommands.swift:192
msgctxt "access role"
msgid "facilitator"
msgstr "processledare"

#: Sources/TavleCLI/ServeCommands.swift:193
msgctxt "access role"
msgid "researcher"
msgstr "forskare"

#: Sources/TavleCLI/ServeCommands.swift:176
msgid "revoked {1}"
msgstr "återkallad {1}"

#: Sources/TavleCLI/ServeCommands.swift:177
msgid "in use"
msgstr "i bruk"

#: Sources/TavleCLI/ServeCommands.swift:187
msgid "End a sign-in link, by its id or by the name it was made for."
msgstr "Återkalla en inloggningslänk, med dess id eller med namnet den skapades för."

#: Sources/TavleCLI/ServeCommands.swift:188
msgid ""
"The link no longer signs in, and the sessions it opened end at their next request. Revoking by a team's id or a person's name ends all of their links.\n"
"\n"
"Examples:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"
msgstr ""
"Länken loggar inte längre in, och de sessioner den har öppnat avslutas vid nästa begäran. Återkallar du med ett teams id eller en persons namn gäller det alla deras länkar.\n"
"\n"
"Exempel:\n"
"  tavle access revoke 3f9c2a1b\n"
"  tavle access revoke molde-sykehjem-2"

#: Sources/TavleCLI/ServeCommands.swift:198
msgid "The link's id (tavle access list), or a team id or person's name."
msgstr "Länkens id (tavle access list), eller ett team-id eller en persons namn."

#: Sources/TavleCLI/ServeCommands.swift:211
msgid "Revoked {1} ({2})."
msgstr "Återkallade {1} ({2})."

msgid "Run report notebooks for quality-improvement learning networks."
msgstr "Kör rapportanteckningsböcker för lärande nätverk inom kvalitetsförbättring."

msgid ""
"A notebook is a Markdown file with front matter, narrative, SQL query cells and reflection prompts. Tavle runs it per team against the workspace's data (named in tavle.yaml, found beside the notebook or in a folder above it) and writes one HTML report and one Markdown report per team.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams"
msgstr ""
"En anteckningsbok är en Markdown-fil med front matter, löptext, SQL-frågeceller och reflektionsfrågor. Tavle kör den per team mot arbetsytans data (angivna i tavle.yaml, som ligger bredvid anteckningsboken eller i en mapp ovanför) och skriver en HTML-rapport och en Markdown-rapport per team.\n"
"\n"
"Exempel:\n"
"  tavle check Notebooks/sv/larandeseminarium-3.md\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --team alingsas-ekhagen\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --all-teams"

msgid "rendered"
msgstr "klar"

msgid "note: a run stopped after its commit {1} left '{2}' half written; its files and index are now put in place"
msgstr "obs: en körning som stoppades efter sin commit {1} lämnade ”{2}” halvskrivet; dess filer och index är nu på plats"

msgid "note: --discard-edits: the changes to {1} in '{2}' are discarded; the files are as the last run committed them (a file new to the repository stays there, no longer staged)"
msgstr "obs: --discard-edits: ändringarna i {1} i ”{2}” har kastats; filerna är som den senaste körningen sparade dem (en fil som är ny i arkivet ligger kvar, men är inte längre tillagd (staged))"

msgid "waiting for another tavle command (run, handout, import or data load) to finish with '{1}' …"
msgstr "väntar på att ett annat tavle-kommando (run, handout, import eller data load) ska bli klart med ”{1}” …"

msgid "committed {1} ({2}) to {3}"
msgstr "sparade {1} ({2}) i {3}"

msgid "1 file changed"
msgstr "1 fil ändrad"

msgid "{1} files changed"
msgstr "{1} filer ändrade"

msgid "unchanged since the last commit in {1}, nothing committed"
msgstr "oförändrat sedan den senaste commiten i {1}, ingenting sparat"

msgid "The notebook to run (a .md file inside a workspace)."
msgstr "Anteckningsboken som ska köras (en .md-fil i en arbetsyta)."

msgid "A team to make the report for; repeat for several."
msgstr "Ett team som rapporten ska skapas för; upprepa för flera."

msgid "Make a report for every team in the workspace."
msgstr "Skapa en rapport för varje team i arbetsytan."

msgid "Set a notebook parameter; repeat for several."
msgstr "Sätt en parameter i anteckningsboken; upprepa för flera."

msgid "Treat every warning as an error (for a workspace's own CI): nothing is written if there is one."
msgstr "Behandla varje varning som ett fel (för arbetsytans egen CI): ingenting skrivs om det finns någon."

msgid "Put reports edited by hand (or changes staged) in the report repository back as tavle made them, naming them, instead of refusing to run."
msgstr "Återställ rapporter i rapportarkivet som har redigerats för hand (eller ändringar som lagts till) så som tavle skapade dem, och ange vilka, i stället för att vägra köra."

msgid "Use either --team or --all-teams, not both."
msgstr "Använd antingen --team eller --all-teams, inte båda."

msgid "Run a notebook and write a report per team."
msgstr "Kör en anteckningsbok och skriv en rapport per team."

msgid ""
"Writes <output>/<team>/<notebook-id>.html and .md for each team and commits them, as one commit, to the output folder's git repository (created on the first run). The output folder is 'output' in tavle.yaml (relative to it), or --output. If any team's report fails, nothing is written or committed; if nothing changed, nothing is committed.\n"
"\n"
"Examples:\n"
"  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a\n"
"  tavle run Notebooks/samling-3.md --all-teams\n"
"  tavle run Notebooks/samling-3.md --all-teams --param period=2022-06\n"
"  tavle run Notebooks/samling-3.md --all-teams --output /tmp/rapporter"
msgstr ""
"Skriver <output>/<team>/<anteckningsboks-id>.html och .md för varje team och sparar dem som en enda commit i rapportmappens git-arkiv (skapas vid första körningen). Rapportmappen är 'output' i tavle.yaml (räknat från den), eller --output. Om rapporten för något team misslyckas skrivs och sparas ingenting; om ingenting har ändrats sparas ingenting.\n"
"\n"
"Exempel:\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --team alingsas-ekhagen\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --all-teams\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --all-teams --param period=2025-10\n"
"  tavle run Notebooks/sv/larandeseminarium-3.md --all-teams --output /tmp/rapporter"

msgid "Write the reports here instead of the workspace's output folder."
msgstr "Skriv rapporterna hit i stället för till arbetsytans rapportmapp."

msgid "Also print how long each phase of the run took (on standard error)."
msgstr "Skriv också ut hur lång tid varje fas av körningen tog (på standard error)."

msgid "Why this run was made, for its commit (shown by tavle log and git log)."
msgstr "Varför körningen gjordes, för dess commit (visas av tavle log och git log)."

msgid "Rendered {1} of {2} (version {3}) in {4} s; "
msgstr "Skapade {1} från {2} (version {3}) på {4} s; "

msgid "1 report"
msgstr "1 rapport"

msgid "Check a notebook without writing anything."
msgstr "Kontrollera en anteckningsbok utan att skriva något."

msgid ""
"Parses the notebook and the workspace, checks the parameters and teams, prepares every query against the data and checks every {{ }} expression against the columns the queries return, and reads the teams' journals (journals/<team>.yaml). Runs no query and writes no report.\n"
"\n"
"Examples:\n"
"  tavle check Notebooks/samling-3.md\n"
"  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06"
msgstr ""
"Läser anteckningsboken och arbetsytan, kontrollerar parametrar och team, förbereder varje fråga mot data och kontrollerar varje {{ }}-uttryck mot de kolumner som frågorna ger, och läser teamens loggböcker (journals/<team>.yaml). Kör ingen fråga och skriver ingen rapport.\n"
"\n"
"Exempel:\n"
"  tavle check Notebooks/sv/larandeseminarium-3.md\n"
"  tavle check Notebooks/sv/larandeseminarium-3.md --team alingsas-ekhagen --param period=2025-10"

msgid "--discard-edits is for run and handout; check writes nothing"
msgstr "--discard-edits gäller run och handout; check skriver ingenting"

msgid "{1}: ok — {2}, {3}, {4}, {5}"
msgstr "{1}: ok — {2}, {3}, {4}, {5}"

msgid "1 query"
msgstr "1 fråga"

msgid "{1} queries"
msgstr "{1} frågor"

msgid "1 prompt"
msgstr "1 reflektionsfråga"

msgid "{1} prompts"
msgstr "{1} reflektionsfrågor"

msgid "1 team in the workspace"
msgstr "1 team i arbetsytan"

msgid "{1} teams in the workspace"
msgstr "{1} team i arbetsytan"

msgid "1 journal read"
msgstr "1 loggbok läst"

msgid "{1} journals read"
msgstr "{1} loggböcker lästa"

msgid "List the runs recorded in the report repository, newest first."
msgstr "Lista körningarna som har registrerats i rapportarkivet, nyaste först."

msgid ""
"Reads the output folder's git repository: one entry per 'tavle run', with its commit, time, author, notebook, version and teams. The output folder is the workspace's (tavle.yaml found from --workspace, its Notebooks/ folder, or a folder above it), or --output.\n"
"\n"
"Examples:\n"
"  tavle log\n"
"  tavle log --team molde-sykehjem-2\n"
"  tavle log --notebook samling-3 --format json"
msgstr ""
"Läser rapportmappens git-arkiv: en post per 'tavle run', med commit, tidpunkt, författare, anteckningsbok, version och team. Rapportmappen är arbetsytans (tavle.yaml som hittas från --workspace, dess mapp Notebooks/ eller en mapp ovanför), eller --output.\n"
"\n"
"Exempel:\n"
"  tavle log\n"
"  tavle log --team boras-solgarden\n"
"  tavle log --notebook larandeseminarium-3 --format json"

msgid "Only runs that changed this team's reports."
msgstr "Bara körningar som ändrade det här teamets rapporter."

msgid "Only runs of this notebook."
msgstr "Bara körningar av den här anteckningsboken."

msgid "Share the report repository: push its runs to a remote."
msgstr "Dela rapportarkivet: skicka dess körningar till ett fjärrarkiv."

msgid ""
"Sends the output folder's git repository (branch main) to REMOTE: the name of a remote added with 'git remote add', a URL, or a folder holding a bare repository. Without REMOTE, tavle.yaml's 'remote:' is used, else the repository's 'origin'. Histories are never overwritten or merged: if the remote has runs this repository lacks, nothing is pushed. For https give TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token); ssh uses ssh-agent.\n"
"\n"
"Examples:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"
msgstr ""
"Skickar rapportmappens git-arkiv (grenen main) till REMOTE: namnet på ett fjärrarkiv som lagts till med 'git remote add', en URL eller en mapp med ett bart arkiv. Utan REMOTE används 'remote:' i tavle.yaml, annars arkivets 'origin'. Historiken skrivs aldrig över eller slås ihop: om fjärrarkivet har körningar som det här arkivet saknar skickas ingenting. För https, ange TAVLE_PUSH_USERNAME och TAVLE_PUSH_PASSWORD (en token); ssh använder ssh-agent.\n"
"\n"
"Exempel:\n"
"  tavle push\n"
"  tavle push /srv/delt/laeringsnettverk.git\n"
"  tavle push https://git.kommune.no/kvalitet/rapporter.git"

msgid "A remote's name, a URL or a path."
msgstr "Ett fjärrarkivs namn, en URL eller en sökväg."

msgid "The report repository to push."
msgstr "Rapportarkivet som ska skickas."

msgid "{1} already has every run (main at {2}); nothing to push"
msgstr "{1} har redan alla körningar (main står på {2}); ingenting att skicka"

msgid "Pushed {1} to {2} (main at {3})"
msgstr "Skickade {1} till {2} (main står på {3})"

msgid "1 run"
msgstr "1 körning"

msgid "{1} runs"
msgstr "{1} körningar"

msgid "Compute run- or control-chart statistics for a series, as JSON."
msgstr "Beräkna statistik för seriediagram eller styrdiagram för en serie, som JSON."

msgid ""
"Reads a CSV series with the columns x and y (and n for p and u charts, where y is the count and n the denominator, as in qicharts2) from FILE or standard input, and prints per point the centre line, limits and whether it signals, per part and for the last part (summary) the median, runs, crossings and their limits. The numbers agree with qicharts2 for the same series and options.\n"
"\n"
"Examples:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"
msgstr ""
"Läser en CSV-serie med kolumnerna x och y (och n för p- och u-diagram, där y är antalet och n nämnaren, som i qicharts2) från FIL eller standard input, och skriver per punkt mittlinje, gränser och om punkten ger signal, samt per del och för den sista delen (summary) median, serier, korsningar och gränserna för dem. Talen stämmer med qicharts2 för samma serie och inställningar.\n"
"\n"
"Exempel:\n"
"  tavle stats --chart run fall.csv\n"
"  tavle stats --chart p --freeze 12 screening.csv\n"
"  tavle stats --chart i --part 12,24 ventetid.csv\n"
"  sqlite3 -csv -header data.sqlite \"SELECT period AS x, value AS y FROM …\" | tavle stats --chart run"

msgid "run, i, p, u or c."
msgstr "run, i, p, u eller c."

msgid "Compute the centre and limits from the first N points and extend them."
msgstr "Beräkna mittlinje och gränser från de första N punkterna och förläng dem."

msgid "Start a new part after these points (1-based, comma-separated)."
msgstr "Börja en ny del efter de här punkterna (räknat från 1, åtskilda med komma)."

msgid "--freeze takes a number of points of at least 1, but it is {1}"
msgstr "--freeze tar ett antal punkter, minst 1, men är {1}"

msgid "The CSV file; standard input when absent or '-'."
msgstr "CSV-filen; standard input när den saknas eller är '-'."

msgid "note: --freeze is not used when there are parts (as in qicharts2); each part has its own centre line"
msgstr "obs: --freeze används inte när serien är uppdelad (som i qicharts2); varje del har sin egen mittlinje"

msgid "the file could not be read"
msgstr "filen kunde inte läsas"

msgid "the file is neither UTF-8 nor Windows-1252 text"
msgstr "filen är varken UTF-8- eller Windows-1252-text"

msgid "save it from the spreadsheet as 'CSV UTF-8'"
msgstr "spara den från kalkylprogrammet som ”CSV UTF-8”"

msgid "'{1}' could be thousands with a point between them (as Danish and Norwegian spreadsheets may write it) or a decimal number: write {2} for the thousands, or {3} with a decimal comma"
msgstr "”{1}” kan vara tusental med punkt emellan (som danska och norska kalkylprogram kan skriva) eller ett decimaltal: skriv {2} för tusental, eller {3} med decimalkomma"

msgid "this file separates fields with ',' so its decimals need a point ({1}); or save it with ';' between fields, as spreadsheets in Norwegian, Swedish and Danish do, and keep the decimal commas"
msgstr "den här filen skiljer fälten åt med ”,” så decimalerna behöver punkt ({1}); eller spara den med ”;” mellan fälten, som kalkylprogram på norska, svenska och danska gör, och behåll decimalkommana"

msgid "write a number (2,5 or 2.5), or leave the field empty for a missing value"
msgstr "skriv ett tal (2,5 eller 2.5), eller lämna fältet tomt för ett saknat värde"

msgid "write a number (2.5), or leave the field empty for a missing value"
msgstr "skriv ett tal (2.5), eller lämna fältet tomt för ett saknat värde"

msgid "the CSV folder '{1}' does not exist"
msgstr "CSV-mappen ”{1}” finns inte"

msgid "check the path after 'csv:' in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "kontrollera sökvägen efter ”csv:” i tavle.yaml; den räknas från mappen där tavle.yaml ligger"

msgid "the CSV folder '{1}' holds no .csv files"
msgstr "CSV-mappen ”{1}” innehåller inga .csv-filer"

msgid "each table is a file such as measurements.csv, with the column names on its first line"
msgstr "varje tabell är en fil som measurements.csv, med kolumnnamnen på första raden"

msgid "an in-memory database could not be made: {1}"
msgstr "en databas i minnet kunde inte skapas: {1}"

msgid "the column '{1}' stands twice in the header"
msgstr "kolumnen ”{1}” står två gånger i rubrikraden"

msgid "give each column its own name"
msgstr "ge varje kolumn ett eget namn"

msgid "the file could not be loaded as the table '{1}': {2}"
msgstr "filen kunde inte läsas in som tabellen ”{1}”: {2}"

msgid "is written with a point between thousands"
msgstr "är skrivet med punkt mellan tusental"

msgid "is written with a decimal comma"
msgstr "är skrivet med decimalkomma"

msgid "'{1}' in the column '{2}' {3}"
msgstr "”{1}” i kolumnen ”{2}” {3}"

msgid "'{1}' in the column '{2}' is not a number, but {3} of the column's {4} values are"
msgstr "”{1}” i kolumnen ”{2}” är inte ett tal, men {3} av kolumnens {4} värden är det"

msgid "a quoted field that starts on this line is never closed"
msgstr "ett fält inom citattecken som börjar på den här raden avslutas aldrig"

msgid "add the closing '\"'"
msgstr "lägg till det avslutande ”\"”"

msgid "the CSV file is empty"
msgstr "CSV-filen är tom"

msgid "the first line should name the columns"
msgstr "den första raden ska ange kolumnernas namn"

msgid "this row has 1 field, but the header names {1} columns"
msgstr "den här raden har 1 fält, men rubrikraden anger {1} kolumner"

msgid "this row has {1} fields, but the header names {2} columns"
msgstr "den här raden har {1} fält, men rubrikraden anger {2} kolumner"

msgid "check for a missing or extra comma; quote values that contain commas"
msgstr "leta efter ett komma som saknas eller är för mycket; sätt citattecken runt värden som innehåller komma"

msgid "the header separates its columns with '{1}'; check for a missing or extra one on this line"
msgstr "rubrikraden skiljer kolumnerna åt med ”{1}”; leta efter ett skiljetecken som saknas eller är för mycket på den här raden"

msgid "a tab"
msgstr "tabb"

msgid "the count {1} in the column '{2}' is negative"
msgstr "antalet {1} i kolumnen ”{2}” är negativt"

msgid "a count is 0 or more; correct it, or leave the field empty for a missing value"
msgstr "ett antal är 0 eller mer; rätta det, eller lämna fältet tomt för ett saknat värde"

msgid "{1} counted out of a denominator of 0 ('{2}')"
msgstr "{1} räknat av en nämnare på 0 (”{2}”)"

msgid "correct the denominator, or leave both empty for a month without measurement"
msgstr "rätta nämnaren, eller lämna båda tomma för en månad utan mätning"

msgid "'{1}' could not be read"
msgstr "”{1}” kunde inte läsas"

msgid "tavle import adds rows to the table '{1}' (columns {2}); the data folder needs a {3}.csv with that header"
msgstr "tavle import lägger till rader i tabellen ”{1}” (kolumnerna {2}); datamappen behöver en {1}.csv med den rubrikraden"

msgid "the header of {1} lacks the column {2}"
msgstr "rubrikraden i {1} saknar kolumnen {2}"

msgid "the header of {1} lacks the columns {2}"
msgstr "rubrikraden i {1} saknar kolumnerna {2}"

msgid "tavle import writes the columns {1}"
msgstr "tavle import skriver kolumnerna {1}"

msgid "'{1}' is saved as Windows-1252, which cannot hold every letter of the new rows"
msgstr "”{1}” är sparad som Windows-1252, som inte kan återge alla bokstäver i de nya raderna"

msgid "save it from the spreadsheet as 'CSV UTF-8' and import again"
msgstr "spara den från kalkylprogrammet som ”CSV UTF-8” och importera igen"

msgid "check that you may write in the data folder"
msgstr "kontrollera att du har behörighet att skriva i datamappen"

msgid "the numbers could not be added to '{1}': {2}"
msgstr "talen kunde inte läggas till i ”{1}”: {2}"

msgid "nothing was added; tavle import writes to the table {1}({2})"
msgstr "ingenting lades till; tavle import skriver till tabellen {1}({2})"

#: Sources/TavleData/PeriodColumns.swift:17
msgid "'{1}' in the column '{2}' is not a month: a year has months 01 to 12, not {3}"
msgstr "”{1}” i kolumnen ”{2}” är inte en månad: ett år har månaderna 01 till 12, inte {3}"

#: Sources/TavleData/PeriodColumns.swift:18
msgid "correct the month in the data; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "rätta månaden i data; ett kvartal skrivs som sin första månad (2024-01 för första kvartalet)"

msgid "'{1}' in the column '{2}' is not a month written YYYY-MM"
msgstr "”{1}” i kolumnen ”{2}” är inte en månad skriven ÅÅÅÅ-MM"

msgid "write the month as {1}; a quarter is written as its first month (2024-01 for the first quarter)"
msgstr "skriv månaden som {1}; ett kvartal skrivs som sin första månad (2024-01 för första kvartalet)"

msgid "the database '{1}' does not exist"
msgstr "databasen ”{1}” finns inte"

msgid "check the 'data' path in tavle.yaml; it counts from the folder that holds tavle.yaml"
msgstr "kontrollera sökvägen under ”data” i tavle.yaml; den räknas från mappen där tavle.yaml ligger"

msgid "'{1}' could not be opened as a SQLite database: {2}"
msgstr "”{1}” kunde inte öppnas som en SQLite-databas: {2}"

msgid "check that the file is a SQLite database and readable"
msgstr "kontrollera att filen är en SQLite-databas och att den går att läsa"

msgid "'{1}' could not be made read-only: {2}"
msgstr "”{1}” kunde inte göras skrivskyddad: {2}"

msgid "{1} could not be run: {2}"
msgstr "{1} kunde inte köras: {2}"

msgid "{1} has no SQL"
msgstr "{1} har ingen SQL"

msgid "{1} holds more than one statement"
msgstr "{1} innehåller mer än en sats"

msgid "a query cell runs exactly one SELECT; split the rest into cells of their own"
msgstr "en frågecell kör exakt en SELECT; flytta resten till egna celler"

msgid "{1} is a {2} statement; a report may only read data"
msgstr "{1} är en {2}-sats; en rapport får bara läsa data"

msgid "write a SELECT (or WITH … SELECT); the data source is opened read-only and is never changed by tavle run"
msgstr "skriv en SELECT (eller WITH … SELECT); datakällan öppnas skrivskyddad och ändras aldrig av tavle run"

msgid "{1} could not bind its parameters: {2}"
msgstr "parametrarna i {1} kunde inte bindas: {2}"

msgid "{1} was stopped after {2} s, its time limit"
msgstr "{1} stoppades efter {2} s, som är tidsgränsen"

msgid "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml"
msgstr "gör frågan mindre krävande (filtrera på team och period, använd indexerade kolumner), eller höj ”query_timeout” i tavle.yaml"

msgid "check the SQL at the marked position"
msgstr "kontrollera SQL-koden på det markerade stället"

msgid "check the table name; the tables here are listed by 'SELECT name FROM sqlite_schema'"
msgstr "kontrollera tabellnamnet; tabellerna här listas av ”SELECT name FROM sqlite_schema”"

msgid "check the column name and the table it belongs to"
msgstr "kontrollera kolumnnamnet och vilken tabell kolumnen hör till"

msgid "{1} has an error: {2}"
msgstr "{1} har ett fel: {2}"

msgid "the tables of '{1}' could not be read: {2}"
msgstr "tabellerna i ”{1}” kunde inte läsas: {2}"

msgid "the cache folder '{1}' could not be created: {2}"
msgstr "cachemappen ”{1}” kunde inte skapas: {2}"

msgid "the built database could not be stored in '{1}'"
msgstr "den byggda databasen kunde inte sparas i ”{1}”"

msgid "the built database could not be stored in '{1}': {2}"
msgstr "den byggda databasen kunde inte sparas i ”{1}”: {2}"

msgid "the data folder '{1}' does not exist"
msgstr "datamappen ”{1}” finns inte"

msgid "the data folder '{1}' could not be read: {2}"
msgstr "datamappen ”{1}” kunde inte läsas: {2}"

msgid "the data folder '{1}' holds no .sql or .csv files"
msgstr "datamappen ”{1}” innehåller inga .sql- eller .csv-filer"

msgid "a database could not be created at '{1}': {2}"
msgstr "en databas kunde inte skapas i ”{1}”: {2}"

msgid "the data could not be built: {1}"
msgstr "data kunde inte byggas: {1}"

msgid "the script reaches outside tavle's own cache: {1}"
msgstr "skriptet når utanför tavles egen cache: {1}"

msgid "a data script may create tables and indexes and fill them; ATTACH, DETACH, VACUUM INTO and PRAGMAs other than foreign_keys are refused"
msgstr "ett dataskript får skapa tabeller och index och fylla dem; ATTACH, DETACH, VACUUM INTO och andra PRAGMA än foreign_keys avvisas"

msgid "the script failed: {1}"
msgstr "skriptet misslyckades: {1}"

msgid "the data's references could not be checked: {1}"
msgstr "referenserna i data kunde inte kontrolleras: {1}"

msgid "a row in '{1}' refers to a row in '{2}' that does not exist"
msgstr "en rad i ”{1}” hänvisar till en rad i ”{2}” som inte finns"

msgid "check the id on this line against {1}.csv (or the .sql file that fills '{2}')"
msgstr "kontrollera id:t på den här raden mot {1}.csv (eller .sql-filen som fyller ”{1}”)"

msgid "the table '{1}' could not be inspected: {2}"
msgstr "tabellen ”{1}” kunde inte undersökas: {2}"

msgid "there is no table '{1}' to load this file into"
msgstr "det finns ingen tabell ”{1}” att läsa in den här filen i"

msgid "create it with CREATE TABLE {1}(…) in a .sql file in the same folder"
msgstr "skapa den med CREATE TABLE {1}(…) i en .sql-fil i samma mapp"

msgid "the table '{1}' has no column '{2}'"
msgstr "tabellen ”{1}” har ingen kolumn ”{2}”"

msgid "its columns: {1}"
msgstr "dess kolumner: {1}"

msgid "the file could not be loaded into '{1}': {2}"
msgstr "filen kunde inte läsas in i ”{1}”: {2}"

msgid "'{1}' in the column '{2}' is not a whole number"
msgstr "”{1}” i kolumnen ”{2}” är inte ett heltal"

msgid "write digits only, or leave the field empty for a missing value"
msgstr "skriv bara siffror, eller lämna fältet tomt för ett saknat värde"

msgid "'{1}' in the column '{2}' is not a number"
msgstr "”{1}” i kolumnen ”{2}” är inte ett tal"

#: Sources/TavleEdit/JournalEditor.swift:166
msgid "the journal file was changed by hand in a way tavle cannot record, so nothing was saved: the file must be mended first (your facilitator can do it)"
msgstr "loggboksfilen har ändrats för hand på ett sätt som tavle inte kan registrera, så ingenting sparades: filen måste rättas först (processledaren kan göra det)"

#: Sources/TavleEdit/JournalEditor.swift:127
msgid "make this change in the journal file with a text editor"
msgstr "gör den här ändringen i loggboksfilen i en textredigerare"

#: Sources/TavleEdit/JournalEditor.swift:200
msgid "the journal '{1}' could not be written: {2}"
msgstr "loggboken ”{1}” kunde inte skrivas: {2}"

#: Sources/TavleEdit/JournalEditor.swift:201
msgid "check that the workspace's journals folder is writable"
msgstr "kontrollera att det går att skriva i arbetsytans mapp journals"

#: Sources/TavleEdit/JournalText.swift:61
msgid "'{1}:' is written on one line; tavle can only add to a list written one entry per line"
msgstr "”{1}:” är skriven på en rad; tavle kan bara lägga till i en lista som är skriven med en post per rad"

#: Sources/TavleEdit/JournalText.swift:89
msgid "the list '{1}:' is laid out in a way tavle cannot add to"
msgstr "listan ”{1}:” är uppställd på ett sätt som tavle inte kan lägga till i"

#: Sources/TavleEdit/JournalText.swift:253
msgid "the journal has no goal '{1}'"
msgstr "loggboken har inget mål ”{1}”"

#: Sources/TavleEdit/JournalText.swift:292
msgid "the journal has no indicator '{1}'"
msgstr "loggboken har ingen indikator ”{1}”"

#: Sources/TavleEdit/JournalText.swift:275
msgid "the journal has no entry '{1}' under '{2}'"
msgstr "loggboken har ingen post ”{1}” under ”{2}”"

#: Sources/TavleEdit/JournalText.swift:435
msgid "the journal has no entry {1} under '{2}'"
msgstr "loggboken har ingen post {1} under ”{2}”"

#: Sources/TavleEdit/JournalText.swift:487
msgid "the journal has no entry with {1} under '{2}'"
msgstr "loggboken har ingen post med {1} under ”{2}”"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "'{1}' is a folder; --format json writes one file"
msgstr "”{1}” är en mapp; --format json skriver en fil"

#: Sources/TavleExport/ResearchExport.swift:62
msgid "name the file: --to export.json"
msgstr "ange filen: --to export.json"

#: Sources/TavleExport/ResearchExport.swift:67
msgid "'{1}' exists and is not an earlier export; the export writes only a new file or over an earlier export"
msgstr "”{1}” finns och är inte en tidigare export; exporten skrivs bara till en ny fil eller över en tidigare export"

#: Sources/TavleExport/ResearchExport.swift:68
msgid "name a new file: --to export.json"
msgstr "ange en ny fil: --to export.json"

#: Sources/TavleCLI/ExportCommand.swift:71
msgid "the export could not be written to '{1}': {2}"
msgstr "exporten kunde inte skrivas till ”{1}”: {2}"

msgid "check that you may write in '{1}'"
msgstr "kontrollera att du har behörighet att skriva i ”{1}”"

#: Sources/TavleExport/ResearchExport.swift:91
msgid "no run of the report repository matches {1}"
msgstr "ingen körning i rapportarkivet passar med {1}"

#: Sources/TavleExport/ResearchExport.swift:93
msgid "the runs are from {1}; 'tavle log' lists them"
msgstr "körningarna är från {1}; ”tavle log” visar dem"

#: Sources/TavleExport/ResearchExport.swift:94
msgid "the runs are from {1}, for gatherings {2}; 'tavle log' lists them"
msgstr "körningarna är från {1}, för lärandeseminarierna {2}; ”tavle log” visar dem"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "'{1}' is a file; the export is a folder of files"
msgstr "”{1}” är en fil; exporten är en mapp med filer"

#: Sources/TavleExport/ResearchExport.swift:64
msgid "name a new folder: --to export"
msgstr "ange en ny mapp: --to export"

#: Sources/TavleExport/ResearchExport.swift:69
msgid "'{1}' holds other files ({2}); the export writes only into a new folder or over an earlier export"
msgstr "”{1}” innehåller andra filer ({2}); exporten skrivs bara till en ny mapp eller över en tidigare export"

#: Sources/TavleExport/ResearchExport.swift:70
msgid "name a new folder: --to export-{1}"
msgstr "ange en ny mapp: --to export-{1}"

msgid "the revision of {1} of the goal '{2}' was changed or removed since the report repository recorded it (commit {3})"
msgstr "revideringen från {1} av målet ”{2}” har ändrats eller tagits bort sedan rapportarkivet registrerade den (commit {3})"

msgid "a goal's revisions are its history: put it back as it was ({1}: {2}) and add a new revision for the new change"
msgstr "ett måls revideringar är dess historik: återställ revideringen som den var ({1}: {2}) och lägg till en ny revidering för den nya ändringen"

msgid "the new revision of the goal '{1}' is dated {2}, before the run of {3} (commit {4}) that still showed the goal as it was"
msgstr "den nya revideringen av målet ”{1}” är daterad {2}, före körningen {3} (commit {4}) som fortfarande visade målet som det var"

msgid "date it the day the goal was changed, {1} or later"
msgstr "datera den till dagen då målet ändrades, {1} eller senare"

msgid "the goal '{1}' is no longer in the journal, but the report repository recorded it (commit {2}); a goal is set aside, or renamed, with a reason"
msgstr "målet ”{1}” finns inte längre i loggboken, men rapportarkivet registrerade det (commit {2}); ett mål läggs åt sidan, eller byter namn, med en motivering"

msgid ""
"add it to the journal:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Why the goal was set aside (or renamed to …)"
msgstr ""
"lägg till det i loggboken:\n"
"  retired_goals:\n"
"    - id: {1}\n"
"      date: {2}\n"
"      reason: Varför målet lades åt sidan (eller bytte namn till …)"

msgid "the goal '{1}' is retired on {2}, before the run of {3} (commit {4}) that still showed it"
msgstr "målet ”{1}” lades åt sidan {2}, före körningen {3} (commit {4}) som fortfarande visade det"

msgid "date it the day the goal was set aside, {1} or later"
msgstr "datera det till dagen då målet lades åt sidan, {1} eller senare"

msgid "its statement"
msgstr "formuleringen"

msgid "its target from {1} to {2}"
msgstr "målvärdet från {1} till {2}"

msgid "its due date from {1} to {2}"
msgstr "slutdatumet från {1} till {2}"

msgid "the goal '{1}' changed {2} since the report repository last recorded it (commit {3}), but the journal gives no reason"
msgstr "målet ”{1}” har ändrats ({2}) sedan rapportarkivet senast registrerade det (commit {3}), men loggboken anger ingen motivering"

msgid " and "
msgstr " och "

msgid ""
"add the reason under the goal, then run again:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Why the goal was changed"
msgstr ""
"skriv motiveringen under målet och kör sedan igen:\n"
"      revisions:\n"
"        - date: {1}\n"
"          reason: Varför målet ändrades"

msgid "{1} %"
msgstr "{1} %"

msgid "the workspace's data is already on PostgreSQL ({1})"
msgstr "arbetsytans data ligger redan i PostgreSQL ({1})"

msgid "copy between servers with pg_dump and psql"
msgstr "kopiera mellan servrar med pg_dump och psql"

msgid "the file holds no numbers"
msgstr "filen innehåller inga tal"

msgid "fill in at least one number below the header"
msgstr "fyll i minst ett tal under rubrikraden"

msgid "no form asks for the indicator '{1}'"
msgstr "inget formulär frågar efter indikatorn ”{1}”"

msgid "indicators"
msgstr "indikatorer"

msgid "'{1}' is not a team of {2}"
msgstr "”{1}” är inte ett team i {2}"

msgid "{1} has numbers for {2} here and at line {3} ({4})"
msgstr "{1} har tal för {2} både här och på rad {3} ({4})"

msgid "keep one of them; each participant has one number per indicator and period"
msgstr "behåll ett av dem; varje deltagare har ett tal per indikator och period"

#: Sources/TavleImport/FormImport.swift:138
msgid "; nothing was imported (and 1 more problem below)"
msgstr "; inget importerades (och 1 problem till nedan)"

#: Sources/TavleImport/FormImport.swift:139
msgid "; nothing was imported (and {1} more problems below)"
msgstr "; inget importerades (och {1} problem till nedan)"

#: Sources/TavleImport/FormImport.swift:140
msgid "; nothing was imported"
msgstr "; inget importerades"

msgid "the numbers answer forms of notebooks that keep their data in different places ({1})"
msgstr "talen hör till formulär i anteckningsböcker som har sina data på olika ställen ({1})"

msgid "import one notebook's numbers at a time with --notebook"
msgstr "importera talen för en anteckningsbok i taget med --notebook"

msgid "{1} has numbers for {2}, a month that has not begun (this is {3})"
msgstr "{1} har tal för {2}, en månad som inte har börjat (nu är det {3})"

msgid "{1} has numbers for {2}, {3} after the last month the data holds for {4} ({5})"
msgstr "{1} har tal för {2}, {3} efter den sista månaden som data finns för {4} ({5})"

msgid "{1} has numbers for {2}, {3} before the first month the data holds for {4} ({5})"
msgstr "{1} har tal för {2}, {3} före den första månaden som data finns för {4} ({5})"

msgid "the numbers were imported; if the year or month is wrong, correct the period in the data"
msgstr "talen importerades; om året eller månaden är fel, rätta perioden i data"

msgid "{1} years"
msgstr "{1} år"

msgid "{1} months"
msgstr "{1} månader"

msgid "'{1}' ({2}, {3}) is not a number"
msgstr "”{1}” ({2}, {3}) är inte ett tal"

msgid "write it with digits, for example 3,2 or 3.2, in {1}"
msgstr "skriv det med siffror, till exempel 3,2 eller 3.2, i {1}"

msgid "write it with digits, for example 3,2 or 3.2"
msgstr "skriv det med siffror, till exempel 3,2 eller 3.2"

msgid "'{1}' is written in {2}, but the column says {3}"
msgstr "”{1}” är skrivet i {2}, men kolumnen anger {3}"

msgid "use one unit"
msgstr "använd en enda enhet"

msgid "'{1}' ({2}, {3}) is written with the unit '{4}', but the form asks for a plain number"
msgstr "”{1}” ({2}, {3}) är skrivet med enheten ”{4}”, men formuläret ber om ett tal utan enhet"

msgid "write the number without a unit"
msgstr "skriv talet utan enhet"

msgid "'{1}' ({2}, {3}) is in the wrong unit: the form asks for {4}, not {5}"
msgstr "”{1}” ({2}, {3}) har fel enhet: formuläret ber om {4}, inte {5}"

msgid "write the number in {1}, as the form's blank shows"
msgstr "skriv talet i {1}, som fältet på formuläret visar"

msgid "{1}{2} ({3}, {4}) is below the smallest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) är lägre än det minsta värde som formuläret tillåter, {5}{6}"

msgid "check the number against the source it was copied from"
msgstr "kontrollera talet mot källan det skrevs av från"

msgid "{1}{2} ({3}, {4}) is above the largest value the form allows, {5}{6}"
msgstr "{1}{2} ({3}, {4}) är högre än det största värde som formuläret tillåter, {5}{6}"

msgid "the check for numbers already in the data"
msgstr "kontrollen av tal som redan finns i data"

msgid "the data has no table {1}(team_id, indicator_id, period, value) to import into: {2}"
msgstr "data har ingen tabell {1}(team_id, indicator_id, period, value) att importera till: {2}"

msgid "tavle import adds each number as a row of that table"
msgstr "tavle import lägger till varje tal som en rad i den tabellen"

msgid "the data already holds numbers for {1} in {2} ({3})"
msgstr "data innehåller redan tal för {1} i {2} ({3})"

msgid "a period has one number per indicator; if the one in the data is wrong, correct it there, then import the rest"
msgstr "en period har ett tal per indikator; om talet i data är fel, rätta det där och importera sedan resten"

msgid "{1} has no form"
msgstr "{1} har inget formulär"

msgid "a form is a ```form ID``` cell that lists the numbers to write down"
msgstr "ett formulär är en ```form ID```-cell som listar talen som ska antecknas"

msgid "the forms '{1}' ({2}) and '{3}' ask for '{4}' with different units or bounds"
msgstr "formulären ”{1}” ({2}) och ”{3}” frågar efter ”{4}” med olika enheter eller gränser"

msgid "give both the same 'unit', 'min', 'max' and 'stored_as', or import with --notebook to say which form the numbers answer"
msgstr "ge båda samma ”unit”, ”min”, ”max” och ”stored_as”, eller importera med --notebook för att ange vilket formulär talen hör till"

msgid "no notebook in {1} has a form"
msgstr "ingen anteckningsbok i {1} har ett formulär"

msgid "a preparation form is a ```form ID``` cell listing the numbers participants bring; see Notebooks/veiledningsgruppe-takst.md"
msgstr "ett förberedelseformulär är en ```form ID```-cell som listar talen som deltagarna tar med sig; se Notebooks/veiledningsgruppe-takst.md"

msgid "'{1}' is neither a .csv nor a .yaml file"
msgstr "”{1}” är varken en .csv- eller en .yaml-fil"

msgid "save the spreadsheet as CSV (the first line names the columns), or write the numbers in YAML"
msgstr "spara kalkylbladet som CSV (den första raden anger kolumnerna), eller skriv talen i YAML"

msgid "error"
msgstr "fel"

msgid "warning"
msgstr "varning"

msgid "'{1}'"
msgstr "”{1}”"

msgid "the file holds an invisible control character ({1})"
msgstr "filen innehåller ett osynligt kontrolltecken ({1})"

msgid "delete it; it often comes from copying text out of another program"
msgstr "ta bort det; det kommer ofta från text som kopierats från ett annat program"

msgid "the corrections file"
msgstr "rättelsefilen"

msgid "'corrections' should be a list (lines starting with '- ')"
msgstr "”corrections” ska vara en lista (rader som börjar med ”- ”)"

msgid "write each correction on its own line starting with '- '"
msgstr "skriv varje rättelse på en egen rad som börjar med ”- ”"

msgid "a correction"
msgstr "en rättelse"

msgid "'{1}' of a correction"
msgstr "”{1}” i en rättelse"

msgid "a correction has no '{1}'"
msgstr "en rättelse saknar ”{1}”"

msgid "add '{1}'"
msgstr "lägg till ”{1}”"

msgid "there is no team '{1}' in this workspace"
msgstr "det finns inget team ”{1}” i den här arbetsytan"

msgid "the indicator"
msgstr "indikatorn"

msgid "the query"
msgstr "frågan"

msgid "a correction names either the 'indicator' or the 'query' whose value was corrected"
msgstr "en rättelse anger antingen den indikator (”indicator”) eller den fråga (”query”) vars värde rättades"

msgid "for example 'indicator: fall'"
msgstr "till exempel ”indicator: fall”"

msgid "the period '{1}' of a correction is not a month written YYYY-MM"
msgstr "perioden ”{1}” i en rättelse är inte en månad skriven ÅÅÅÅ-MM"

msgid "for example 'period: 2021-07'"
msgstr "till exempel ”period: 2021-07”"

msgid "the date '{1}' of a correction is not a date written YYYY-MM-DD"
msgstr "datumet ”{1}” i en rättelse är inte ett datum skrivet ÅÅÅÅ-MM-DD"

msgid "the day the data was corrected, for example 2021-10-04"
msgstr "dagen då data rättades, till exempel 2021-10-04"

msgid "the file has no 'team' column"
msgstr "filen har ingen kolumn ”team”"

msgid "the first line names the columns: 'team,indicator,period,value' (one number per row) or 'team,period,takst-1j,takst-2ld' (one participant per row)"
msgstr "den första raden anger kolumnerna: ”team,indicator,period,value” (ett tal per rad) eller ”team,period,takst-1j,takst-2ld” (en deltagare per rad)"

msgid "the file says for no number which period it belongs to"
msgstr "filen anger inte vilken period talen gäller"

msgid "add a 'period' column (2023-01), or give the period for the whole file with --period 2023-01"
msgstr "lägg till en kolumn ”period” (2023-01), eller ange perioden för hela filen med --period 2023-01"

msgid "this row names no team"
msgstr "den här raden anger inget team"

msgid "write the team's id, as 'tavle run --team' takes it"
msgstr "skriv teamets id, så som 'tavle run --team' tar emot det"

msgid "the file has an 'indicator' column but no 'value' column"
msgstr "filen har en kolumn ”indicator” men ingen kolumn ”value”"

msgid "name the column with the numbers 'value' (or 'verdi', 'värde', 'værdi')"
msgstr "ge kolumnen med talen namnet ”värde” (eller ”value”)"

msgid "this row names no indicator"
msgstr "den här raden anger ingen indikator"

msgid "this row has no value"
msgstr "den här raden har inget värde"

msgid "write the number, or remove the row if it was not written down"
msgstr "skriv talet, eller ta bort raden om det inte antecknades"

msgid "the file names no indicator"
msgstr "filen anger ingen indikator"

msgid "give each indicator a column named by its id, for example 'team,takst-1j,takst-2ld'"
msgstr "ge varje indikator en kolumn med indikatorns id som namn, till exempel ”team,takst-1j,takst-2ld”"

msgid "the file"
msgstr "filen"

msgid "the period"
msgstr "perioden"

msgid "the file has no 'teams'"
msgstr "filen har inga ”teams”"

msgid "write 'teams:', then each team's id on its own line and its numbers below it, indented"
msgstr "skriv ”teams:”, sedan varje teams id på en egen rad och teamets tal indragna under"

msgid "'teams'"
msgstr "”teams”"

msgid "the numbers of '{1}'"
msgstr "talen för ”{1}”"

msgid "the period of '{1}'"
msgstr "perioden för ”{1}”"

msgid "no period is given for the numbers of '{1}'"
msgstr "ingen period har angetts för talen för ”{1}”"

msgid "write 'period: 2023-01' at the top of the file, or give --period"
msgstr "skriv ”period: 2023-01” överst i filen, eller ange --period"

msgid "the value of '{1}' for '{2}'"
msgstr "värdet av ”{1}” för ”{2}”"

#: Sources/TavleParse/FilledFormReader.swift:208
msgid "'{1}' is not a month: a year has months 01 to 12, not {2}"
msgstr "”{1}” är inte en månad: ett år har månaderna 01 till 12, inte {2}"

#: Sources/TavleParse/FilledFormReader.swift:209
msgid "correct the month; a quarter is written as its first month (2023-01 for the first quarter)"
msgstr "rätta månaden; ett kvartal skrivs som sin första månad (2023-01 för första kvartalet)"

msgid "'{1}' is not a month written as year-month"
msgstr "”{1}” är inte en månad skriven som år-månad"

msgid "write it as 2023-01 (a quarter by its first month)"
msgstr "skriv den som 2023-01 (ett kvartal anges med sin första månad)"

msgid "the form '{1}' has no fields"
msgstr "formuläret ”{1}” har inga fält"

msgid "write its fields inside the cell, for example 'fields:' and then '  - indicator: takst-1j' with 'label: Takst 1j' and 'unit: \"%\"'"
msgstr "skriv fälten inuti cellen, till exempel ”fields:” och sedan ”  - indicator: takst-1j” med ”label: Takst 1j” och ”unit: \"%\"”"

msgid "the form '{1}'"
msgstr "formuläret ”{1}”"

msgid "the period of the form '{1}'"
msgstr "perioden för formuläret ”{1}”"

msgid "the period of the form '{1}' names the parameter '{2}', which the notebook does not have"
msgstr "perioden för formuläret ”{1}” hänvisar till parametern ”{2}”, som anteckningsboken inte har"

msgid "add a month parameter under 'params:' in the front matter, for example 'neste_kvartal: { type: month }'"
msgstr "lägg till en månadsparameter under ”params:” i front matter, till exempel ”neste_kvartal: { type: month }”"

msgid "parameters"
msgstr "parametrar"

msgid "the period of the form '{1}' must be a month parameter, but '{2}' is of type {3}"
msgstr "perioden för formuläret ”{1}” måste vara en månadsparameter, men ”{2}” har typen {3}"

msgid "give '{1}' 'type: month', or name another parameter"
msgstr "ge ”{1}” ”type: month”, eller hänvisa till en annan parameter"

msgid "the form '{1}' has no 'fields'"
msgstr "formuläret ”{1}” har inga ”fields”"

msgid "list the numbers to write down under 'fields:', one '- indicator: …' each"
msgstr "lista talen som ska antecknas under ”fields:”, en ”- indicator: …” för varje tal"

msgid "the fields of the form '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "fälten i formuläret ”{1}” ska vara en lista (rader som börjar med ”- ”), men är {2}"

msgid "write each field on its own line starting with '- indicator: …'"
msgstr "skriv varje fält på en egen rad som börjar med ”- indicator: …”"

msgid "the form '{1}' asks for the indicator '{2}' twice (first at line {3})"
msgstr "formuläret ”{1}” frågar efter indikatorn ”{2}” två gånger (första gången på rad {3})"

msgid "each field is one number per participant; remove one of them"
msgstr "varje fält är ett tal per deltagare; ta bort ett av dem"

msgid "the title of the form '{1}'"
msgstr "titeln på formuläret ”{1}”"

msgid "the intro of the form '{1}'"
msgstr "inledningen till formuläret ”{1}”"

msgid "a field of the form '{1}'"
msgstr "ett fält i formuläret ”{1}”"

msgid "a field of the form '{1}' has no 'indicator'"
msgstr "ett fält i formuläret ”{1}” har ingen ”indicator”"

msgid "add 'indicator: <id>': the indicator the number is a measurement of"
msgstr "lägg till ”indicator: <id>”: den indikator som talet är en mätning av"

msgid "the indicator of a field"
msgstr "indikatorn för ett fält"

msgid "the indicator '{1}' may only hold letters, digits, '-', '_' and '.'"
msgstr "indikatorn ”{1}” får bara innehålla bokstäver, siffror, ”-”, ”_” och ”.”"

msgid "the smallest value of '{1}'"
msgstr "det minsta värdet för ”{1}”"

msgid "the largest value of '{1}'"
msgstr "det största värdet för ”{1}”"

msgid "the largest value of '{1}' ({2}) is below its smallest ({3})"
msgstr "det största värdet för ”{1}” ({2}) är lägre än det minsta ({3})"

msgid "swap 'min' and 'max'"
msgstr "byt plats på ”min” och ”max”"

msgid "the unit of '{1}'"
msgstr "enheten för ”{1}”"

msgid "'stored_as' of '{1}'"
msgstr "”stored_as” för ”{1}”"

msgid "'{1}' is stored as a share, so the participant writes it in percent, but its unit is {2}"
msgstr "”{1}” sparas som andel, så deltagaren skriver det i procent, men enheten är {2}"

msgid "not given"
msgstr "inte angiven"

msgid "write 'unit: \"%\"'"
msgstr "skriv ”unit: \"%\"”"

msgid "the label of '{1}'"
msgstr "etiketten för ”{1}”"

msgid "'{{' is not closed on the same line"
msgstr "”{{” stängs inte på samma rad"

msgid "close it with '}}', or write '\\{{' to show the braces as text"
msgstr "stäng med ”}}”, eller skriv ”\\{{” för att visa klamrarna som text"

msgid "expected a name in '{{ {1} }}'"
msgstr "ett namn förväntades i ”{{ {1} }}”"

msgid "for example {{ team.name }} or {{ fall.last.value | number(1) }}"
msgstr "till exempel {{ team.name }} eller {{ fall.last.value | number(1) }}"

msgid "expected a filter name after '|'"
msgstr "ett filternamn förväntades efter ”|”"

msgid "for example | number(1) or | percent"
msgstr "till exempel | number(1) eller | percent"

msgid "the filter '{1}' is missing its ')'"
msgstr "filtret ”{1}” saknar ”)”"

msgid "unexpected '{1}' in '{{ {2} }}'"
msgstr "oväntat ”{1}” i ”{{ {2} }}”"

msgid "an expression is a dotted name followed by filters, such as {{ fall.last.value | number(1) }}"
msgstr "ett uttryck är ett namn med punkter, följt av filter, till exempel {{ fall.last.value | number(1) }}"

msgid "the journal"
msgstr "loggboken"

msgid "the team"
msgstr "teamet"

msgid "this journal says it belongs to team '{1}', but its file is named after '{2}'"
msgstr "den här loggboken säger att den hör till teamet ”{1}”, men filen har fått namn efter ”{2}”"

msgid "rename the file to journals/{1}.yaml, or correct 'team:'"
msgstr "byt namn på filen till journals/{1}.yaml, eller rätta ”team:”"

msgid "the language"
msgstr "språket"

msgid "goals"
msgstr "”goals”"

msgctxt "yaml key"
msgid "indicators"
msgstr "”indicators”"

msgctxt "yaml key"
msgid "pdsa"
msgstr "”pdsa”"

msgid "decisions"
msgstr "”decisions”"

msgid "answers"
msgstr "”answers”"

msgid "retired_goals"
msgstr "”retired_goals”"

msgid "a retired goal"
msgstr "ett mål som lagts åt sidan"

msgid "the retired goal '{1}' has no date"
msgstr "målet ”{1}”, som lagts åt sidan, har inget datum"

msgid "add 'date: YYYY-MM-DD', the day it was set aside"
msgstr "lägg till ”date: ÅÅÅÅ-MM-DD”, dagen då det lades åt sidan"

msgid "the retired goal '{1}'"
msgstr "målet ”{1}” som lagts åt sidan"

msgid "the date of a retired goal"
msgstr "datumet för ett mål som lagts åt sidan"

msgid "the goal '{1}' is both among the goals and retired"
msgstr "målet ”{1}” står både bland målen och bland dem som lagts åt sidan"

msgid "remove it from 'goals' if it is set aside, or from 'retired_goals' if it is still pursued"
msgstr "ta bort det från ”goals” om det har lagts åt sidan, eller från ”retired_goals” om ni fortfarande arbetar mot det"

msgctxt "the"
msgid "goal"
msgstr "målet"

msgctxt "the"
msgid "indicator"
msgstr "indikatorn"

msgctxt "the"
msgid "PDSA cycle"
msgstr "PDSA-cykeln"

msgctxt "the"
msgid "decision"
msgstr "beslutet"

msgid "the prompt '{1}' is answered twice for gathering {2} (the first at line {3})"
msgstr "reflektionsfrågan ”{1}” är besvarad två gånger för lärandeseminarium {2} (första gången på rad {3})"

msgid "keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording"
msgstr "behåll ett svar per reflektionsfråga och seminarium; redigera det första, så sparar rapportarkivet den tidigare formuleringen"

msgid "the PDSA cycle '{1}' belongs to the goal '{2}', which the journal does not have"
msgstr "PDSA-cykeln ”{1}” hör till målet ”{2}”, som loggboken inte har"

msgid "goal ids"
msgstr "mål-id:n"

msgid "the PDSA cycle '{1}' ends ({2}) before it starts ({3})"
msgstr "PDSA-cykeln ”{1}” slutar ({2}) innan den börjar ({3})"

msgid "correct 'started' or 'ended'"
msgstr "rätta ”started” eller ”ended”"

#: Sources/TavleParse/JournalParser.swift:86
msgid "the PDSA cycle '{1}' follows itself"
msgstr "PDSA-cykeln ”{1}” följer sig själv"

#: Sources/TavleParse/JournalParser.swift:86
msgid "name the cycle it builds on, or remove 'follows'"
msgstr "ange cykeln den bygger på, eller ta bort ”follows”"

#: Sources/TavleParse/JournalParser.swift:90
msgid "the PDSA cycle '{1}' follows '{2}', which the journal does not have"
msgstr "PDSA-cykeln ”{1}” följer ”{2}”, som loggboken inte har"

#: Sources/TavleParse/JournalParser.swift:91
msgid "PDSA cycles"
msgstr "PDSA-cykler"

#: Sources/TavleParse/JournalParser.swift:97
msgid "the PDSA cycle '{1}' says when it was decided ({2}) but not what"
msgstr "PDSA-cykeln ”{1}” säger när beslutet fattades ({2}), men inte vilket"

#: Sources/TavleParse/JournalParser.swift:98
msgid "write the decision beside its day: 'decision: adopt', 'adapt' or 'abandon'"
msgstr "skriv beslutet bredvid dagen: ”decision: adopt”, ”adapt” eller ”abandon”"

#: Sources/TavleParse/JournalParser.swift:101
msgid "the PDSA cycle '{1}' was decided ({2}) before it started ({3})"
msgstr "PDSA-cykeln ”{1}” beslutades ({2}) innan den startade ({3})"

#: Sources/TavleParse/JournalParser.swift:101
msgid "correct 'started' or 'decided'"
msgstr "rätta ”started” eller ”decided”"

msgid "a goal"
msgstr "ett mål"

msgid "the goal '{1}'"
msgstr "målet ”{1}”"

msgid "what the goal '{1}' is about"
msgstr "vad målet ”{1}” handlar om"

msgid "who the goal '{1}' is for"
msgstr "vem målet ”{1}” gäller"

msgid "how much the goal '{1}' aims for"
msgstr "hur mycket målet ”{1}” siktar mot"

msgid "the indicator of the goal '{1}'"
msgstr "indikatorn för målet ”{1}”"

msgid "the baseline of the goal '{1}'"
msgstr "utgångsvärdet för målet ”{1}”"

msgid "the target of the goal '{1}'"
msgstr "målvärdet för målet ”{1}”"

msgid "the direction of the goal '{1}'"
msgstr "riktningen för målet ”{1}”"

msgid "the due date of the goal '{1}'"
msgstr "slutdatumet för målet ”{1}”"

msgid "the revisions of the goal '{1}'"
msgstr "revideringarna av målet ”{1}”"

msgid "a revision"
msgstr "en revidering"

msgid "a revision of the goal '{1}' has no date"
msgstr "en revidering av målet ”{1}” har inget datum"

msgid "add 'date: YYYY-MM-DD', the day the goal was changed"
msgstr "lägg till ”date: ÅÅÅÅ-MM-DD”, dagen då målet ändrades"

msgid "a revision of the goal '{1}'"
msgstr "en revidering av målet ”{1}”"

msgid "the date of a revision"
msgstr "datumet för en revidering"

msgid "the goal '{1}' has a target but does not say whether higher or lower is better"
msgstr "målet ”{1}” har ett målvärde men anger inte om högre eller lägre är bättre"

msgid "add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)"
msgstr "lägg till ”direction: down” (lägre är bättre, t.ex. fall) eller ”direction: up” (högre är bättre, t.ex. andel screenade)"

msgid "an indicator"
msgstr "en indikator"

msgid "the indicator '{1}' does not say what kind it is"
msgstr "indikatorn ”{1}” anger inte vilken sorts indikator den är"

msgid "add 'kind: result', 'kind: process' or 'kind: balancing'"
msgstr "lägg till ”kind: result”, ”kind: process” eller ”kind: balancing”"

msgid "the name of the indicator '{1}'"
msgstr "namnet på indikatorn ”{1}”"

msgid "the kind of the indicator '{1}'"
msgstr "sorten för indikatorn ”{1}”"

msgid "the definition of the indicator '{1}'"
msgstr "definitionen av indikatorn ”{1}”"

msgid "the caveats of the indicator '{1}'"
msgstr "förbehållen för indikatorn ”{1}”"

msgid "the definition changes of the indicator '{1}'"
msgstr "definitionsändringarna för indikatorn ”{1}”"

msgid "a definition change"
msgstr "en definitionsändring"

msgid "a definition change of the indicator '{1}' has no date"
msgstr "en definitionsändring för indikatorn ”{1}” har inget datum"

msgid "add 'date: YYYY-MM-DD', the first day counted the new way"
msgstr "lägg till ”date: ÅÅÅÅ-MM-DD”, den första dagen som räknades på det nya sättet"

msgid "a definition change of the indicator '{1}'"
msgstr "en definitionsändring för indikatorn ”{1}”"

msgid "the date of a definition change"
msgstr "datumet för en definitionsändring"

msgid "a PDSA cycle"
msgstr "en PDSA-cykel"

msgid "the PDSA cycle '{1}'"
msgstr "PDSA-cykeln ”{1}”"

msgid "the goal of the PDSA cycle '{1}'"
msgstr "målet för PDSA-cykeln ”{1}”"

msgid "the plan of '{1}'"
msgstr "planen (plan) för ”{1}”"

msgid "the do of '{1}'"
msgstr "genomförandet (do) av ”{1}”"

msgid "the study of '{1}'"
msgstr "utvärderingen (study) av ”{1}”"

msgid "the act of '{1}'"
msgstr "agerandet (act) efter ”{1}”"

msgid "the decision of the PDSA cycle '{1}'"
msgstr "beslutet i PDSA-cykeln ”{1}”"

msgid "the start of the PDSA cycle '{1}'"
msgstr "starten på PDSA-cykeln ”{1}”"

msgid "the end of the PDSA cycle '{1}'"
msgstr "slutet på PDSA-cykeln ”{1}”"

#: Sources/TavleParse/JournalParser.swift:186
msgid "the day the decision of the PDSA cycle '{1}' was made"
msgstr "dagen då beslutet i PDSA-cykeln ”{1}” fattades"

#: Sources/TavleParse/JournalParser.swift:187
msgid "the cycle that '{1}' follows"
msgstr "cykeln som ”{1}” följer"

msgid "a decision"
msgstr "ett beslut"

msgid "a decision has no date"
msgstr "ett beslut har inget datum"

msgid "add 'date: YYYY-MM-DD', the day it was decided"
msgstr "lägg till ”date: ÅÅÅÅ-MM-DD”, dagen då beslutet togs"

msgid "the id of a decision"
msgstr "id:t för ett beslut"

msgid "the date of a decision"
msgstr "datumet för ett beslut"

msgid "why it was decided"
msgstr "varför beslutet togs"

msgid "an answer"
msgstr "ett svar"

msgid "the answer to '{1}' does not say before which gathering it was given"
msgstr "svaret på ”{1}” anger inte inför vilket lärandeseminarium det gavs"

msgid "add for example 'gathering: 3'"
msgstr "lägg till exempelvis ”gathering: 3”"

msgid "the answer to '{1}'"
msgstr "svaret på ”{1}”"

msgid "the gathering of an answer"
msgstr "lärandeseminariet för ett svar"

msgid "the date of an answer"
msgstr "datumet för ett svar"

msgid "{1} should be a list (lines starting with '- '), but it is {2}"
msgstr "{1} ska vara en lista (rader som börjar med ”- ”), men är {2}"

msgid "write each entry on its own line starting with '- '"
msgstr "skriv varje post på en egen rad som börjar med ”- ”"

msgid "{1} has no '{2}'"
msgstr "{1} saknar ”{2}”"

msgid "'{1}' of {2}"
msgstr "”{1}” i {2}"

msgid "'{1}' of {2} is empty"
msgstr "”{1}” i {2} är tom"

msgid "{1} should be a number or a percentage such as '80 %', but it is '{2}'"
msgstr "{1} ska vara ett tal eller en procentsats som ”80 %”, men är ”{2}”"

msgid "{1} should be a date written YYYY-MM-DD, but it is '{2}'"
msgstr "{1} ska vara ett datum skrivet ÅÅÅÅ-MM-DD, men är ”{2}”"

msgid "for example 2021-10-15"
msgstr "till exempel 2021-10-15"

msgid "two entries are the {1} '{2}' (the first at line {3})"
msgstr "två poster är {1} ”{2}” (den första på rad {3})"

msgid "give each {1} its own id; history follows a {2} by its id"
msgstr "ge varje post ett eget id; historiken följer posten genom dess id"

msgid "what (specific)"
msgstr "vad (specifikt)"

msgid "how much"
msgstr "hur mycket"

msgid "by when"
msgstr "när"

msgid "for whom"
msgstr "för vem"

msgid "the goal '{1}' does not say {2}"
msgstr "målet ”{1}” anger inte {2}"

msgid "a SMART goal says what, how much, by when and for whom; add {1}"
msgstr "ett SMART-mål anger vad, hur mycket, när och för vem; lägg till {1}"

msgid ""
"start the notebook with front matter, for example:\n"
"  ---\n"
"  id: samling-3\n"
"  title: Samling 3\n"
"  ---"
msgstr ""
"börja anteckningsboken med front matter, till exempel:\n"
"  ---\n"
"  id: larandeseminarium-3\n"
"  title: Samling 3\n"
"  ---"

msgid "the notebook has no front matter"
msgstr "anteckningsboken har ingen front matter"

msgid "the front matter opened here is never closed"
msgstr "front matter som öppnas här stängs aldrig"

msgid "add a line with only '---' after the last front matter line"
msgstr "lägg till en rad med bara ”---” efter den sista raden i front matter"

msgid "the front matter"
msgstr "front matter"

msgid "the front matter has no 'id'"
msgstr "front matter har inget ”id”"

msgid "add a line like 'id: samling-3'; the id names the report's folder"
msgstr "lägg till en rad som ”id: larandeseminarium-3”; id:t ger namn åt rapportens mapp"

msgid "the id"
msgstr "id:t"

msgid "the id '{1}' may only hold letters a–z, digits, '-', '_' and '.'"
msgstr "id:t ”{1}” får bara innehålla bokstäverna a–z, siffror, ”-”, ”_” och ”.”"

msgid "it names folders and files, for example 'samling-3'"
msgstr "det ger namn åt mappar och filer, till exempel ”larandeseminarium-3”"

msgid "the front matter has no 'title'"
msgstr "front matter har ingen ”title”"

msgid "add a line like 'title: Samling 3 – Utføre og evaluere'"
msgstr "lägg till en rad som ”title: Samling 3 – Utføre og evaluere”"

msgid "the title"
msgstr "titeln"

msgid "the version"
msgstr "versionen"

msgid "the gathering"
msgstr "lärandeseminariet"

msgid "the phase"
msgstr "fasen"

msgid "params"
msgstr "”params”"

msgid "the parameter name '{1}' may only hold letters, digits and '_'"
msgstr "parameternamnet ”{1}” får bara innehålla bokstäver, siffror och ”_”"

msgid "SQL refers to it as ':{1}', so it must be one word"
msgstr "SQL hänvisar till det som ”:{1}”, så det måste vara ett enda ord"

msgid "the parameter '{1}'"
msgstr "parametern ”{1}”"

msgid "the type of '{1}'"
msgstr "typen för ”{1}”"

msgid "the default of '{1}'"
msgstr "standardvärdet för ”{1}”"

msgid "the description of '{1}'"
msgstr "beskrivningen av ”{1}”"

msgid "the default of '{1}' {2}"
msgstr "standardvärdet för ”{1}” {2}"

msgid "only one parameter can choose the team"
msgstr "bara en parameter kan välja team"

msgid "give '{1}' another type, such as 'text'"
msgstr "ge ”{1}” en annan typ, till exempel ”text”"

msgid "the data source"
msgstr "datakällan"

msgctxt "yaml key"
msgid "teams"
msgstr "”teams”"

msgid "the teams query"
msgstr "teamfrågan"

msgid "teams needs a 'table' or a 'query'"
msgstr "teams behöver en ”table” eller en ”query”"

msgid "for example 'teams: { table: teams }'"
msgstr "till exempel ”teams: { table: teams }”"

msgid "the teams table"
msgstr "teamtabellen"

msgid "'{1}' is not a table name"
msgstr "”{1}” är inte ett tabellnamn"

msgid "write a query instead: 'teams: { query: SELECT id, name FROM … }'"
msgstr "skriv en fråga i stället: ”teams: { query: SELECT id, name FROM … }”"

msgid "the {1} cell opened here is never closed"
msgstr "{1}-cellen som öppnas här stängs aldrig"

msgid "add a line with {1} after the cell"
msgstr "lägg till en rad med {1} efter cellen"

msgid "this query cell has options but no name"
msgstr "den här frågecellen har inställningar men inget namn"

msgid "name it on the fence line, for example ```sql fall; the name is how the narrative refers to its result"
msgstr "ge den ett namn på cellens startrad, till exempel ```sql fall; med namnet hänvisar texten till frågans resultat"

msgid "a query named '{1}' already stands at line {2}"
msgstr "en fråga med namnet ”{1}” finns redan på rad {2}"

msgid "give each query its own name"
msgstr "ge varje fråga ett eget namn"

msgid "the query '{1}' has the same name as a parameter (line {2})"
msgstr "frågan ”{1}” har samma namn som en parameter (rad {2})"

msgid "rename one of them so that {{ {1} }} means one thing"
msgstr "byt namn på en av dem så att {{ {1} }} bara betyder en sak"

msgid "this prompt has no id"
msgstr "den här reflektionsfrågan har inget id"

msgid "write it on the fence line, for example ```prompt egen-refleksjon"
msgstr "skriv det på cellens startrad, till exempel ```prompt egen-refleksjon"

msgid "a prompt with id '{1}' already stands at line {2}"
msgstr "en reflektionsfråga med id:t ”{1}” finns redan på rad {2}"

msgid "give each prompt its own id; answers are filed under it"
msgstr "ge varje reflektionsfråga ett eget id; svaren sparas under det"

msgid "this worksheet cell does not say which set it shows"
msgstr "den här arbetsbladscellen anger inte vilken frågeuppsättning den visar"

msgid "write the set's id on the fence line, for example ```worksheet veiledning.fase2; 'tavle prompts' lists them"
msgstr "skriv uppsättningens id på cellens startrad, till exempel ```worksheet veiledning.fase2; 'tavle prompts' listar dem"

msgid "a worksheet cell shows one set"
msgstr "en arbetsbladscell visar en uppsättning"

msgid "write one set per cell"
msgstr "skriv en uppsättning per cell"

msgid "a worksheet cell shows the library's set '{1}' and holds nothing itself"
msgstr "en arbetsbladscell visar bibliotekets uppsättning ”{1}” och innehåller ingenting själv"

msgid "leave the cell empty; to change its wording, add a file to the workspace's prompts/ folder"
msgstr "lämna cellen tom; för att ändra formuleringen, lägg en fil i arbetsytans mapp prompts/"

msgid "this form has no id"
msgstr "det här formuläret har inget id"

msgid "write it on the fence line, for example ```form takster; 'tavle import' names the form by it"
msgstr "skriv det på cellens startrad, till exempel ```form takster; 'tavle import' känner igen formuläret på det"

msgid "a form with id '{1}' already stands at line {2}"
msgstr "ett formulär med id:t ”{1}” finns redan på rad {2}"

msgid "give each form its own id"
msgstr "ge varje formulär ett eget id"

msgid "a {1} cell shows the team's journal and holds nothing itself"
msgstr "en {1}-cell visar teamets loggbok och innehåller ingenting själv"

msgid "leave the cell empty; write the {1} in journals/<team>.yaml"
msgstr "lämna cellen tom; skriv {1} i journals/<team>.yaml"

msgid "'{1}' cells are not supported by this version of tavle"
msgstr "”{1}”-celler stöds inte av den här versionen av tavle"

msgid "remove the cell or show it as ordinary code with another fence label; supported cells: sql NAME, prompt ID, worksheet SET, form ID, goals, pdsa, decisions"
msgstr "ta bort cellen, eller visa den som vanlig kod med en annan etikett på startraden; celler som stöds: sql NAMN, prompt ID, worksheet UPPSÄTTNING, form ID, goals, pdsa, decisions"

msgid "letters, digits and '_'"
msgstr "bokstäver, siffror och ”_”"

msgid "letters, digits, '-', '_' and '.'"
msgstr "bokstäver, siffror, ”-”, ”_” och ”.”"

msgid "the {1} name '{2}' may only hold {3}"
msgstr "namnet ”{2}” får bara innehålla {3}"

msgid "the prompt '{1}' has no question"
msgstr "reflektionsfrågan ”{1}” har ingen frågetext"

msgid "write the question on the lines inside the cell"
msgstr "skriv frågan på raderna inuti cellen"

msgid "should be a whole number, but it is '{1}'"
msgstr "ska vara ett heltal, men är ”{1}”"

msgid "should be a number such as 2.5, but it is '{1}'"
msgstr "ska vara ett tal som 2.5, men är ”{1}”"

msgid "should be a month written YYYY-MM, such as 2022-03, but it is '{1}'"
msgstr "ska vara en månad skriven ÅÅÅÅ-MM, till exempel 2022-03, men är ”{1}”"

msgid "should be a date written YYYY-MM-DD, such as 2022-03-15, but it is '{1}'"
msgstr "ska vara ett datum skrivet ÅÅÅÅ-MM-DD, till exempel 2022-03-15, men är ”{1}”"

msgid "the data source is empty"
msgstr "datakällan är tom"

msgid "name a SQLite file or a folder of .sql and .csv files"
msgstr "ange en SQLite-fil eller en mapp med .sql- och .csv-filer"

msgid "'csv:' names no folder"
msgstr "”csv:” anger ingen mapp"

msgid "write the folder after the colon, for example 'data: csv:data/'"
msgstr "skriv mappen efter kolon, till exempel ”data: csv:data/”"

msgid "write it as postgres://user@host:5432/database"
msgstr "skriv den som postgres://användare@värd:5432/databas"

msgid "'{1}' is not an address tavle can read"
msgstr "”{1}” är inte en adress som tavle kan läsa"

msgid "the PostgreSQL address holds a password"
msgstr "PostgreSQL-adressen innehåller ett lösenord"

msgid "remove it from tavle.yaml (which is shared and kept in git); give it in PGPASSWORD or in ~/.pgpass instead"
msgstr "ta bort det från tavle.yaml (som delas och ligger i git); ange det i stället i PGPASSWORD eller i ~/.pgpass"

msgid "the PostgreSQL address names no database"
msgstr "PostgreSQL-adressen anger ingen databas"

msgid "the PostgreSQL address names no user"
msgstr "PostgreSQL-adressen anger ingen användare"

msgid "'{1}={2}' in the PostgreSQL address is not something tavle knows"
msgstr "”{1}={2}” i PostgreSQL-adressen är inget som tavle känner till"

msgid "the one setting tavle reads is sslmode=disable, prefer, require, verify-ca or verify-full"
msgstr "den enda inställning som tavle läser är sslmode=disable, prefer, require, verify-ca eller verify-full"

msgid "a prompt set"
msgstr "en frågeuppsättning"

msgid "the prompt set has no 'id'"
msgstr "frågeuppsättningen har inget ”id”"

msgid "add 'id: my-worksheet' (letters, digits, '-', '_' and '.'); notebooks name the set by it"
msgstr "lägg till ”id: mitt-arbetsblad” (bokstäver, siffror, ”-”, ”_” och ”.”); anteckningsböcker hänvisar till uppsättningen med det"

msgid "the id of the prompt set"
msgstr "id:t för frågeuppsättningen"

msgid "the prompts of '{1}' should be a list (lines starting with '- '), but it is {2}"
msgstr "reflektionsfrågorna i ”{1}” ska vara en lista (rader som börjar med ”- ”), men är {2}"

msgid "write each prompt on its own line starting with '- id: …'"
msgstr "skriv varje reflektionsfråga på en egen rad som börjar med ”- id: …”"

msgid "the prompt set '{1}' has two prompts with id '{2}'"
msgstr "frågeuppsättningen ”{1}” har två reflektionsfrågor med id:t ”{2}”"

msgid "give each prompt its own id"
msgstr "ge varje reflektionsfråga ett eget id"

msgid "the title of '{1}'"
msgstr "titeln på ”{1}”"

msgid "the intro of '{1}'"
msgstr "inledningen till ”{1}”"

msgid "the source of '{1}'"
msgstr "källan till ”{1}”"

msgid "the phases of '{1}'"
msgstr "faserna för ”{1}”"

msgid "the gathering '{1}' prepares for"
msgstr "lärandeseminariet som ”{1}” förbereder inför"

msgid "a prompt of '{1}'"
msgstr "en reflektionsfråga i ”{1}”"

msgid "a prompt of '{1}' has no 'id'"
msgstr "en reflektionsfråga i ”{1}” har inget ”id”"

msgid "add 'id: kartlegge'; answers in team journals are filed under '{1}.<id>'"
msgstr "lägg till ”id: kartlegge”; svar i teamens loggböcker sparas under ”{1}.<id>”"

msgid "the id of a prompt of '{1}'"
msgstr "id:t för en reflektionsfråga i ”{1}”"

msgid "the id of a prompt of '{1}' may not hold '.': it is '{2}'"
msgstr "id:t för en reflektionsfråga i ”{1}” får inte innehålla ”.”: det är ”{2}”"

msgid "the prompt's full id is '{1}.<id>', so its own part is one word, for example '{2}'"
msgstr "reflektionsfrågans fullständiga id är ”{1}.<id>”, så dess egen del är ett enda ord, till exempel ”{2}”"

msgid "the text of '{1}.{2}'"
msgstr "texten till ”{1}.{2}”"

msgid "the help text of '{1}.{2}'"
msgstr "hjälptexten till ”{1}.{2}”"

msgid "{1} should be a phase from 1 to 5 or a span such as 3-4, but it is '{2}'"
msgstr "{1} ska vara en fas från 1 till 5 eller ett intervall som 3-4, men är ”{2}”"

msgid "{1} '{2}' may only hold letters, digits, '-', '_' and '.'"
msgstr "{1} ”{2}” får bara innehålla bokstäver, siffror, ”-”, ”_” och ”.”"

msgid "'{1}' in {2} is not a language tavle knows ({3})"
msgstr "”{1}” i {2} är inte ett språk som tavle kan ({3})"

msgid "did you mean '{1}'?"
msgstr "menade du ”{1}”?"

msgid "{1} in '{2}'"
msgstr "{1} på språket ”{2}”"

msgid "an option line stands below the SQL"
msgstr "en inställningsrad står under SQL-koden"

msgid "move every '--|' line to the top of the cell, above the query"
msgstr "flytta alla ”--|”-rader överst i cellen, ovanför frågan"

msgid "the query '{1}' has no SQL"
msgstr "frågan ”{1}” har ingen SQL"

msgid "write a SELECT statement inside the cell"
msgstr "skriv en SELECT-sats inuti cellen"

msgid "the query '{1}' uses '?', which does not say what is bound"
msgstr "frågan ”{1}” använder ”?”, som inte anger vad som ska bindas"

msgid "use a named parameter such as :team or :period"
msgstr "använd en namngiven parameter som :team eller :period"

msgid "the query '{1}' uses the parameter ':{2}', which the notebook does not declare"
msgstr "frågan ”{1}” använder parametern ”:{2}”, som anteckningsboken inte deklarerar"

msgid "declare it in the front matter, for example 'params: { {1}: { type: text } }'"
msgstr "deklarera den i front matter, till exempel ”params: { {1}: { type: text } }”"

msgid " (or declare ':{1}' under 'params' in the front matter)"
msgstr " (eller deklarera ”:{1}” under ”params” i front matter)"

msgid "an option line needs the form '--| key: value'"
msgstr "en inställningsrad skrivs ”--| nyckel: värde”"

msgid "for example '--| chart: run'"
msgstr "till exempel ”--| chart: run”"

msgid "unknown option '{1}' in the query '{2}'"
msgstr "okänd inställning ”{1}” i frågan ”{2}”"

msgid "options"
msgstr "inställningar"

msgid "the option '{1}' is given twice (first on line {2})"
msgstr "inställningen ”{1}” anges två gånger (första gången på rad {2})"

msgid "keep one of them"
msgstr "behåll en av dem"

msgid "the option '{1}' has no value"
msgstr "inställningen ”{1}” har inget värde"

msgid "write it after the colon, for example '--| {1}: …'"
msgstr "skriv värdet efter kolon, till exempel ”--| {1}: …”"

msgid "'{1}' is not a valid {2} in the query '{3}'"
msgstr "”{1}” är inte ett giltigt värde för {2} i frågan ”{3}”"

msgid "did you mean '{1}'? "
msgstr "menade du ”{1}”? "

msgid "valid: {1}"
msgstr "giltiga: {1}"

msgid "freeze should be a number of points of at least 1, but it is '{1}'"
msgstr "freeze ska vara ett antal punkter, minst 1, men är ”{1}”"

msgid "for example '--| freeze: 12' for a baseline of the first 12 months"
msgstr "till exempel ”--| freeze: 12” för en baslinje av de första 12 månaderna"

msgid "multiply should be a positive number, but it is '{1}'"
msgstr "multiply ska vara ett positivt tal, men är ”{1}”"

msgid "for example '--| multiply: 1000' to show a rate per 1000"
msgstr "till exempel ”--| multiply: 1000” för att visa en kvot per 1000"

msgid "decimals should be a whole number from 0 to 6, but it is '{1}'"
msgstr "decimals ska vara ett heltal från 0 till 6, men är ”{1}”"

msgid "did you mean {1}?"
msgstr "menade du {1}?"

msgid " or "
msgstr " eller "

msgid "there are no {1} here"
msgstr "här finns inga {1}"

msgid "known {1}: {2}{3}"
msgstr "kända {1}: {2}{3}"

msgid "tavle.yaml"
msgstr "tavle.yaml"

msgid "tavle.yaml does not say where the data is"
msgstr "tavle.yaml anger inte var data finns"

msgid "add for example 'data: data/' (a folder of .sql and .csv files) or 'data: indikatorer.sqlite'"
msgstr "lägg till exempelvis ”data: data/” (en mapp med .sql- och .csv-filer) eller ”data: indikatorer.sqlite”"

msgid "tavle.yaml does not say how to list the teams"
msgstr "tavle.yaml anger inte hur teamen ska listas"

msgid "add for example 'teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }'"
msgstr "lägg till exempelvis ”teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }”"

msgid "the name"
msgstr "namnet"

msgid "the output folder"
msgstr "rapportmappen"

msgid "privacy"
msgstr "”privacy”"

msgid "min_count"
msgstr "”min_count”"

msgid "query_timeout"
msgstr "”query_timeout”"

msgid "query_timeout should be a number of seconds such as '10s', but it is '{1}'"
msgstr "query_timeout ska vara ett antal sekunder som ”10s”, men är ”{1}”"

msgid "the remote"
msgstr "fjärrarkivet"

msgid "for example 'author: { name: Læringsnettverket, email: kvalitet@kommune.no }'"
msgstr "till exempel ”author: { name: Læringsnettverket, email: kvalitet@kommune.no }”"

msgid "the author"
msgstr "author"

msgid "the author should have a name and an e-mail address, but it is '{1}'"
msgstr "author ska ha ett namn och en e-postadress, men är ”{1}”"

msgid " or 'author: Læringsnettverket <kvalitet@kommune.no>'"
msgstr " eller ”author: Læringsnettverket <kvalitet@kommune.no>”"

msgid "the author has no name before '<'"
msgstr "author har inget namn före ”<”"

msgid "author"
msgstr "author"

msgid "the author has no name"
msgstr "author har inget namn"

msgid "the author's e-mail"
msgstr "e-postadressen i author"

msgid "the author's name"
msgstr "namnet i author"

msgid "the YAML could not be read: {1}"
msgstr "YAML-texten kunde inte läsas: {1}"

msgid "this line is indented with a tab; YAML indents with spaces only"
msgstr "den här raden är indragen med tabb; YAML använder bara mellanslag för indrag"

msgid "replace the tab with spaces, as many as the lines around it use"
msgstr "byt ut tabben mot mellanslag, lika många som raderna runt omkring använder"

msgid "check the indentation and that every 'key: value' pair has a space after the colon; quote text that contains ':' or '#'"
msgstr "kontrollera indraget och att varje ”nyckel: värde”-par har ett mellanslag efter kolonet; sätt citattecken runt text som innehåller ”:” eller ”#”"

msgid "the YAML is malformed: {1}"
msgstr "YAML-texten är felformaterad: {1}"

msgid "the key {1} appears twice"
msgstr "nyckeln {1} står två gånger"

msgid "a single value"
msgstr "ett enda värde"

msgid "a list of 'key: value' pairs"
msgstr "en lista med ”nyckel: värde”-par"

msgid "a list"
msgstr "en lista"

msgid "an alias"
msgstr "ett alias"

msgid "{1} should be a list of 'key: value' pairs, but it is {2}"
msgstr "{1} ska vara en lista med ”nyckel: värde”-par, men är {2}"

msgid "a key in {1} must be a plain word"
msgstr "en nyckel i {1} måste vara ett enkelt ord"

msgid "unknown key '{1}' in {2}"
msgstr "okänd nyckel ”{1}” i {2}"

#: Sources/TavleParse/YAMLReader.swift:104
msgid "tavle's keys are English in every language: write '{1}'"
msgstr "nycklarna i tavles filer är engelska på alla språk: skriv ”{1}”"

msgid "keys"
msgstr "nycklar"

msgid "{1} should be a single value, but it is {2}"
msgstr "{1} ska vara ett enda värde, men är {2}"

msgid "{1} should be a whole number, but it is '{2}'"
msgstr "{1} ska vara ett heltal, men är ”{2}”"

msgid "{1} should be between {2} and {3}, but it is {4}"
msgstr "{1} ska vara mellan {2} och {3}, men är {4}"

msgid "{1} '{2}' could be a number with a decimal comma or a thousand written with a comma"
msgstr "{1} ”{2}” kan vara ett tal med decimalkomma eller tusental skrivna med komma"

#: Sources/TavleParse/YAMLReader.swift:146
msgid "write it with a decimal point, or without the comma for a whole number: '{1}.{2}' or '{3}{4}'"
msgstr "skriv det med decimalpunkt, eller utan komma för ett heltal: ”{1}.{2}” eller ”{3}{4}”"

msgid "{1} should be a number, but it is '{2}'"
msgstr "{1} ska vara ett tal, men är ”{2}”"

#: Sources/TavleParse/YAMLReader.swift:161
msgid "write per cent with the sign, in quotes: \"{1} %\""
msgstr "skriv procent med tecknet, inom citattecken: \"{1} %\""

msgid "write it with digits, for example 2.5 or 2,5"
msgstr "skriv det med siffror, till exempel 2.5 eller 2,5"

msgid "{1} '{2}' is not one of {3}"
msgstr "{1} ”{2}” är inte en av {3}"

#: Sources/TavleParse/YAMLReader.swift:165
msgid "write one of {1}, in English in every language"
msgstr "skriv en av {1}, på engelska oavsett språk"

msgid "{1} already has the table {2}; nothing was loaded"
msgstr "{1} har redan tabellen {2}; ingenting lästes in"

msgid "{1} already has the tables {2}; nothing was loaded"
msgstr "{1} har redan tabellerna {2}; ingenting lästes in"

msgid "give --replace to replace them, or load into an empty database"
msgstr "använd --replace för att ersätta dem, eller läs in i en tom databas"

msgid "adding rows to {1}"
msgstr "tillägg av rader i {1}"

msgid "listing its tables"
msgstr "listning av tabellerna"

msgid "running {1}"
msgstr "körning av {1}"

msgid "{1} failed while {2}: {3}; nothing was written"
msgstr "{1} misslyckades vid {2}: {3}; ingenting skrevs"

msgid "check that user '{1}' may create tables and write in '{2}'"
msgstr "kontrollera att användaren ”{1}” får skapa tabeller och skriva i ”{2}”"

msgid "{1} was not read because others may read it; make it private with: chmod 600 {2}"
msgstr "{1} lästes inte eftersom andra kan läsa den; gör den privat med: chmod 600 {1}"

msgid "{1} uses ':{2}', which has no value"
msgstr "{1} använder ”:{2}”, som inte har något värde"

msgid "{1} could not be run on {2}: {3}"
msgstr "{1} kunde inte köras på {2}: {3}"

msgid "check that the server is still running"
msgstr "kontrollera att servern fortfarande är igång"

msgid "check the table name; {1} lists its tables with \\dt in psql"
msgstr "kontrollera tabellnamnet; {1} listar sina tabeller med \\dt i psql"

msgid "PostgreSQL has no such function for these types; write SQL both SQLite and PostgreSQL run (docs/workspace-and-data.md lists the portable subset), e.g. round in the cell with '--| decimals' instead of ROUND(x, n)"
msgstr "PostgreSQL har ingen sådan funktion för de här typerna; skriv SQL som både SQLite och PostgreSQL kan köra (docs/workspace-and-data.md listar den gemensamma delmängden), t.ex. avrunda i cellen med ”--| decimals” i stället för ROUND(x, n)"

msgid "set PGPASSWORD, or add the line {1}:{2}:{3}:{4}:PASSWORD to ~/.pgpass (chmod 600)"
msgstr "sätt PGPASSWORD, eller lägg till raden {1}:{2}:{3}:{4}:LÖSENORD i ~/.pgpass (chmod 600)"

msgid "; "
msgstr "; "

msgid "the PostgreSQL server at {1}:{2} did not accept user '{3}' for the database '{4}'{5}: {6}"
msgstr "PostgreSQL-servern {1}:{2} godtog inte användaren ”{3}” för databasen ”{4}”{5}: {6}"

msgid " with the password given"
msgstr " med det angivna lösenordet"

msgid "there is no database '{1}' on the PostgreSQL server at {2}:{3}"
msgstr "det finns ingen databas ”{1}” på PostgreSQL-servern {2}:{3}"

msgid "check the database name in tavle.yaml; 'psql -l' lists the server's databases, and 'tavle data load' fills a new one"
msgstr "kontrollera databasnamnet i tavle.yaml; 'psql -l' listar serverns databaser, och 'tavle data load' fyller en ny"

msgid "the PostgreSQL server at {1}:{2} refused the connection to '{3}': {4}"
msgstr "PostgreSQL-servern {1}:{2} avvisade anslutningen till ”{3}”: {4}"

msgid "the PostgreSQL server at {1}:{2} asks user '{3}' for a password, and none was found"
msgstr "PostgreSQL-servern {1}:{2} begär ett lösenord för användaren ”{3}”, och inget hittades"

msgid "tavle could not reach the PostgreSQL server at {1}:{2} (database '{3}'): {4}"
msgstr "tavle nådde inte PostgreSQL-servern {1}:{2} (databasen ”{3}”): {4}"

msgid "check that the server runs and that the host and port in tavle.yaml are right; 'pg_isready -h {1} -p {2}' tells whether it answers"
msgstr "kontrollera att servern är igång och att värd och port i tavle.yaml stämmer; 'pg_isready -h {1} -p {2}' visar om den svarar"

msgid "sets"
msgstr "uppsättningar"

msgid "the new prompt set '{1}' has no title"
msgstr "den nya frågeuppsättningen ”{1}” har ingen titel"

msgid "add 'title: …'; or, to adapt one of tavle's sets, use its id: "
msgstr "lägg till ”title: …”; eller, för att anpassa en av tavles uppsättningar, använd dess id: "

msgid "the new prompt '{1}.{2}' has no text"
msgstr "den nya reflektionsfrågan ”{1}.{2}” har ingen text"

msgid "add 'text: the question'"
msgstr "lägg till ”text: frågan”"

msgid "the prompt sets in {1} could not be listed: {2}"
msgstr "frågeuppsättningarna i {1} kunde inte listas: {2}"

msgid "the prompt set could not be read as UTF-8 text"
msgstr "frågeuppsättningen kunde inte läsas som UTF-8-text"

msgid "the prompt set '{1}' is defined twice (also in {2})"
msgstr "frågeuppsättningen ”{1}” är definierad två gånger (även i {2})"

msgid "keep one file per set"
msgstr "ha en fil per uppsättning"

msgid "tavle's prompt library is missing: looked in {1}"
msgstr "tavles bibliotek med reflektionsfrågor saknas: letade i {1}"

msgid "keep the folder Tavle_TavlePrompts.resources beside the tavle binary when you copy it"
msgstr "behåll mappen Tavle_TavlePrompts.resources bredvid programfilen tavle när du kopierar den"

msgid "there is no prompt set '{1}'"
msgstr "det finns ingen frågeuppsättning ”{1}”"

msgid " ('tavle prompts' lists them)"
msgstr " ('tavle prompts' listar dem)"

msgid "there is no prompt '{1}' in the library, and the cell has no question of its own"
msgstr "det finns ingen reflektionsfråga ”{1}” i biblioteket, och cellen har ingen egen fråga"

msgid "prompts"
msgstr "reflektionsfrågor"

msgid " Or write the question inside the cell to ask your own."
msgstr " Eller skriv frågan inuti cellen för att ställa en egen."

msgid "the prompt '{1}' is asked twice (also at line {2})"
msgstr "reflektionsfrågan ”{1}” ställs två gånger (även på rad {2})"

msgid "answers are filed under the prompt's id, so each prompt may stand once in a notebook"
msgstr "svaren sparas under reflektionsfrågans id, så varje reflektionsfråga får bara stå en gång i en anteckningsbok"

msgid "Goal history"
msgstr "Målhistorik"

msgid "The report repository holds no measurements of this goal's indicator."
msgstr "Rapportarkivet har inga mätningar av indikatorn för det här målet."

msgid "Made with Tavle from the report repository: each change as a run recorded it."
msgstr "Skapad med Tavle från rapportarkivet: varje ändring så som en körning registrerade den."

msgid "Goal"
msgstr "Mål"

msgctxt "goal field"
msgid "Target"
msgstr "Målvärde"

msgid "Direction"
msgstr "Riktning"

msgid "Due"
msgstr "Slutdatum"

msgid "lower is better"
msgstr "lägre är bättre"

msgid "higher is better"
msgstr "högre är bättre"

msgid "The indicator then: {1} ({2})."
msgstr "Indikatorn då: {1} ({2})."

msgid "Team"
msgstr "Team"

msgid "Gathering"
msgstr "Seminarium"

msgid "Phase"
msgstr "Fas"

msgid "Answer"
msgstr "Svar"

msgid "The query returned no rows for this selection."
msgstr "Frågan gav inga rader för det här urvalet."

msgid "Median"
msgstr "Median"

msgid "Data"
msgstr "Data"

msgid "Upper limit"
msgstr "Övre styrgräns"

msgid "Lower limit"
msgstr "Undre styrgräns"

msgid "Target"
msgstr "Mål"

msgid "Mean"
msgstr "Medelvärde"

msgid "the median"
msgstr "medianen"

msgid "the centre line"
msgstr "mittlinjen"

msgid "Run chart"
msgstr "Seriediagram"

msgid "Control chart of individual values (I)"
msgstr "Styrdiagram för enskilda värden (I)"

msgid "Control chart of proportions (P)"
msgstr "Styrdiagram för andelar (P)"

msgid "Control chart of rates (U)"
msgstr "Styrdiagram för kvoter (U)"

msgid "Control chart of counts (C)"
msgstr "Styrdiagram för antal (C)"

msgid "The median"
msgstr "Medianen"

msgid "The mean"
msgstr "Medelvärdet"

msgid "{1} of {2} measurements from {3} to {4}. {5} is {6}."
msgstr "{1} med {2} mätningar från {3} till {4}. {5} är {6}."

msgid "There are too few measurements off {1} ({2}) to apply the rules for non-random variation; at least {3} are needed."
msgstr "Det finns för få mätningar som inte ligger på {1} ({2}) för att tillämpa reglerna för icke-slumpmässig variation; det behövs minst {3}."

msgid "{1} measurements in a row lie on the same side of {2} (more than {3} is unusual): a sign of a shift, that is, non-random variation."
msgstr "{1} mätningar i rad ligger på samma sida om {2} (fler än {3} är ovanligt): ett tecken på ett skift, alltså icke-slumpmässig variation."

msgid "The line crosses {1} only 1 time (fewer than {2} is unusual): a sign of non-random variation."
msgstr "Kurvan korsar {1} bara 1 gång (färre än {2} är ovanligt): ett tecken på icke-slumpmässig variation."

msgid "The line crosses {1} only {2} times (fewer than {3} is unusual): a sign of non-random variation."
msgstr "Kurvan korsar {1} bara {2} gånger (färre än {3} är ovanligt): ett tecken på icke-slumpmässig variation."

msgid "One measurement lies outside the control limits ({1}): a sign of special-cause variation worth looking into."
msgstr "En mätning ligger utanför styrgränserna ({1}): ett tecken på variation av särskild orsak som är värd att undersöka närmare."

msgid "{1} measurements lie outside the control limits ({2}): a sign of special-cause variation worth looking into."
msgstr "{1} mätningar ligger utanför styrgränserna ({2}): ett tecken på variation av särskild orsak som är värd att undersöka närmare."

msgid "The chart is split at the changes the team tested; {1} is computed afresh from {2} ({3}). What follows is about the time since."
msgstr "Diagrammet är uppdelat vid de förändringar teamet har testat; {1} beräknas på nytt från {2} ({3}). Det som följer gäller tiden därefter."

msgid "No sign of non-random variation: the measurements vary around the median as natural (random) variation does."
msgstr "Inga tecken på icke-slumpmässig variation: mätningarna varierar kring medianen så som naturlig (slumpmässig) variation gör."

msgid "No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does."
msgstr "Inga tecken på icke-slumpmässig variation: mätningarna håller sig inom styrgränserna och varierar kring mittlinjen så som naturlig variation gör."

msgid "Size of the denominator (for example users or days)"
msgstr "Nämnarens storlek (till exempel brukare eller dygn)"

msgid "All"
msgstr "Alla"

msgid "Funnel plot comparing {1} teams with the overall value, {2}, with 95 % and 99.8 % limits. Your team is named; the others are anonymous."
msgstr "Trattdiagram som jämför {1} team med värdet för alla team, {2}, med 95 %- och 99,8 %-gränser. Ert team visas med namn; de andra är anonyma."

msgid "{1} ({2}) lies within the 95 % limits: the difference from the overall value may well be chance."
msgstr "{1} ({2}) ligger inom 95 %-gränserna: skillnaden mot värdet för alla team kan mycket väl vara slumpmässig."

msgid "above"
msgstr "över"

msgid "below"
msgstr "under"

msgid "{1} ({2}) lies {3} the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following."
msgstr "{1} ({2}) ligger {3} värdet för alla team, mellan 95 %- och 99,8 %-gränsen: det kan vara slumpen, men är värt att följa."

msgid "{1} ({2}) lies {3} the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users."
msgstr "{1} ({2}) ligger {3} 99,8 %-gränsen: troligen mer än slumpen. Leta först efter tekniska orsaker, som olika sätt att registrera eller olika grupper av brukare."

msgid "1 team is not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "1 team visas inte: talen är för små för att visas utan att någon kan kännas igen, eller så saknas nämnaren."

msgid "{1} teams are not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
msgstr "{1} team visas inte: talen är för små för att visas utan att någon kan kännas igen, eller så saknas nämnaren."

msgid "The comparison is anonymous and no ranking: the other teams have new letters in every handout."
msgstr "Jämförelsen är anonym och ingen rangordning: de andra teamen får nya bokstäver i varje utdelningsmaterial."

msgid "Possible technical causes:"
msgstr "Möjliga tekniska orsaker:"

msgid "The last measurement is from {1}; the report is for {2}."
msgstr "Den senaste mätningen är från {1}; rapporten gäller {2}."

msgid "no measurement for {1}"
msgstr "ingen mätning för {1}"

msgid "the indicator is measured a new way from {1} ({2})"
msgstr "indikatorn mäts på ett nytt sätt från och med {1} ({2})"

msgid "Source"
msgstr "Källa"

msgid "Preparation form"
msgstr "Förberedelseformulär"

msgid "Period"
msgstr "Period"

msgid "at least {1}"
msgstr "minst {1}"

msgid "at most {1}"
msgstr "högst {1}"

msgid "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '{1}')."
msgstr "Lämna formuläret till processledaren före mötet. Processledaren läser in talen med ”tavle import” (formulär ”{1}”)."

msgid "Facilitator's overview – {1}"
msgstr "Översikt för processledaren – {1}"

msgid "Handouts – {1}"
msgstr "Utdelningsmaterial – {1}"

msgid "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality."
msgstr "För processledaren, inte för utdelning: sidan namnger alla team. Teamen står i en fast ordning, inte efter värde. ▲ markerar ett tecken på icke-slumpmässig variation, inte god eller dålig kvalitet."

msgid "Answers"
msgstr "Svar"

msgid "Changes to goals"
msgstr "Ändringar av mål"

msgid "Changes to goals since gathering {1}"
msgstr "Ändringar av mål sedan lärandeseminarium {1}"

msgid "{1} of {2}"
msgstr "{1} av {2}"

msgid "no journal"
msgstr "ingen loggbok"

msgid "Overview of every team (for the facilitator)"
msgstr "Översikt över alla team (för processledaren)"

msgid "A handout per team"
msgstr "Utdelningsmaterial per team"

msgid "{1}: last measurement {2}; a sign of non-random variation"
msgstr "{1}: senaste mätning {2}; tecken på icke-slumpmässig variation"

msgid "{1}: last measurement {2}"
msgstr "{1}: senaste mätning {2}"

msgid "new goal: {1}"
msgstr "nytt mål: {1}"

msgid "the goal '{1}' was removed"
msgstr "målet ”{1}” har tagits bort"

msgid "target {1} → {2}"
msgstr "målvärde {1} → {2}"

msgid "due {1} → {2}"
msgstr "slutdatum {1} → {2}"

msgid "reworded"
msgstr "omformulerat"

msgid "new def."
msgstr "ny def."

msgid "1 period without a value"
msgstr "1 period utan värde"

msgid "{1} periods without a value"
msgstr "{1} perioder utan värde"

msgid "1 period where the denominator is 0 or missing (not drawn)"
msgstr "1 period där nämnaren är 0 eller saknas (inte ritad)"

msgid "{1} periods where the denominator is 0 or missing (not drawn)"
msgstr "{1} perioder där nämnaren är 0 eller saknas (inte ritade)"

msgid "1 value outside what is possible (below 0, or the count above its denominator)"
msgstr "1 värde utanför det möjliga (under 0, eller täljaren större än nämnaren)"

msgid "{1} values outside what is possible (below 0, or the count above its denominator)"
msgstr "{1} värden utanför det möjliga (under 0, eller täljaren större än nämnaren)"

msgid "The chart shows variation over time; on its own it says nothing about the quality of care."
msgstr "Diagrammet visar variation över tid; ensamt säger det ingenting om kvaliteten i vården och omsorgen."

msgid "Made with Tavle from the notebook {1}, version {2}."
msgstr "Skapad med Tavle från anteckningsboken {1}, version {2}."

#: Sources/TavleRender/Strings.swift:203
msgid "Notebook {1} · data {2} · {3}. To cite it: tavle cite {4}"
msgstr "Anteckningsbok {1} · data {2} · {3}. Så citeras den: tavle cite {4}"

msgid "The team has not written any goals in its journal yet."
msgstr "Teamet har inte skrivit några mål i sin loggbok ännu."

msgid "The team has not written any PDSA cycles in its journal yet."
msgstr "Teamet har inte skrivit några PDSA-cykler i sin loggbok ännu."

msgid "The team has not written any decisions in its journal yet."
msgstr "Teamet har inte skrivit några beslut i sin loggbok ännu."

msgid "What"
msgstr "Vad"

msgid "For whom"
msgstr "För vem"

msgid "How much"
msgstr "Hur mycket"

msgid "By"
msgstr "Slutdatum"

msgid "Indicator"
msgstr "Indikator"

msgid "Baseline"
msgstr "Utgångsvärde"

msgid "Revised"
msgstr "Reviderat"

msgid "Why"
msgstr "Varför"

msgid "Plan"
msgstr "Planera"

msgid "Do"
msgstr "Göra"

msgid "Study"
msgstr "Studera"

msgid "Act"
msgstr "Agera"

msgid "The team's answer before gathering {1}"
msgstr "Teamets svar inför lärandeseminarium {1}"

msgid "{1} or lower"
msgstr "{1} eller lägre"

msgid "{1} or higher"
msgstr "{1} eller högre"

msgid "Last measurement ({1}): {2}."
msgstr "Senaste mätning ({1}): {2}."

msgid " It reaches the target."
msgstr " Den når målvärdet."

msgid " It does not reach the target yet."
msgstr " Den når inte målvärdet ännu."

msgid "The goal was due {1}; the measurement then ({2}) was {3}."
msgstr "Målets slutdatum var {1}; mätningen då ({2}) var {3}."

msgid " The target was reached by then."
msgstr " Målvärdet var nått till dess."

msgid " The target was not reached by then."
msgstr " Målvärdet var inte nått till dess."

msgid "This report shows no measurements of the indicator."
msgstr "Den här rapporten visar inga mätningar av indikatorn."

#: Sources/TavleRender/Strings.swift:253
msgctxt "PDSA field"
msgid "Decision"
msgstr "Beslut"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA field"
msgid "Title"
msgstr "Rubrik"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA field"
msgid "Started"
msgstr "Startade"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA field"
msgid "Ended"
msgstr "Avslutades"

#: Sources/TavleRender/Strings.swift:261
msgctxt "PDSA field"
msgid "Decided"
msgstr "Beslutades"

#: Sources/TavleRender/Strings.swift:262
msgctxt "PDSA field"
msgid "Follows"
msgstr "Bygger på"

#: Sources/TavleRender/Strings.swift:331
msgctxt "journal field"
msgid "date"
msgstr "datum"

#: Sources/TavleRender/Strings.swift:332
msgctxt "journal field"
msgid "gathering"
msgstr "lärandeseminarium"

#: Sources/TavleRender/Strings.swift:333
msgctxt "journal field"
msgid "prompt"
msgstr "fråga"

#: Sources/TavleRender/Strings.swift:334
msgctxt "journal field"
msgid "text"
msgstr "text"

#: Sources/TavleRender/Strings.swift:335
msgctxt "journal field"
msgid "what"
msgstr "vad"

#: Sources/TavleRender/Strings.swift:336
msgctxt "journal field"
msgid "why"
msgstr "varför"

#: Sources/TavleRender/Strings.swift:337
msgctxt "journal field"
msgid "unit"
msgstr "enhet"

#: Sources/TavleRender/Strings.swift:338
msgctxt "journal field"
msgid "value"
msgstr "värde"

#: Sources/TavleRender/Strings.swift:339
msgctxt "journal field"
msgid "name"
msgstr "namn"

#: Sources/TavleRender/Strings.swift:340
msgctxt "journal field"
msgid "kind"
msgstr "typ"

#: Sources/TavleRender/Strings.swift:341
msgctxt "journal field"
msgid "definition"
msgstr "definition"

#: Sources/TavleRender/Strings.swift:342
msgctxt "journal field"
msgid "caveats"
msgstr "förbehåll"

#: Sources/TavleRender/Strings.swift:343
msgctxt "journal field"
msgid "sent"
msgstr "inskickat"

#: Sources/TavleRender/Strings.swift:258
msgctxt "PDSA decision"
msgid "adopt"
msgstr "behålla"

#: Sources/TavleRender/Strings.swift:259
msgctxt "PDSA decision"
msgid "adapt"
msgstr "anpassa"

#: Sources/TavleRender/Strings.swift:260
msgctxt "PDSA decision"
msgid "abandon"
msgstr "överge"

#: Sources/TavleRender/Strings.swift:253
msgid "follows: {1}"
msgstr "bygger på: {1}"

msgid "Decision: adopt"
msgstr "Beslut: behålla"

msgid "Decision: adapt"
msgstr "Beslut: anpassa"

msgid "Decision: abandon"
msgstr "Beslut: överge"

msgid "the option 'n' (a denominator) means nothing on the {1} chart '{2}'"
msgstr "inställningen ”n” (en nämnare) betyder ingenting i {1}-diagrammet ”{2}”"

msgid "remove it, or use a p or u chart, which divide y by n"
msgstr "ta bort den, eller använd ett p- eller u-diagram, som delar y med n"

msgid "the query '{1}' returns no columns to chart"
msgstr "frågan ”{1}” ger inga kolumner att rita diagram av"

msgid "the chart '{1}' is in per cent and multiplied by '--| multiply'; it cannot be both"
msgstr "diagrammet ”{1}” är i procent och multipliceras med ”--| multiply”; det kan inte vara båda"

msgid "keep 'unit: %' for values from 0 to 100, or 'multiply' for a rate per 1000"
msgstr "behåll ”unit: %” för värden från 0 till 100, eller ”multiply” för en kvot per 1000"

msgid "the chart '{1}' is multiplied by '--| multiply', so its values are not per cent"
msgstr "diagrammet ”{1}” multipliceras med ”--| multiply”, så dess värden är inte procent"

msgid "remove 'unit: %' or 'multiply'"
msgstr "ta bort ”unit: %” eller ”multiply”"

msgid "a {1} chart plots counts or rates, not per cent"
msgstr "ett {1}-diagram visar antal eller kvoter, inte procent"

msgid "use a p chart for shares, or a run chart with 'unit: %' for values from 0 to 100"
msgstr "använd ett p-diagram för andelar, eller ett seriediagram med ”unit: %” för värden från 0 till 100"

msgid "(none)"
msgstr "(inga)"

msgid "the query '{1}' returns no column '{2}' (named by '--| {3}: {4}')"
msgstr "frågan ”{1}” ger ingen kolumn ”{2}” (angiven med ”--| {3}: {2}”)"

msgid "the query returns: {1}"
msgstr "frågan ger: {1}"

msgid "its count"
msgstr "antalet"

msgid "the values it plots"
msgstr "värdena det visar"

msgid "its denominator"
msgstr "nämnaren"

msgid "funnel chart"
msgstr "trattdiagrammet"

msgid "{1} chart"
msgstr "{1}-diagrammet"

msgid "the {1} '{2}' reads {3} from the column '{4}', which the query does not return"
msgstr "{1} ”{2}” läser {3} från kolumnen ”{4}”, som frågan inte ger"

msgid "name the column with '--| {1}: COLUMN', or 'AS {2}' in the SELECT; the query returns: {3}"
msgstr "namnge kolumnen med ”--| {1}: KOLUMN”, eller ”AS {2}” i SELECT; frågan ger: {3}"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a month written YYYY-MM"
msgstr "rad {1} i frågan ”{2}” har ”{3}” i kolumnen ”{4}”, vilket inte är en månad skriven ÅÅÅÅ-MM"

msgid "correct the period in the data (for example 2024-03); the other rows are months"
msgstr "rätta perioden i data (till exempel 2024-03); de andra raderna är månader"

msgid "the query '{1}' returns the month {2} twice (rows {3} and {4})"
msgstr "frågan ”{1}” ger månaden {2} två gånger (rad {3} och {4})"

msgid "the query '{1}' returns {2} (row {3}) after {4} (row {5})"
msgstr "frågan ”{1}” ger {2} (rad {3}) efter {4} (rad {5})"

msgid "a chart has one value per month: check the WHERE clause (one team, one indicator) or the data for a duplicate"
msgstr "ett diagram har ett värde per månad: kontrollera WHERE-villkoret (ett team, en indikator) eller leta efter en dubblett i data"

msgid "add 'ORDER BY {1}' to the query"
msgstr "lägg till ”ORDER BY {1}” i frågan"

msgid "row {1} of the query '{2}' has '{3}' in the column '{4}', which is not a number"
msgstr "rad {1} i frågan ”{2}” har ”{3}” i kolumnen ”{4}”, vilket inte är ett tal"

msgid "correct the value in the data, or leave it empty for a missing measurement"
msgstr "rätta värdet i data, eller lämna det tomt för en saknad mätning"

msgid "row {1} of the query '{2}' has {3} in the column '{4}': a count cannot be negative"
msgstr "rad {1} i frågan ”{2}” har {3} i kolumnen ”{4}”: ett antal kan inte vara negativt"

msgid "correct the value in the data"
msgstr "rätta värdet i data"

msgid "the query '{1}' is not a comparison"
msgstr "frågan ”{1}” är ingen jämförelse"

msgid "the correction of {1} in {2} names the indicator '{3}', which no journal or chart knows"
msgstr "rättelsen för {1} i {2} anger indikatorn ”{3}”, som varken någon loggbok eller något diagram känner till"

msgid "no pipe to Chromium could be made"
msgstr "ingen förbindelse till Chromium kunde skapas"

msgid "it could not be started ({1})"
msgstr "det kunde inte startas ({1})"

msgid "the filter '{1}' takes a number of decimals from 0 to 6, not '{2}'"
msgstr "filtret ”{1}” tar ett antal decimaler från 0 till 6, inte ”{2}”"

msgid "'{1}' is not a number, so the filter '{2}' cannot format it"
msgstr "”{1}” är inte ett tal, så filtret ”{2}” kan inte formatera det"

msgid "apply '{1}' to a numeric column"
msgstr "använd ”{1}” på en kolumn med tal"

msgid "unknown filter '{1}'"
msgstr "okänt filter ”{1}”"

msgid "filters"
msgstr "filter"

msgid "no arguments"
msgstr "inga argument"

msgid "one argument"
msgstr "ett argument"

msgid "at most one argument"
msgstr "högst ett argument"

msgid "the filter '{1}' takes {2}"
msgstr "filtret ”{1}” tar {2}"

msgid "for example | number(1), | percent, | default(\"–\")"
msgstr "till exempel | number(1), | percent, | default(\"–\")"

msgid "'{1}' goes deeper than '{2}' allows"
msgstr "”{1}” går djupare än ”{2}” tillåter"

msgid "this notebook is not run per team, so '{1}' has no value"
msgstr "den här anteckningsboken körs inte per team, så ”{1}” har inget värde"

msgid "declare a team parameter: 'params: { team: { type: team } }'"
msgstr "deklarera en teamparameter: ”params: { team: { type: team } }”"

msgid "teams have no field '{1}'"
msgstr "team har inget fält ”{1}”"

msgid "fields"
msgstr "fält"

msgid "say which part of the notebook, for example {{ notebook.title }}"
msgstr "ange vilken del av anteckningsboken, till exempel {{ notebook.title }}"

msgid "notebooks have no field '{1}'"
msgstr "anteckningsböcker har inget fält ”{1}”"

msgid "say which parameter, for example {{ params.period }}"
msgstr "ange vilken parameter, till exempel {{ params.period }}"

msgid "'{1}' is not a query, parameter or known name in this notebook"
msgstr "”{1}” är varken en fråga, en parameter eller ett känt namn i den här anteckningsboken"

msgid "names"
msgstr "namn"

msgid "the notebook declares no parameter '{1}'"
msgstr "anteckningsboken deklarerar ingen parameter ”{1}”"

msgid "the query '{1}' has no column '{2}'"
msgstr "frågan ”{1}” har ingen kolumn ”{2}”"

msgid "columns"
msgstr "kolumner"

msgid "say which value of '{1}' to show"
msgstr "ange vilket värde av ”{1}” som ska visas"

msgid "for example {{ {1}.last.value }} or {{ {2}.count }}"
msgstr "till exempel {{ {1}.last.value }} eller {{ {1}.count }}"

msgid "'{1}.count' takes nothing after it"
msgstr "”{1}.count” tar ingenting efter sig"

msgid "'{1}' has too many parts"
msgstr "”{1}” har för många delar"

msgid "for example {{ {1}.{2}.value }}"
msgstr "till exempel {{ {1}.{2}.value }}"

msgid "for example {{ {1}.last.{2} }}"
msgstr "till exempel {{ {1}.last.{2} }}"

msgid "the query '{1}' has no column or accessor '{2}'"
msgstr "frågan ”{1}” har ingen kolumn eller egenskap ”{2}”"

msgid "target"
msgstr "målvärdet"

msgid "baseline"
msgstr "utgångsvärdet"

msgid "the {1} of the goal '{2}' is written in per cent, but the chart '{3}'{4} plots numbers, not per cent"
msgstr "{1} för målet ”{2}” är skrivet i procent, men diagrammet ”{3}”{4} visar tal, inte procent"

msgid "if the query's values are per cent (0–100), add '--| unit: %' to the chart; if they are shares (0–1), use a p chart; otherwise write the {1} as a number on the chart's scale"
msgstr "om frågans värden är procent (0–100), lägg till ”--| unit: %” i diagrammet; om de är andelar (0–1), använd ett p-diagram; skriv annars {1} som ett tal på diagrammets skala"

msgid "the {1} of the goal '{2}' is {3}, but the chart '{4}'{5} plots shares from 0 to 1"
msgstr "{1} för målet ”{2}” är {3}, men diagrammet ”{4}”{5} visar andelar från 0 till 1"

msgid "write it in per cent: '{1}: {2} %'"
msgstr "skriv det i procent: ”{1}: {2} %”"

msgid "the {1} of the goal '{2}' is {3} on the chart '{4}'{5}, which plots per cent: it could mean {6} % or {7} %"
msgstr "{1} för målet ”{2}” är {3} i diagrammet ”{4}”{5}, som visar procent: det kan betyda {3} % eller {7} %"

msgid "write it with a per-cent sign, for example '{1}: {2} %'"
msgstr "skriv det med procenttecken, till exempel ”{1}: {2} %”"

msgid "the {1} of the goal '{2}' is {3}, outside 0–100 %, the scale of the chart '{4}'{5}"
msgstr "{1} för målet ”{2}” är {3}, utanför 0–100 %, som är skalan i diagrammet ”{4}”{5}"

msgid "write it in per cent, for example '{1}: 80 %'"
msgstr "skriv det i procent, till exempel ”{1}: 80 %”"

msgid "TAVLE_CHROMIUM names '{1}', which is not a program; no PDFs were made (the HTML handouts are ready)"
msgstr "TAVLE_CHROMIUM anger ”{1}”, som inte är ett program; inga PDF-filer skapades (utdelningsmaterialet i HTML är klart)"

msgid "Chromium is not installed, so no PDFs were made; the HTML handouts are ready and print from any browser. To get PDFs: sudo apt-get install chromium (or set TAVLE_CHROMIUM to a Chrome or Chromium program), then run the command again"
msgstr "Chromium är inte installerat, så inga PDF-filer skapades; utdelningsmaterialet i HTML är klart och kan skrivas ut från valfri webbläsare. För att få PDF-filer: sudo apt-get install chromium (eller sätt TAVLE_CHROMIUM till ett Chrome- eller Chromium-program), och kör sedan kommandot igen"

msgid "the pages could not be prepared for printing in {1}: {2}"
msgstr "sidorna kunde inte förberedas för utskrift i {1}: {2}"

msgid "check the free space in the temporary folder"
msgstr "kontrollera det lediga utrymmet i den tillfälliga mappen"

msgid "Chromium could not print the handouts: "
msgstr "Chromium kunde inte skriva ut utdelningsmaterialet: "

msgid "nothing was committed; check that '{1} --headless' runs on this machine"
msgstr "ingenting sparades; kontrollera att '{1} --headless' fungerar på den här datorn"

msgid "Chromium could not print {1}: "
msgstr "Chromium kunde inte skriva ut {1}: "

msgid "some pages were not printed"
msgstr "vissa sidor skrevs inte ut"

#: Sources/TavleRun/PreviewRun.swift:12
msgid "a preview is of one team's report; name one team"
msgstr "en förhandsvisning gäller ett teams rapport; ange ett team"

#: Sources/TavleRun/PreviewRun.swift:18
msgid "the report was made without its page"
msgstr "rapporten skapades utan sin sida"

msgid "phase {1}"
msgstr "fas {1}"

msgid "phases {1}–{2}"
msgstr "fas {1}–{2}"

msgid "before gathering {1}"
msgstr "inför lärandeseminarium {1}"

msgid "Show a set with 'tavle prompts --set ID'. In a notebook: ```worksheet ID``` for the whole set, an empty ```prompt ID.PROMPT``` for one prompt."
msgstr "Visa en uppsättning med 'tavle prompts --set ID'. I en anteckningsbok: ```worksheet ID``` för hela uppsättningen, en tom ```prompt ID.FRÅGA``` för en reflektionsfråga."

msgid "In a notebook: ```worksheet {1}``` and a line with ``` below it."
msgstr "I en anteckningsbok: ```worksheet {1}``` och en rad med ``` under."

msgid "the query '{1}'"
msgstr "frågan ”{1}”"

msgid "the goal '{1}' is measured by the indicator '{2}', which no journal declares and no chart of '{3}' shows"
msgstr "målet ”{1}” mäts med indikatorn ”{2}”, som ingen loggbok deklarerar och inget diagram i ”{3}” visar"

msgid "; or declare it under 'indicators:' in this journal"
msgstr "; eller deklarera den under ”indicators:” i den här loggboken"

msgid "the goal '{1}' is measured by the indicator '{2}', which no chart of '{3}' shows, so no chart draws its target"
msgstr "målet ”{1}” mäts med indikatorn ”{2}”, som inget diagram i ”{3}” visar, så inget diagram ritar dess målvärde"

msgid "did you mean '{1}', which a chart shows? Correct the goal's indicator and its entry under 'indicators:'"
msgstr "menade du ”{1}”, som ett diagram visar? Rätta målets indikator och dess post under ”indicators:”"

msgid "no team journal knows the indicator '{1}' of the query '{2}'"
msgstr "ingen teamloggbok känner till indikatorn ”{1}” i frågan ”{2}”"

msgid ", so its chart shows no goal line, PDSA phases or definition changes"
msgstr ", så dess diagram visar ingen mållinje, inga PDSA-faser och inga definitionsändringar"

msgid "a journal declares an indicator under 'indicators:' (id, name, kind); {1}"
msgstr "en loggbok deklarerar en indikator under ”indicators:” (id, name, kind); {1}"

msgid "did you mean '{1}'? known: {2}"
msgstr "menade du ”{1}”? kända: {2}"

msgid "no indicators are known yet"
msgstr "inga indikatorer är kända ännu"

msgid "known: {1}"
msgstr "kända: {1}"

msgid "there is no result for the query '{1}'"
msgstr "det finns inget resultat för frågan ”{1}”"

msgid "the run's manifest does not list this query; it was changed after the run"
msgstr "körningens manifest tar inte upp den här frågan; frågan har ändrats efter körningen"

msgid "this notebook makes one report for the whole network; it has no team parameter"
msgstr "den här anteckningsboken skapar en rapport för hela nätverket; den har ingen teamparameter"

msgid "leave out --team/--all-teams, or declare 'params: { team: { type: team } }' to make one report per team"
msgstr "utelämna --team/--all-teams, eller deklarera ”params: { team: { type: team } }” för att skapa en rapport per team"

msgid "the teams query returned no teams"
msgstr "teamfrågan gav inga team"

msgid "say which team to make the report for"
msgstr "ange vilket team rapporten ska skapas för"

msgid "add --team ID (teams: {1}{2}) or --all-teams"
msgstr "lägg till --team ID (team: {1}{2}) eller --all-teams"

msgid "this notebook takes no parameters"
msgstr "den här anteckningsboken tar inga parametrar"

msgid "the parameter '{1}' has no default and was not given"
msgstr "parametern ”{1}” har inget standardvärde och angavs inte"

msgid "add --param {1}=VALUE, or a default in the front matter"
msgstr "lägg till --param {1}=VÄRDE, eller ett standardvärde i front matter"

msgid "the parameter '{1}' {2}"
msgstr "parametern ”{1}” {2}"

msgid "correct --param {1}=… on the command line, or the default on this line"
msgstr "rätta --param {1}=… på kommandoraden, eller standardvärdet på den här raden"

msgid "the team {1} has no rows in any query of '{2}': every chart of its report is empty"
msgstr "teamet {1} har inga rader i någon fråga i ”{2}”: alla diagram i dess rapport är tomma"

msgid "the teams {1} have no rows in any query of '{2}': every chart of their reports is empty"
msgstr "teamen {1} har inga rader i någon fråga i ”{2}”: alla diagram i deras rapporter är tomma"

msgid "check the team's id in the data, or whether its numbers have been imported yet"
msgstr "kontrollera teamets id i data, eller om teamets tal har importerats ännu"

msgid "every team"
msgstr "alla team"

msgid "{1} of {2} teams: {3}"
msgstr "{1} av {2} team: {3}"

msgid "the query '{1}' returned no rows for {2}"
msgstr "frågan ”{1}” gav inga rader för {2}"

msgid "their reports say so where the chart would stand"
msgstr "deras rapporter säger det där diagrammet skulle ha stått"

msgid "the chart '{1}' says its values are per cent (unit: %), but every value lies between 0 and 1 (largest {2}) for {3}: shares would be drawn a hundred times too low"
msgstr "diagrammet ”{1}” säger att värdena är procent (unit: %), men varje värde ligger mellan 0 och 1 (största {2}) för {3}: andelar skulle ritas hundra gånger för lågt"

msgid "if the values are shares (0–1), remove 'unit: %' and use a p chart, or multiply by 100 in the SELECT; if they really are below 1 %, this warning can stay"
msgstr "är värdena andelar (0–1), ta bort ”unit: %” och använd ett p-diagram, eller multiplicera med 100 i SELECT; är de verkligen under 1 %, kan varningen stå kvar"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "the funnel '{1}' has {2} without a count or a denominator ({3}): they are left out of the plot in the reports of {4}, as if they had no data"
msgstr "trattdiagrammet ”{1}” har {2} utan antal eller nämnare ({3}): de utelämnas ur diagrammet i rapporterna för {4}, som om de saknade data"

#: Sources/TavleRun/RunWarnings.swift:103
msgid "{1} team"
msgstr "{1} team"

#: Sources/TavleRun/RunWarnings.swift:104
msgid "fill in both columns for every team of the month (a value alone cannot be compared), or leave the team out in the SELECT"
msgstr "fyll i båda kolumnerna för varje team den månaden (ett värde ensamt kan inte jämföras), eller utelämna teamet i SELECT"

#: Sources/TavleRun/RunWarnings.swift:110
msgid "the {1} chart '{2}' has rows without a count or a denominator ({3}) for {4} in {5}: those months are left out of the chart and of the goal's last measurement, as if there were no data"
msgstr "{1}-diagrammet ”{2}” har rader utan antal eller nämnare ({3}) för {4} hos {5}: de månaderna utelämnas ur diagrammet och ur målets senaste mätning, som om data saknades"

#: Sources/TavleRun/RunWarnings.swift:111
msgid "fill in both columns for those rows: a value alone cannot be drawn on a {1} chart (numbers imported with 'tavle import' from a form give a value only)"
msgstr "fyll i båda kolumnerna för de raderna: ett värde ensamt kan inte ritas i ett {1}-diagram (tal som importerats med ”tavle import” från ett formulär ger bara ett värde)"

msgid "freeze: {1} on the chart '{2}' is longer than its series (at most {3} points) for {4}; the baseline is the whole series"
msgstr "freeze: {1} i diagrammet ”{2}” är längre än serien (högst {3} punkter) för {4}; baslinjen är hela serien"

msgid "freeze the months before the change, for example 'freeze: 12'"
msgstr "frys månaderna före förändringen, till exempel ”freeze: 12”"

msgid "the {1} {2} is after the last month in the data of the query '{3}' ({4})"
msgstr "{1} {2} ligger efter den sista månaden i data för frågan ”{3}” ({4})"

msgid "the reports show data up to {1}; import the newer numbers, or run with --param {2}={3}"
msgstr "rapporterna visar data till och med {1}; importera de nyare talen, eller kör med --param {2}={1}"

msgid " (a warning; --strict makes every warning an error)"
msgstr " (en varning; --strict gör varje varning till ett fel)"

msgid "the notebook has changed since its last run ({1}), but its version is still {2}"
msgstr "anteckningsboken har ändrats sedan den senaste körningen ({1}), men versionen är fortfarande {2}"

msgid "raise 'version: {1}' in the front matter, so that reports made from the two texts can be told apart"
msgstr "höj till ”version: {1}” i front matter, så att rapporter som skapats från de två texterna kan skiljas åt"

msgid " (for a {1} chart y is the count and n the denominator)"
msgstr " (i ett {1}-diagram är y antalet och n nämnaren)"

msgid "the series has no column {1}{2}"
msgstr "serien har ingen kolumn {1}{2}"

msgid "the first line names the columns, for example '{1}'"
msgstr "den första raden anger kolumnerna, till exempel ”{1}”"

msgid "use a point as the decimal mark (2.5), or leave the field empty for a missing value"
msgstr "använd punkt som decimaltecken (2.5), eller lämna fältet tomt för ett saknat värde"

msgid "the series has no rows after its header"
msgstr "serien har inga rader efter rubrikraden"

msgid "add one line per period, for example '2021-01,12'"
msgstr "lägg till en rad per period, till exempel ”2021-01,12”"

msgid "this journal belongs to no team of the workspace ('{1}')"
msgstr "den här loggboken hör inte till något team i arbetsytan (”{1}”)"

msgid " A journal is named after its team id."
msgstr " En loggbok har namn efter teamets id."

msgid "the decision '{1}'"
msgstr "beslutet ”{1}”"

msgid "{1} is dated {2}, after today ({3})"
msgstr "{1} har datumet {2}, som är efter i dag ({3})"

msgid "check the year; a plan for later belongs in the text, not the date"
msgstr "kontrollera året; en plan för senare hör hemma i texten, inte i datumet"

msgid "the notebook '{1}' (gathering {2}) has no prompt '{3}'; this answer is not shown"
msgstr "anteckningsboken ”{1}” (lärandeseminarium {2}) har ingen reflektionsfråga ”{3}”; det här svaret visas inte"

msgid "prompt ids"
msgstr "id:n för reflektionsfrågor"

msgid "the team '{1}' has no journal ({2}), but the report repository recorded its goals ({3}, commit {4}); its reports would lose them without a reason"
msgstr "teamet ”{1}” har ingen loggbok ({2}), men rapportarkivet har registrerat dess mål ({3}, commit {4}); rapporterna skulle förlora dem utan motivering"

msgid "put the journal back as {1} (a journal under another name is not read); to set the goals aside, keep the journal and list them under 'retired_goals:' with a date and a reason"
msgstr "lägg tillbaka loggboken som {1} (en loggbok med ett annat namn läses inte); för att lägga målen åt sidan, behåll loggboken och för upp dem under ”retired_goals:” med datum och motivering"

#: Sources/TavleServe/AccessStore.swift:59
msgid "the list of sign-in links could not be read"
msgstr "listan över inloggningslänkar kunde inte läsas"

#: Sources/TavleServe/AccessStore.swift:60
msgid "it is written by 'tavle access'; restore it from a backup, or remove it and hand out new links"
msgstr "den skrivs av ”tavle access”; återställ den från en säkerhetskopia, eller ta bort den och dela ut nya länkar"

#: Sources/TavleServe/AccessStore.swift:90
msgid "no sign-in link in use has the id or name '{1}'"
msgstr "ingen inloggningslänk i bruk har id:t eller namnet ”{1}”"

#: Sources/TavleServe/AccessStore.swift:92
msgid "'tavle access list' shows the links; none is in use"
msgstr "”tavle access list” visar länkarna; ingen av dem är i bruk"

#: Sources/TavleServe/AccessStore.swift:93
msgid "ids and names"
msgstr "id:n och namn"

#: Sources/TavleServe/AccessStore.swift:118
msgid "the list of sign-in links could not be written"
msgstr "listan över inloggningslänkar kunde inte skrivas"

#: Sources/TavleServe/AccessStore.swift:126
msgid "'{1}' could not be written"
msgstr "”{1}” kunde inte skrivas"

#: Sources/TavleServe/AccessStore.swift:127
msgid "check that the workspace folder is writable"
msgstr "kontrollera att det går att skriva i arbetsytans mapp"

#: Sources/TavleServe/Forms.swift:88
msgid "Add a decision"
msgstr "Lägg till ett beslut"

#: Sources/TavleServe/Forms.swift:89
msgid "Add a PDSA cycle"
msgstr "Lägg till en PDSA-cykel"

#: Sources/TavleServe/Forms.swift:131
msgid "Answers for gathering {1}: {2}"
msgstr "Svar till lärandeseminarium {1}: {2}"

#: Sources/TavleServe/Gatherings.swift:104
msgid "This report cannot be made"
msgstr "Den här rapporten kan inte skapas"

#: Sources/TavleServe/Gatherings.swift:241
msgid "The questions are now those of gathering {1}; nothing was saved. Open the page again to answer them."
msgstr "Reflektionsfrågorna gäller nu lärandeseminarium {1}; inget sparades. Öppna sidan igen för att svara på dem."

#: Sources/TavleServe/Pages+Gatherings.swift:83
msgid "Answer what you can. Empty a box to take its answer out; the journal's history keeps it."
msgstr "Svara på det ni kan. Töm en ruta för att ta bort svaret; loggbokens historik sparar det."

#: Sources/TavleServe/Pages+Gatherings.swift:47
msgid "This gathering's notebook asks no questions."
msgstr "Anteckningsboken för det här lärandeseminariet ställer inga reflektionsfrågor."

#: Sources/TavleServe/Pages+Gatherings.swift:65
msgid "Save the answers"
msgstr "Spara svaren"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "The numbers were not saved:"
msgstr "Talen sparades inte:"

#: Sources/TavleServe/Pages+Gatherings.swift:135
msgid "see the fields marked below"
msgstr "se fälten som är markerade nedan"

#: Sources/TavleServe/Pages+Gatherings.swift:131
msgid "The month the numbers are for"
msgstr "Månaden som talen gäller"

#: Sources/TavleServe/Pages+Gatherings.swift:143
msgid "Between {1} and {2}; leave it empty if you have no number."
msgstr "Mellan {1} och {2}; lämna fältet tomt om ni inte har något tal."

#: Sources/TavleServe/Pages+Gatherings.swift:154
msgid "Send the numbers"
msgstr "Skicka talen"

#: Sources/TavleServe/Pages+Gatherings.swift:70
msgid "Preview a report"
msgstr "Förhandsvisa en rapport"

#: Sources/TavleServe/Pages+Gatherings.swift:73
msgid "A report as a run would make it now, from the notebook, data and journal as they are. It is made again each time one of them is saved."
msgstr "En rapport som en körning skulle skapa den nu, från anteckningsboken, data och loggboken som de är. Den skapas på nytt varje gång någon av dem sparas."

#: Sources/TavleServe/Pages+Gatherings.swift:96
msgid "Preview: {1}, {2}"
msgstr "Förhandsvisning: {1}, {2}"

#: Sources/TavleServe/Pages+Gatherings.swift:98
msgid "Other previews"
msgstr "Andra förhandsvisningar"

#: Sources/TavleServe/Pages+Gatherings.swift:100
msgid "Made again when the workspace changes; last:"
msgstr "Skapas på nytt när arbetsytan ändras; senast:"

#: Sources/TavleServe/Pages+Gatherings.swift:101
msgid "now"
msgstr "nu"

#: Sources/TavleServe/Pages+Gatherings.swift:109
msgid "The report"
msgstr "Rapporten"

#: Sources/TavleServe/Pages+Gatherings.swift:118
msgid "Handouts"
msgstr "Utdelningsmaterial"

#: Sources/TavleServe/Pages+Gatherings.swift:121
msgid "Makes a gathering's handouts as 'tavle handout --all-teams --pdf' does: a report for every team, your overview and an index, printed to PDF, in one commit."
msgstr "Skapar utdelningsmaterialet till ett lärandeseminarium som ”tavle handout --all-teams --pdf” gör: en rapport för varje team, din översikt och en innehållssida, utskrivna till PDF, i en commit."

#: Sources/TavleServe/Pages+Gatherings.swift:136
msgid "Make the handouts"
msgstr "Skapa utdelningsmaterialet"

#: Sources/TavleServe/Pages+Gatherings.swift:142
msgid "The last ones made here"
msgstr "De senaste som skapades här"

#: Sources/TavleServe/Pages+Gatherings.swift:155
msgid "Handouts: {1}"
msgstr "Utdelningsmaterial: {1}"

#: Sources/TavleServe/Pages+Gatherings.swift:192
msgid "Starting: reading the notebook, the data and the journals."
msgstr "Startar: läser anteckningsboken, data och loggböckerna."

#: Sources/TavleServe/Pages+Gatherings.swift:159
msgid "Making the handouts: {1} of {2} reports made ({3}). This page shows how far it has come."
msgstr "Skapar utdelningsmaterialet: {1} av {2} rapporter skapade ({3}). Den här sidan visar hur långt det har kommit."

#: Sources/TavleServe/Pages+Gatherings.swift:199
msgid "All {1} reports are made; printing them to PDF."
msgstr "Alla {1} rapporter är skapade; skriver ut dem till PDF."

#: Sources/TavleServe/Pages+Gatherings.swift:169
msgid "Done: {1} reports, {2} printed to PDF, commit {3}."
msgstr "Klart: {1} rapporter, {2} utskrivna till PDF, commit {3}."

#: Sources/TavleServe/Pages+Gatherings.swift:177
msgid "The index"
msgstr "Innehållssidan"

#: Sources/TavleServe/Pages+Gatherings.swift:182
msgid "Your overview"
msgstr "Din översikt"

#: Sources/TavleServe/Pages.swift:46
msgid "Signed in as {1}"
msgstr "Inloggad som {1}"

#: Sources/TavleServe/Pages.swift:49
msgid "Sign out"
msgstr "Logga ut"

#: Sources/TavleServe/Pages.swift:71
msgid "Back to the start page"
msgstr "Tillbaka till startsidan"

#: Sources/TavleServe/Pages.swift:103
msgid "This link signs you in to {1} as the team {2}."
msgstr "Den här länken loggar in dig i {1} som teamet {2}."

#: Sources/TavleServe/Pages.swift:104
msgid "This link signs you in to {1} as {2}, facilitator."
msgstr "Den här länken loggar in dig i {1} som {2}, processledare."

#: Sources/TavleServe/Pages.swift:105
msgid "This link signs you in to {1} as {2}, researcher (reading only)."
msgstr "Den här länken loggar in dig i {1} som {2}, forskare (endast läsning)."

#: Sources/TavleServe/Pages.swift:79
msgid "Sign in"
msgstr "Logga in"

#: Sources/TavleServe/Pages.swift:115
msgid "Keep the link to yourselves: anyone who has it can sign in with it. If it is not yours, close this page."
msgstr "Håll länken för er själva: alla som har den kan logga in med den. Är den inte er, stäng den här sidan."

#: Sources/TavleServe/Pages.swift:80
msgid "Open the sign-in link your facilitator gave you. Each team has its own link."
msgstr "Öppna inloggningslänken du fick av processledaren. Varje team har en egen länk."

#: Sources/TavleServe/Pages.swift:99
msgid "Saved: your change is commit {1} in the report repository."
msgstr "Sparat: din ändring är commit {1} i rapportarkivet."

#: Sources/TavleServe/Pages.swift:106
msgid "Goal history, with the run charts"
msgstr "Målhistorik, med seriediagrammen"

#: Sources/TavleServe/Pages.swift:111
msgid "Everything recorded: goals, PDSA cycles, decisions, measurements"
msgstr "Allt som har registrerats: mål, PDSA-cykler, beslut, mätningar"

#: Sources/TavleServe/Pages.swift:145
msgid "The network's figures, without names"
msgstr "Nätverkets siffror, utan namn"

#: Sources/TavleServe/Pages.swift:116
msgid "What changed since the last gathering"
msgstr "Vad som har ändrats sedan förra lärandeseminariet"

#: Sources/TavleServe/Pages.swift:121
msgid "Reports"
msgstr "Rapporter"

#: Sources/TavleServe/Pages.swift:123
msgid "No report has been made for this team yet."
msgstr "Ingen rapport har skapats för det här teamet ännu."

#: Sources/TavleServe/Pages.swift:128
msgid "Report"
msgstr "Rapport"

#: Sources/TavleServe/Pages.swift:129
msgid "Made"
msgstr "Skapad"

#: Sources/TavleServe/Pages.swift:130
msgid "Commit"
msgstr "Commit"

#: Sources/TavleServe/Pages.swift:148
msgid "Journal"
msgstr "Loggbok"

#: Sources/TavleServe/Pages.swift:209
msgid "The journal file does not read, so it cannot be changed here until it is mended. Ask your facilitator; this is what tavle found:"
msgstr "Loggboksfilen går inte att läsa, så den kan inte ändras här förrän den är rättad. Fråga processledaren; det här är vad tavle hittade:"

#: Sources/TavleServe/Pages.swift:153
msgid "Goals"
msgstr "Mål"

#: Sources/TavleServe/Pages.swift:154
msgid "No goals yet."
msgstr "Inga mål ännu."

#: Sources/TavleServe/Site.swift:234
msgid "Change the goal"
msgstr "Ändra målet"

#: Sources/TavleServe/Pages.swift:233
msgid "Goals set aside"
msgstr "Mål som lagts åt sidan"

#: Sources/TavleServe/Pages.swift:208
msgid "Indicators"
msgstr "Indikatorer"

#: Sources/TavleServe/Pages.swift:194
msgid "None yet."
msgstr "Inga ännu."

#: Sources/TavleServe/Pages.swift:217
msgid "Change the indicator"
msgstr "Ändra indikatorn"

#: Sources/TavleServe/Pages.swift:206
msgid "Change the cycle"
msgstr "Ändra PDSA-cykeln"

#: Sources/TavleServe/Pages.swift:174
msgid "Decisions"
msgstr "Beslut"

#: Sources/TavleServe/Pages.swift:236
msgid "Change the decision"
msgstr "Ändra beslutet"

#: Sources/TavleServe/Pages.swift:227
msgid "Answer the questions for gathering {1}"
msgstr "Svara på reflektionsfrågorna till lärandeseminarium {1}"

#: Sources/TavleServe/Pages.swift:188
msgid "This team has no journal yet."
msgstr "Det här teamet har ingen loggbok ännu."

#: Sources/TavleServe/Pages.swift:191
msgid "Changes made here"
msgstr "Ändringar som gjorts här"

#: Sources/TavleServe/Pages.swift:210
msgid "{1}: changes since gathering {2}"
msgstr "{1}: ändringar sedan lärandeseminarium {2}"

#: Sources/TavleServe/Pages.swift:211
msgid "{1}: history"
msgstr "{1}: historik"

#: Sources/TavleServe/Pages.swift:214
msgid "Back to the team's page"
msgstr "Tillbaka till teamets sida"

#: Sources/TavleServe/Pages.swift:217
msgid "Nothing recorded."
msgstr "Inget registrerat."

#: Sources/TavleServe/Pages.swift:290
msgid "{1}: goal history"
msgstr "{1}: målhistorik"

#: Sources/TavleServe/Pages.swift:335
msgid "{1}: the network's figures"
msgstr "{1}: nätverkets siffror"

#: Sources/TavleServe/Pages.swift:339
msgid "Your value beside the network's, in the same month, from what every team's report showed. No team is named; values from small counts are left out, and a figure of fewer than three teams is not shown."
msgstr "Ert värde bredvid nätverkets, samma månad, från det varje teams rapport visade. Inget team nämns; värden från små antal utelämnas, och en siffra från färre än tre team visas inte."

#: Sources/TavleServe/Pages.swift:346
msgid "Chart"
msgstr "Diagram"

#: Sources/TavleServe/Pages.swift:347
msgid "Month"
msgstr "Månad"

#: Sources/TavleServe/Pages.swift:348
msgid "Yours"
msgstr "Ert"

#: Sources/TavleServe/Pages.swift:349
msgid "The network's median"
msgstr "Nätverkets median"

#: Sources/TavleServe/Pages.swift:350
msgid "The middle half of the teams"
msgstr "Den mittersta hälften av teamen"

#: Sources/TavleServe/Pages.swift:351
msgid "Teams"
msgstr "Team"

#: Sources/TavleServe/Pages.swift:364
msgid "too few teams to show"
msgstr "för få team för att visas"

#: Sources/TavleServe/Pages.swift:302
msgid "a goal changed"
msgstr "ett mål ändrat"

#: Sources/TavleServe/Pages.swift:407
msgid "a goal set aside"
msgstr "ett mål lagt åt sidan"

#: Sources/TavleServe/Pages.swift:407
msgid "an indicator changed"
msgstr "en indikator ändrad"

#: Sources/TavleServe/Pages.swift:408
msgid "preparation-form numbers sent"
msgstr "tal från förberedelseformuläret skickade"

#: Sources/TavleServe/Pages.swift:304
msgid "a decision added"
msgstr "ett beslut tillagt"

#: Sources/TavleServe/Pages.swift:447
msgid "answers to the gathering's questions"
msgstr "svar på lärandeseminariets frågor"

#: Sources/TavleServe/Pages.swift:306
msgid "the journal file changed by hand"
msgstr "loggboksfilen ändrad för hand"

#: Sources/TavleServe/Pages.swift:357
msgid "The form was not saved: see the field marked below."
msgstr "Formuläret sparades inte: se fältet som är markerat nedan."

#: Sources/TavleServe/Pages.swift:360
msgid "The form was not saved:"
msgstr "Formuläret sparades inte:"

#: Sources/TavleServe/Pages.swift:304
msgid "The goal, in one sentence"
msgstr "Målet, i en mening"

#: Sources/TavleServe/Pages.swift:308
msgid "A number, or a share such as 80 %."
msgstr "Ett tal, eller en andel som 80 %."

#: Sources/TavleServe/Pages.swift:309
msgid "Due date"
msgstr "Slutdatum"

#: Sources/TavleServe/Pages.swift:311
msgid "Why the goal changes"
msgstr "Varför målet ändras"

#: Sources/TavleServe/Pages.swift:313
msgid "Required when the goal's sentence, target or due date changes: the history keeps it."
msgstr "Krävs när målets mening, målvärde eller slutdatum ändras: historiken sparar motiveringen."

#: Sources/TavleServe/Pages.swift:314
msgid "Save the change"
msgstr "Spara ändringen"

#: Sources/TavleServe/Pages.swift:537
msgid "Set the goal aside"
msgstr "Lägg målet åt sidan"

#: Sources/TavleServe/Pages.swift:540
msgid "When the team no longer works toward this goal: reached, replaced or given up. It is listed among the goals set aside with today's date and your reason, and its history stays."
msgstr "När teamet inte längre arbetar mot det här målet: uppnått, ersatt eller övergivet. Det förs upp bland målen som lagts åt sidan, med dagens datum och er motivering, och historiken finns kvar."

#: Sources/TavleServe/Pages.swift:546
msgid "Why the goal is set aside"
msgstr "Varför målet läggs åt sidan"

#: Sources/TavleServe/Pages.swift:362
msgid "Save"
msgstr "Spara"

#: Sources/TavleServe/Pages.swift:592
msgid "Name"
msgstr "Namn"

#: Sources/TavleServe/Pages.swift:594
msgid "Kind of indicator"
msgstr "Typ av indikator"

#: Sources/TavleServe/Pages.swift:603
msgid "Definition"
msgstr "Definition"

#: Sources/TavleServe/Pages.swift:604
msgid "What the number cannot tell"
msgstr "Vad siffran inte kan säga"

#: Sources/TavleServe/Pages.swift:605
msgid "A change of definition"
msgstr "En ändring av definitionen"

#: Sources/TavleServe/Pages.swift:612
msgid "What changed in how it is measured"
msgstr "Vad som har ändrats i hur det mäts"

#: Sources/TavleServe/Pages.swift:614
msgid "Charts mark the month, so that a jump from the change is not read as improvement."
msgstr "Diagrammen markerar månaden, så att ett hopp som beror på ändringen inte tolkas som förbättring."

#: Sources/TavleServe/Pages.swift:615
msgid "When"
msgstr "När"

#: Sources/TavleServe/Pages.swift:622
msgid "result indicator"
msgstr "resultatindikator"

#: Sources/TavleServe/Pages.swift:623
msgid "process indicator"
msgstr "processindikator"

#: Sources/TavleServe/Pages.swift:624
msgid "balancing indicator"
msgstr "balansindikator"

#: Sources/TavleServe/Pages.swift:330
msgid "Date"
msgstr "Datum"

#: Sources/TavleServe/Pages.swift:333
msgid "What was decided"
msgstr "Vad som beslutades"

#: Sources/TavleServe/Pages.swift:674
msgid "Remove it"
msgstr "Ta bort den"

#: Sources/TavleServe/Pages.swift:676
msgid "For an entry written by mistake. The report repository keeps it in its history."
msgstr "För en post som skrevs av misstag. Rapportarkivet sparar den i historiken."

#: Sources/TavleServe/Pages.swift:680
msgid "Yes, remove it from the journal"
msgstr "Ja, ta bort den från loggboken"

#: Sources/TavleServe/Pages.swift:682
msgid "Remove"
msgstr "Ta bort"

#: Sources/TavleServe/Pages.swift:345
msgid "The goal it serves"
msgstr "Målet den ska bidra till"

#: Sources/TavleServe/Pages.swift:732
msgid "{1} (set aside)"
msgstr "{1} (lagt åt sidan)"

#: Sources/TavleServe/Pages.swift:340
msgid "A short name for the cycle"
msgstr "Ett kort namn på cykeln"

#: Sources/TavleServe/Pages.swift:489
msgid "Letters, digits and dashes, without spaces."
msgstr "Bokstäver, siffror och bindestreck, utan mellanslag."

#: Sources/TavleServe/Pages.swift:343
msgid "Title"
msgstr "Rubrik"

#: Sources/TavleServe/Pages.swift:359
msgid "Started"
msgstr "Startade"

#: Sources/TavleServe/Pages.swift:378
msgid "Someone else changed the journal"
msgstr "Någon annan har ändrat loggboken"

#: Sources/TavleServe/Pages.swift:381
msgid "The journal was changed after you opened this form, so your change was not saved. Nothing is lost: compare the two versions below, then send the form again to save yours on top of theirs."
msgstr "Loggboken ändrades efter att du öppnade det här formuläret, så din ändring sparades inte. Inget har gått förlorat: jämför de två versionerna nedan och skicka sedan formuläret igen för att spara din ändring ovanpå den andras."

#: Sources/TavleServe/Pages.swift:535
msgid "What the other change did"
msgstr "Vad den andra ändringen gjorde"

#: Sources/TavleServe/Pages.swift:538
msgid "What your change does to the journal as it is now"
msgstr "Vad din ändring gör med loggboken som den är nu"

#: Sources/TavleServe/Pages.swift:393
msgid "(your change cannot be placed in the journal as it is now)"
msgstr "(din ändring kan inte föras in i loggboken som den ser ut nu)"

#: Sources/TavleServe/Pages.swift:397
msgid "Your change"
msgstr "Din ändring"

#: Sources/TavleServe/Pages.swift:869
msgid "The form keeps what you changed; every field you left as it was shows what the journal holds now. Check it, then send it again."
msgstr "Formuläret behåller det du ändrade; varje fält du lät vara visar det som loggboken har nu. Kontrollera det och skicka det igen."

#: Sources/TavleServe/Pages.swift:554
msgid "No difference."
msgstr "Ingen skillnad."

#: Sources/TavleServe/Pages.swift:407
msgid "The network's teams"
msgstr "Nätverkets team"

#: Sources/TavleServe/Pages.swift:434
msgid "History and trace of every team"
msgstr "Historik och spårning för alla team"

#: Sources/TavleServe/Pages.swift:411
msgid "Changes since the reports of gathering {1} ({2} UTC)."
msgstr "Ändringar sedan rapporterna från lärandeseminarium {1} ({2} UTC)."

#: Sources/TavleServe/Pages.swift:418
msgid "Journal changed on the web since then"
msgstr "Loggbok ändrad på webben sedan dess"

#: Sources/TavleServe/Pages.swift:419
msgid "Last change"
msgstr "Senaste ändring"

#: Sources/TavleServe/Pages.swift:436
msgid "Answers for gathering {1}"
msgstr "Svar till lärandeseminarium {1}"

#: Sources/TavleServe/Pages.swift:427
msgid "no"
msgstr "nej"

#: Sources/TavleServe/Pages.swift:427
msgid "yes ({1})"
msgstr "ja ({1})"

#: Sources/TavleServe/Pages.swift:440
msgid "History of the network"
msgstr "Nätverkets historik"

#: Sources/TavleServe/Pages.swift:442
msgid "Every change to goals, PDSA cycles, decisions, answers and measurements, one row each:"
msgstr "Varje ändring av mål, PDSA-cykler, beslut, svar och mätningar, en rad för varje:"

#: Sources/TavleServe/Site.swift:472
msgid "Nothing was filled in."
msgstr "Inget fylldes i."

#: Sources/TavleServe/Site.swift:479
msgid "The change was not saved"
msgstr "Ändringen sparades inte"

#: Sources/TavleServe/Preparation.swift:72
msgid "A temporary file could not be written."
msgstr "En tillfällig fil kunde inte skrivas."

#: Sources/TavleServe/Server.swift:48
msgid "'{1}' is not an address tavle can listen on"
msgstr "”{1}” är inte en adress som tavle kan lyssna på"

#: Sources/TavleServe/Server.swift:49
msgid "give --host an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"
msgstr "ge --host en IP-adress, till exempel 127.0.0.1 (bara den här datorn) eller 0.0.0.0 (alla nätverk)"

#: Sources/TavleServe/Server.swift:79
msgid "the server could not listen on {1}:{2}: {3}"
msgstr "servern kunde inte lyssna på {1}:{2}: {3}"

#: Sources/TavleServe/Server.swift:80
msgid "another program may use the port; choose another with --port"
msgstr "ett annat program kanske använder porten; välj en annan med --port"

#: Sources/TavleServe/Server.swift:139
msgid "Not a page address"
msgstr "Inte en sidadress"

#: Sources/TavleServe/Server.swift:140
msgid "The address has parts tavle does not accept (such as '..' or an encoded slash)."
msgstr "Adressen har delar som tavle inte godtar (till exempel ”..” eller ett kodat snedstreck)."

#: Sources/TavleServe/Site.swift:108
msgid "the teams '{1}' and '{2}' share the report folder '{3}'"
msgstr "teamen ”{1}” och ”{2}” delar rapportmappen ”{3}”"

#: Sources/TavleServe/Site.swift:113
msgid "Sign in first"
msgstr "Logga in först"

#: Sources/TavleServe/Site.swift:114
msgid "This page is for signed-in users. Open the sign-in link your facilitator gave you."
msgstr "Den här sidan är för inloggade användare. Öppna inloggningslänken du fick av processledaren."

#: Sources/TavleServe/Site.swift:125
msgid "Not allowed"
msgstr "Inte tillåtet"

#: Sources/TavleServe/Site.swift:125
msgid "This address only reads."
msgstr "Den här adressen kan bara läsas."

#: Sources/TavleServe/Site.swift:157
msgid "Not found"
msgstr "Hittades inte"

#: Sources/TavleServe/Site.swift:157
msgid "There is no page at this address."
msgstr "Det finns ingen sida på den här adressen."

#: Sources/TavleServe/Site.swift:283
msgid "No gathering to answer for"
msgstr "Inget lärandeseminarium att svara till"

#: Sources/TavleServe/Site.swift:284
msgid "The workspace has no notebook for a gathering yet."
msgstr "Arbetsytan har ingen anteckningsbok för ett lärandeseminarium ännu."

#: Sources/TavleServe/Site.swift:255
msgid "This page could not be made"
msgstr "Den här sidan kunde inte skapas"

#: Sources/TavleServe/Site.swift:266
msgid "Too many attempts"
msgstr "För många försök"

#: Sources/TavleServe/Site.swift:267
msgid "Too many sign-in links that did not work came from here. Try again in {1} minutes."
msgstr "För många inloggningslänkar som inte fungerade har använts härifrån. Försök igen om {1} minuter."

#: Sources/TavleServe/Site.swift:279
msgid "This sign-in link does not work"
msgstr "Den här inloggningslänken fungerar inte"

#: Sources/TavleServe/Site.swift:280
msgid "The link may have been revoked, or copied only in part. Ask your facilitator for a new link."
msgstr "Länken kan ha återkallats, eller bara kopierats delvis. Be processledaren om en ny länk."

#: Sources/TavleServe/Site.swift:288
msgid "This team is not in the network"
msgstr "Det här teamet finns inte i nätverket"

#: Sources/TavleServe/Site.swift:289
msgid "The team '{1}' of this link is not among the network's teams any more. Ask your facilitator."
msgstr "Teamet ”{1}” som den här länken gäller finns inte längre bland nätverkets team. Fråga processledaren."

#: Sources/TavleServe/Site.swift:508
msgid "Sign in from your link"
msgstr "Logga in från er länk"

#: Sources/TavleServe/Site.swift:509
msgid "This sign-in did not come from the page of your sign-in link, or that page was open too long. Open the link your facilitator gave you again, and press the button on its page."
msgstr "Den här inloggningen kom inte från sidan för er inloggningslänk, eller så var sidan öppen för länge. Öppna länken ni fick av processledaren igen och tryck på knappen på sidan."

#: Sources/TavleServe/Site.swift:314
msgid "The form could not be read"
msgstr "Formuläret kunde inte läsas"

#: Sources/TavleServe/Site.swift:315
msgid "The browser sent the form without its length."
msgstr "Webbläsaren skickade formuläret utan dess längd."

#: Sources/TavleServe/Site.swift:321
msgid "The form is too large"
msgstr "Formuläret är för stort"

#: Sources/TavleServe/Site.swift:322
msgid "A form may hold at most 64 KB of text. Shorten the longest field and send it again."
msgstr "Ett formulär får innehålla högst 64 KB text. Korta ned det längsta fältet och skicka formuläret igen."

#: Sources/TavleServe/Site.swift:330
msgid "The form was not sent as a web form."
msgstr "Formuläret skickades inte som ett webbformulär."

#: Sources/TavleServe/Site.swift:349
msgid "The form's data is malformed. Open the page again and send the form from there."
msgstr "Formulärets data är felaktiga. Öppna sidan igen och skicka formuläret därifrån."

#: Sources/TavleServe/Site.swift:357
msgid "The form has expired"
msgstr "Formuläret har gått ut"

#: Sources/TavleServe/Site.swift:358
msgid "The form did not carry this session's token (it may be from an earlier sign-in). Open the page again and send the form from there."
msgstr "Formuläret saknade den här sessionens kontrollkod (det kan vara från en tidigare inloggning). Öppna sidan igen och skicka formuläret därifrån."

#: Sources/TavleServe/Site.swift:437
msgid "Handouts are being made"
msgstr "Utdelningsmaterial skapas nu"

#: Sources/TavleServe/Site.swift:438
msgid "Other handouts are being made; wait until they are done."
msgstr "Annat utdelningsmaterial skapas nu; vänta tills det är klart."

#: Sources/TavleServe/Site.swift:376
msgid "Read only"
msgstr "Endast läsbehörighet"

#: Sources/TavleServe/Site.swift:377
msgid "A researcher's link reads the network's history; it does not change journals."
msgstr "En forskares länk ger tillgång till att läsa nätverkets historik; den kan inte ändra loggböcker."

#: Sources/TavleServe/Site.swift:670
msgid "the goal '{1}' is set aside without a reason"
msgstr "målet ”{1}” läggs åt sidan utan motivering"

#: Sources/TavleServe/Site.swift:671
msgid "say why the team no longer works toward it: the history keeps it"
msgstr "skriv varför teamet inte längre arbetar mot det: historiken sparar det"

#: Sources/TavleServe/Site.swift:802
msgid "What this form changes was taken out of the journal, or renamed, after you opened it, so nothing was saved. This is what you typed:"
msgstr "Det som det här formuläret ändrar togs bort ur loggboken eller bytte namn efter att du öppnade det, så ingenting sparades. Det här är vad du skrev:"

#: Sources/TavleServe/Site.swift:676
msgid "Nothing was removed"
msgstr "Inget togs bort"

#: Sources/TavleServe/Site.swift:677
msgid "Tick the box that says you mean it, then press the button again."
msgstr "Kryssa i rutan som säger att du menar det och tryck på knappen igen."

#: Sources/TavleServe/Site.swift:589
msgid "the id '{1}' has spaces or other signs; use letters, digits and dashes"
msgstr "id:t ”{1}” har mellanslag eller andra tecken; använd bokstäver, siffror och bindestreck"

#: Sources/TavleServe/Site.swift:453
msgid "The form has fields this page does not have ({1}). Open the page again and send the form from there."
msgstr "Formuläret har fält som den här sidan inte har ({1}). Öppna sidan igen och skicka formuläret därifrån."

#: Sources/TavleServe/Site.swift:497
msgid "The journal was changed by someone else after you opened this form. Compare the two versions; send the form again to save your change on top of theirs."
msgstr "Någon annan ändrade loggboken efter att du öppnade det här formuläret. Jämför de två versionerna; skicka formuläret igen för att spara din ändring ovanpå deras."

msgid "is empty"
msgstr "är tom"

msgid "is longer than {1} characters"
msgstr "är längre än {1} tecken"

msgid "starts with '.'"
msgstr "börjar med ”.”"

msgid "is the name of tavle's own folder in the report repository"
msgstr "är namnet på tavles egen mapp i rapportarkivet"

msgid "a control character"
msgstr "ett kontrolltecken"

msgid "holds {1}"
msgstr "innehåller {1}"

msgid "the teams query must return the columns 'id' and 'name'; it returns {1}"
msgstr "teamfrågan måste ge kolumnerna ”id” och ”name”; den ger {1}"

msgid "rename the columns in the query, for example 'SELECT team_id AS id, team_name AS name FROM …'"
msgstr "byt namn på kolumnerna i frågan, till exempel ”SELECT team_id AS id, team_name AS name FROM …”"

msgid "row {1} of the teams query has the team id '{2}', which {3}"
msgstr "rad {1} i teamfrågan har team-id:t ”{2}”, som {3}"

msgid "a team id names the team's folder and journal: letters, digits, '-', '_' and '.', at most {1} characters, not starting with '.'"
msgstr "ett team-id ger namn åt teamets mapp och loggbok: bokstäver, siffror, ”-”, ”_” och ”.”, högst {1} tecken, och inte ”.” först"

msgid "the teams query returns the team id '{1}' twice (rows {2} and {3})"
msgstr "teamfrågan ger team-id:t ”{1}” två gånger (rad {2} och {3})"

msgid "the team ids '{1}' and '{2}' (rows {3} and {4}) differ only in upper and lower case, and would share a folder"
msgstr "team-id:na ”{1}” och ”{2}” (rad {3} och {4}) skiljer sig bara åt i stora och små bokstäver och skulle dela mapp"

msgid "each team needs its own id"
msgstr "varje team behöver ett eget id"

msgid "another tavle run has held '{1}' for over {2} s"
msgstr "en annan körning av tavle har hållit ”{1}” i över {2} s"

msgid "wait for it to finish and run again"
msgstr "vänta tills den är klar och kör igen"

msgid "the output folder '{1}' could not be created: {2}"
msgstr "rapportmappen ”{1}” kunde inte skapas: {2}"

msgid "no {1} was found in '{2}' or any folder above it"
msgstr "ingen {1} hittades i ”{2}” eller i någon mapp ovanför"

msgid "run the command in your workspace (the folder with tavle.yaml beside the notebooks, or one below it), or make one with 'tavle init my-network'"
msgstr "kör kommandot i din arbetsyta (mappen med tavle.yaml bredvid anteckningsböckerna, eller en mapp under den), eller skapa en med ”tavle init mitt-nätverk”"

msgid "'{1}' does not exist"
msgstr "”{1}” finns inte"

msgid "check the path and the spelling"
msgstr "kontrollera sökvägen och stavningen"

msgid "check that you may read it"
msgstr "kontrollera att du har behörighet att läsa den"

msgid "the file is not UTF-8 text"
msgstr "filen är inte UTF-8-text"

msgid "save it as UTF-8 in your editor"
msgstr "spara den som UTF-8 i din textredigerare"

msgid "'{1}' is a tavle workspace already (it has a tavle.yaml); nothing was written"
msgstr "”{1}” är redan en arbetsyta för tavle (den har en tavle.yaml); ingenting skrevs"

msgid "to start another network, name a new folder: tavle init another-network"
msgstr "för att starta ett nytt nätverk, ange en ny mapp: tavle init ett-annat-nätverk"

msgid "'{1}' is not empty ({2}); tavle init makes a new workspace in a new or empty folder"
msgstr "”{1}” är inte tom ({2}); tavle init skapar en ny arbetsyta i en ny eller tom mapp"

msgid "name a new folder (tavle init my-network), or give --force to add the files beside what is there (none is overwritten)"
msgstr "ange en ny mapp (tavle init mitt-nätverk), eller använd --force för att lägga filerna bredvid det som redan finns där (ingenting skrivs över)"

msgid "'{1}/{2}' exists already; nothing was written"
msgstr "”{1}/{2}” finns redan; ingenting skrevs"

msgid "tavle init never overwrites a file: move it away, or choose another folder"
msgstr "tavle init skriver aldrig över en fil: flytta undan den, eller välj en annan mapp"

msgid "'{1}/{2}' could not be written: {3}"
msgstr "”{1}/{2}” kunde inte skrivas: {3}"

msgctxt "month"
msgid "January"
msgstr "januari"

msgctxt "month"
msgid "February"
msgstr "februari"

msgctxt "month"
msgid "March"
msgstr "mars"

msgctxt "month"
msgid "April"
msgstr "april"

msgctxt "month"
msgid "May"
msgstr "maj"

msgctxt "month"
msgid "June"
msgstr "juni"

msgctxt "month"
msgid "July"
msgstr "juli"

msgctxt "month"
msgid "August"
msgstr "augusti"

msgctxt "month"
msgid "September"
msgstr "september"

msgctxt "month"
msgid "October"
msgstr "oktober"

msgctxt "month"
msgid "November"
msgstr "november"

msgctxt "month"
msgid "December"
msgstr "december"

msgctxt "month, short"
msgid "Jan"
msgstr "jan."

msgctxt "month, short"
msgid "Feb"
msgstr "feb."

msgctxt "month, short"
msgid "Mar"
msgstr "mars"

msgctxt "month, short"
msgid "Apr"
msgstr "apr."

msgctxt "month, short"
msgid "May"
msgstr "maj"

msgctxt "month, short"
msgid "Jun"
msgstr "juni"

msgctxt "month, short"
msgid "Jul"
msgstr "juli"

msgctxt "month, short"
msgid "Aug"
msgstr "aug."

msgctxt "month, short"
msgid "Sep"
msgstr "sep."

msgctxt "month, short"
msgid "Oct"
msgstr "okt."

msgctxt "month, short"
msgid "Nov"
msgstr "nov."

msgctxt "month, short"
msgid "Dec"
msgstr "dec."

"""#,
    ]
}
