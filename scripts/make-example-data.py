#!/usr/bin/env python3
"""Writes the example workspace's data (Notebooks/data/*.csv): deterministic, believable numbers.

Eleven improvement teams from four municipalities (as in the Møre og Romsdal learning network,
pulje 1, 2021) measure six indicators monthly from 2020-01 to 2022-12; each team works on one
topic and its indicators shift after its changes (tested from mid-2021). A GP supervision group
of six practices brings quarterly sick-leave figures from the statistics tool for sick-note
writers. Run it again only to change the example; the CSV files are the source of truth.
"""
import csv, math, os, random

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "Notebooks", "data")
rnd = random.Random(2021)

teams = [
    # id, name, municipality, topic, network, kind of unit
    ("alesund-hjemmetjenesten-nord", "Hjemmetjenesten nord", "Ålesund", "fall", "home"),
    ("alesund-sjukeheim-a", "Sjukeheimen, avdeling A", "Ålesund", "ernaering", "ward"),
    ("alesund-korttid", "Korttidsavdelinga", "Ålesund", "hvifd", "ward"),
    ("molde-hjemmetjenesten", "Hjemmetjenesten sentrum", "Molde", "hvifd", "home"),
    ("molde-sykehjem-2", "Sykehjemmet, 2. etasje", "Molde", "fall", "ward"),
    ("molde-demens", "Demensavdelingen", "Molde", "ernaering", "ward"),
    ("kristiansund-hjemmebaserte", "Hjemmebaserte tjenester", "Kristiansund", "hvifd", "home"),
    ("kristiansund-langtid", "Langtidsavdelingen", "Kristiansund", "fall", "ward"),
    ("kristiansund-rehabilitering", "Rehabiliteringsavdelingen", "Kristiansund", "hvifd", "ward"),
    ("hustadvika-sjukeheim", "Sjukeheimen", "Hustadvika", "fall", "ward"),
    ("hustadvika-heimetenesta", "Heimetenesta", "Hustadvika", "ernaering", "home"),
]
practices = [
    ("legekontor-sentrum", "Sentrum legekontor", "Molde"),
    ("legekontor-fjord", "Fjordlegene", "Ålesund"),
    ("legekontor-nordlandet", "Nordlandet legesenter", "Kristiansund"),
    ("legekontor-elnesvagen", "Elnesvågen legekontor", "Hustadvika"),
    ("legekontor-moa", "Moa legesenter", "Ålesund"),
    ("legekontor-bolsoya", "Bolsøya legepraksis", "Molde"),
]
indicators = [
    # id, name (nb), name (en), kind, unit, per, definition, caveat
    ("fall", "Fall per 1000 døgn", "Falls per 1000 days of care", "result", "per 1000 døgn", 1000,
     "Registrerte fall blant brukere/beboere delt på antall liggedøgn (institusjon) eller brukerdøgn (hjemmetjeneste), ganger 1000.",
     "Avhenger av at fall blir meldt; flere meldte fall kan bety bedre meldekultur, ikke flere fall."),
    ("ernaering", "Andel med ernæringsscreening", "Share screened for malnutrition", "process", "andel", 1,
     "Brukere/beboere med ernæringsscreening (MNA-SF eller NRS 2002) siste tre måneder, delt på alle brukere/beboere.",
     "Sier at screeningen er gjort, ikke at oppfølgingen er god."),
    ("vekttap", "Andel med uønsket vekttap", "Share with unintended weight loss", "result", "andel", 1,
     "Brukere/beboere med mer enn 5 % vekttap siste tre måneder, delt på alle som er veid.",
     "Små tall: én person utgjør mange prosentpoeng på en liten avdeling."),
    ("hvifd", "Andel med «Hva er viktig for deg»-samtale", "Share with a “What matters to you” conversation", "process", "andel", 1,
     "Nye brukere/beboere som har hatt en strukturert samtale om hva som er viktig for dem innen fire uker, delt på alle nye.",
     "Teller samtaler, ikke om det som kom fram ble brukt i tjenesten."),
    ("sykefravaer", "Sykefravær blant ansatte", "Staff sick leave", "balancing", "andel", 1,
     "Sykefraværsdager delt på avtalte dagsverk i avdelingen.",
     "Påvirkes av sesong (influensa) og av få langtidsfravær."),
    ("overtid", "Overtidstimer per årsverk", "Overtime hours per full-time equivalent", "balancing", "timer per årsverk", 1,
     "Overtidstimer i måneden delt på antall årsverk.",
     "Kan øke i perioder med opplæring i ny praksis."),
    ("sm-varighet", "Gjennomsnittlig varighet på sykefraværstilfeller", "Average duration of sick-leave cases", "result", "dager", 1,
     "Sum sykmeldte dager delt på antall sykefraværstilfeller i kvartalet (Statistikkverktøy for sykmeldere).",
     "Avhenger av listens alder og yrker; lang varighet er ikke i seg selv dårlig praksis."),
    ("sm-gradert", "Andel graderte sykmeldinger", "Share of graded sick notes", "process", "andel", 1,
     "Graderte sykefraværstilfeller delt på alle sykefraværstilfeller i kvartalet.",
     "Gradering passer ikke for alle diagnoser og arbeidsplasser."),
    ("sm-tilbakemelding", "Andel sykmeldinger med tilbakemelding til arbeidsgiver", "Share of sick notes with feedback to the employer", "process", "andel", 1,
     "Sykmeldinger der feltet «Melding til arbeidsgiver» er brukt, delt på alle sykmeldinger i kvartalet.",
     "Feltet kan være brukt uten at meldingen var nyttig."),
    # Fee codes from Helfo's settlement report: the share of the practice's consultations
    # billed with the code in the quarter ("prosentvis bruk").
    ("takst-1j", "Takst 1j (kommunikasjon med spesialisthelsetjenesten)", "Fee code 1j (communication with specialist care)", "process", "andel", 1,
     "Konsultasjoner med takst 1j delt på alle konsultasjoner i kvartalet (oppgjørsrapport fra Helfo).",
     "Takstbruk er et finansieringssystem, ikke et mål på kvalitet."),
    ("takst-2ld", "Takst 2ld (legemiddelgjennomgang)", "Fee code 2ld (medication review)", "process", "andel", 1,
     "Konsultasjoner med takst 2ld delt på alle konsultasjoner i kvartalet (oppgjørsrapport fra Helfo).",
     "Tas ikke ved konsultasjoner over 20 minutter, der tidstaksten lønner seg bedre."),
    ("takst-701a", "Takst 701a", "Fee code 701a", "process", "andel", 1,
     "Konsultasjoner med takst 701a delt på alle konsultasjoner i kvartalet (oppgjørsrapport fra Helfo).",
     "Takstbruk er et finansieringssystem, ikke et mål på kvalitet."),
    ("takst-660", "Takst 660 (årlig undersøkelse ved demens, utviklingshemming og psykose)", "Fee code 660 (annual check for dementia, intellectual disability and psychosis)", "process", "andel", 1,
     "Konsultasjoner med takst 660 delt på alle konsultasjoner i kvartalet (oppgjørsrapport fra Helfo).",
     "Tas svært lite, selv om den kan kombineres med tidstakst; få pasienter på listen gir naturlig lave tall."),
]

months = [f"{2020 + m // 12}-{m % 12 + 1:02d}" for m in range(36)]
quarters = [f"{2020 + q // 4}-{3 * (q % 4) + 1:02d}" for q in range(12)]

def poisson(lam):
    # Knuth for small rates, normal approximation above.
    if lam > 60:
        return max(0, int(round(rnd.gauss(lam, math.sqrt(lam)))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rnd.random()
        if p <= limit:
            return k
        k += 1

def binomial(n, p):
    return sum(1 for _ in range(n) if rnd.random() < p)

def ramp(month_index, start, length):
    """0 before `start`, rising linearly to 1 over `length` months."""
    return min(1.0, max(0.0, (month_index - start) / length))

CHANGE = months.index("2021-06")  # teams start testing changes after gathering 2
rows = []
for team_id, _, _, topic, unit in teams:
    beds = rnd.randint(16, 28) if unit == "ward" else rnd.randint(55, 110)
    staff_days = rnd.randint(420, 820)
    fte = staff_days / 21.0
    fall_base = rnd.uniform(6.5, 10.5) if unit == "ward" else rnd.uniform(1.8, 3.2)
    screen_base = rnd.uniform(0.25, 0.5)
    loss_base = rnd.uniform(0.12, 0.2)
    hvifd_base = rnd.uniform(0.08, 0.3)
    sick_base = rnd.uniform(0.065, 0.1)
    overtime_base = rnd.uniform(2.0, 5.0)
    start = CHANGE + rnd.randint(0, 3)
    # One team does not report falls over the 2021 summer holiday: a gap, as in real data.
    skip = {("molde-sykehjem-2", "fall", "2021-07")}
    for i, period in enumerate(months):
        days = beds * 30
        effect = ramp(i, start, 4)
        # falls: fall-prevention teams reduce the rate by about a third
        rate = fall_base * (1 - 0.35 * effect if topic == "fall" else 1)
        falls = poisson(rate * days / 1000)
        residents = beds if unit == "ward" else beds // 2
        screen_p = screen_base + (0.88 - screen_base) * effect if topic == "ernaering" else screen_base + rnd.uniform(-0.03, 0.03)
        screened = binomial(residents, min(0.98, max(0.02, screen_p)))
        loss_p = loss_base * (1 - 0.45 * ramp(i, start + 2, 5)) if topic == "ernaering" else loss_base
        weighed = max(1, binomial(residents, 0.85))
        lost = binomial(weighed, loss_p)
        newcomers = rnd.randint(6, 14) if unit == "ward" else rnd.randint(8, 18)
        hvifd_p = hvifd_base + (0.75 - hvifd_base) * effect if topic == "hvifd" else hvifd_base
        talks = binomial(newcomers, min(0.98, hvifd_p))
        winter = 0.02 if period[5:] in ("01", "02", "12") else 0.0
        sick_days = int(round(staff_days * max(0.01, rnd.gauss(sick_base + winter, 0.012))))
        training = 2.5 if 0 < i - start < 4 else 0.0
        overtime = max(0.0, rnd.gauss(overtime_base + training, 0.8)) * fte
        values = {
            "fall": (falls, days, round(falls * 1000 / days, 3)),
            "ernaering": (screened, residents, round(screened / residents, 4)),
            "vekttap": (lost, weighed, round(lost / weighed, 4)),
            "hvifd": (talks, newcomers, round(talks / newcomers, 4)),
            "sykefravaer": (sick_days, staff_days, round(sick_days / staff_days, 4)),
            "overtid": (round(overtime, 1), round(fte, 1), round(overtime / fte, 2)),
        }
        for indicator, (numerator, denominator, value) in values.items():
            if (team_id, indicator, period) in skip:
                continue
            rows.append((team_id, indicator, period, numerator, denominator, value))

GP_CHANGE = quarters.index("2021-07")  # after the supervision group met in 2021
for n, (practice_id, _, _) in enumerate(practices):
    cases_base = rnd.randint(60, 150)
    duration = rnd.uniform(19, 34)
    graded = rnd.uniform(0.14, 0.34)
    feedback = rnd.uniform(0.06, 0.4)
    improves = n in (0, 3)  # two participants chose feedback to the employer as their change
    for i, period in enumerate(quarters):
        cases = max(20, int(rnd.gauss(cases_base, cases_base * 0.08)))
        days = int(round(cases * max(5, rnd.gauss(duration, 2.5))))
        graded_n = binomial(cases, graded)
        p = feedback + (0.62 - feedback) * ramp(i, GP_CHANGE, 2) if improves else feedback
        feedback_n = binomial(cases, min(0.95, p))
        rows.append((practice_id, "sm-varighet", period, days, cases, round(days / cases, 2)))
        rows.append((practice_id, "sm-gradert", period, graded_n, cases, round(graded_n / cases, 4)))
        rows.append((practice_id, "sm-tilbakemelding", period, feedback_n, cases, round(feedback_n / cases, 4)))

# Fee codes: a stream of its own, so the numbers above stay as they were.
fees = random.Random(660)
FEE_CHANGE = quarters.index("2022-01")  # after the fee-code group met at the end of 2021
for n, (practice_id, _, _) in enumerate(practices):
    consultations_base = fees.randint(1400, 2600)
    shares = {"takst-1j": fees.uniform(0.02, 0.06), "takst-2ld": fees.uniform(0.004, 0.02),
              "takst-701a": fees.uniform(0.25, 0.45), "takst-660": fees.uniform(0.0, 0.003)}
    chose_2ld = n in (1, 4)  # two participants chose medication reviews as their change
    for i, period in enumerate(quarters):
        consultations = max(600, int(fees.gauss(consultations_base, consultations_base * 0.06)))
        for code, share in shares.items():
            if code == "takst-2ld" and chose_2ld:
                share += (0.035 - share) * min(1.0, max(0.0, (i - FEE_CHANGE) / 2))
            count = sum(1 for _ in range(consultations) if fees.random() < share)
            rows.append((practice_id, code, period, count, consultations, round(count / consultations, 4)))

def write(name, header, data):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)

write("teams.csv", ["id", "name", "municipality", "topic", "network"],
      [(t[0], t[1], t[2], t[3], "laeringsnettverk") for t in teams] +
      [(p[0], p[1], p[2], "sykmelding", "veiledningsgruppe") for p in practices])
write("indicators.csv", ["id", "name", "name_en", "kind", "unit", "multiplier", "definition", "caveat"], indicators)
write("measurements.csv", ["team_id", "indicator_id", "period", "numerator", "denominator", "value"], rows)
print(len(rows), "measurements")
