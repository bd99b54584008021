nav-training = Training
training-title = Training Cultuursensitief werken
training-lead = Werk je in Liendert als professional of vrijwilliger? Volg de training en leer beter aansluiten bij de mensen in de wijk.
training-breadcrumb = Je bent hier
training-courses = Trainingen
training-coming-sessions = Komende trainingsdata
training-no-sessions = Er zijn nu geen trainingsdata gepland.
training-sessions = Trainingsdata
training-col-date = Datum
training-col-course = Training
training-col-venue = Plaats
training-col-places = Plaatsen
training-col-status = Status
training-col-actions = Wat kun je doen
training-col-trainer = Trainer
training-col-enrolled = Ingeschreven
training-col-name = Naam
training-col-organisation = Organisatie
training-col-attended = Aanwezig
training-col-certificate = Certificaat
training-col-role = Rol
training-col-working = Werkt in Liendert
training-col-certified = Met geldig certificaat
training-col-percent = Percentage
training-col-goal = Doel
training-col-quarter = Kwartaal
training-col-group = Groep
training-col-form = Vragenlijst
training-col-statement = Stelling
training-col-average = Gemiddelde (1–5)
training-col-respondents = Aantal invullers
training-online = Online
training-no-limit = Geen maximum
training-places-left = { $count ->
    [one] Nog 1 plaats
   *[other] Nog { $count } plaatsen
}
training-waiting-count = { $count ->
    [one] 1 persoon op de wachtlijst
   *[other] { $count } personen op de wachtlijst
}
training-hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
training-months = { $count ->
    [one] 1 maand
   *[other] { $count } maanden
}
training-meetings = { $count ->
    [one] 1 bijeenkomst
   *[other] { $count } bijeenkomsten
}
training-target = Voor wie
training-target-professional = Professionals
training-target-volunteer = Vrijwilligers
training-target-both = Professionals en vrijwilligers
training-duration = Duur
training-validity = Geldig
training-validity-none = Blijft geldig
training-completion = Afronden
training-completion-rule = Je rondt de training af als je bij minstens { $count }% van de bijeenkomsten bent geweest.
training-prerequisite = Eerst nodig
training-trainer-is = Trainer: { $name }
training-enrol = Inschrijven
training-enrol-waiting = Op de wachtlijst
training-enrol-for = Voor wie schrijf je in?
training-enrol-myself = Voor mezelf
training-login-to-enrol = Log in om je in te schrijven
training-see-courses = Bekijk de trainingen.
training-mine-title = Mijn trainingen
training-my-enrolments = Mijn inschrijvingen
training-my-certificates = Mijn certificaten
training-no-enrolments = Je bent nog niet ingeschreven.
training-no-certificates = Je hebt nog geen certificaat.
training-status-confirmed = Ingeschreven
training-status-waiting = Op de wachtlijst
training-status-cancelled = Afgemeld
training-cancel = Afmelden voor { $course }
training-cancel-for = { $name } afmelden
training-number = Nummer
training-number-is = Nummer { $number }
training-issued = Uitgegeven op
training-issued-on = Uitgegeven op { $date }
training-valid-until = Geldig tot { $date }
training-certificate-title = Certificaat
training-certificate-states = Hierbij verklaren wij dat
training-certificate-completed = de volgende training met goed gevolg heeft afgerond:
training-certificate-check = Controleer dit certificaat op
training-back = Terug naar mijn trainingen
training-verify-title = Certificaat controleren
training-verify-text = Heeft iemand een certificaat laten zien? Vul het nummer in. Je ziet dan of het certificaat geldig is.
training-verify-number = Nummer van het certificaat (bijvoorbeeld KL-2026-ABCD-EFGH)
training-verify-submit = Controleren
training-verify-valid = Dit certificaat is geldig.
training-verify-not-valid = Dit certificaat is niet meer geldig.
training-verify-unknown = Dit nummer kennen wij niet. Kijk of je het goed hebt overgenomen.
training-verify-initials = Voorletters
training-verify-privacy = Om de privacy te beschermen tonen we alleen de voorletters.
training-verify-again = Een ander nummer controleren
training-form-satisfaction = Wat vond je van de training?
training-form-before = Vragenlijst vooraf
training-form-after = Vragenlijst achteraf
training-form-followup = Vragenlijst na drie maanden
training-effect-anonymous = Kies bij elke stelling een cijfer van 1 (helemaal niet mee eens) tot 5 (helemaal mee eens). Je antwoorden worden zonder je naam bewaard.
training-score = { $count ->
    [1] 1 – helemaal niet mee eens
    [5] 5 – helemaal mee eens
   *[other] { $count }
}
training-effect-submit = Versturen
training-effect-thanks = Bedankt voor het invullen.
training-q-useful = De training was nuttig voor mijn werk.
training-q-trainer = De trainer legde goed uit.
training-q-recommend = Ik raad de training aan aan collega's.
training-q-own-norms = Ik weet welke eigen normen mijn werk kleuren.
training-q-frame = Ik begrijp hoe iemand met een andere achtergrond naar een situatie kan kijken.
training-q-interpreter = Ik weet wanneer ik een tolk inzet.
training-q-ask = Ik durf door te vragen als ik iemands gewoonten niet begrijp.
training-q-applied = Ik gebruik wat ik leerde in mijn werk.
training-q-changed = Mijn gesprekken met bewoners zijn veranderd door de training.
training-q-colleagues = Ik heb wat ik leerde gedeeld met collega's.
training-q-unknown = Andere vraag
training-manage-title = Training beheren
training-manage-card-text = Trainingen, trainingsdata, aanwezigheid, certificaten en de dekking per organisatie.
training-course-new = Nieuwe training
training-session-new = Nieuwe trainingsdatum
training-session-new-for = Nieuwe datum voor { $course }
training-save = Opslaan
training-choose = Kies…
training-none = Geen
training-show = Tonen
training-f-title = Naam van de training
training-f-key = Vaste sleutel
training-f-key-hint = Kleine letters, cijfers en streepjes. Leeg laten: we maken hem uit de naam. Andere onderdelen gebruiken deze sleutel.
training-f-description = Beschrijving
training-f-hours = Duur in uren
training-f-validity = Geldigheid van het certificaat in maanden
training-f-validity-hint = Leeg laten als het certificaat geldig blijft.
training-f-completion = Afronden bij aanwezigheid (%)
training-f-completion-hint = Bijvoorbeeld 100 (alle bijeenkomsten) of 80.
training-f-trainer-account = Trainer met een account
training-f-trainer-name = Naam van de trainer
training-f-trainer-name-hint = Verplicht als de trainer geen account heeft.
training-f-venue = Plaats
training-f-capacity = Aantal plaatsen
training-f-capacity-hint = Leeg laten als er geen maximum is.
training-f-meeting = Bijeenkomst { $count }
training-f-date = Datum
training-f-start = Begintijd
training-f-end = Eindtijd
training-f-goal-percent = Doel (%)
training-f-goal-date = Vóór datum
training-f-contact-email = E-mailadres van de contactpersoon
training-participants = Deelnemers
training-no-participants = Nog niemand ingeschreven.
training-completed = afgerond
training-issue = Certificaat uitgeven aan { $name }
training-attendance = Aanwezigheid per bijeenkomst
training-attendance-save = Aanwezigheid opslaan
training-coverage-title = Dekking per organisatie
training-coverage-lead = Hoeveel mensen die in Liendert werken hebben een geldig certificaat?
training-coverage-caption = Dekking van { $course } per organisatie en rol
training-coverage-empty = Er zijn nog geen organisaties met professionals of vrijwilligers.
training-csv = Download als CSV
training-role-professional = Professionals
training-role-volunteer = Vrijwilligers
training-goal-by = vóór { $date }
training-chart-progress-title = Percentage met geldig certificaat voor { $course }, per organisatie en rol
training-chart-progress-desc = Elke balk is het percentage met een geldig certificaat. De zwarte streep is het doel van de organisatie. De tabel hierboven heeft dezelfde cijfers.
training-chart-trend-title = Verloop per kwartaal voor { $course }
training-chart-trend-desc = Elke balk laat zien hoeveel procent van de mensen van nu een geldig certificaat had. Dat is aan het eind van het kwartaal. De tabel hieronder heeft dezelfde cijfers.
training-trend = Verloop per kwartaal
training-trend-note = Berekend uit de datums van de certificaten, voor de mensen die nu in Liendert werken.
training-goal-title = Doel voor een organisatie
training-contacts-title = Contactpersonen
training-contacts-text = De contactpersoon van een organisatie schrijft collega's in en krijgt een bericht als hun certificaat bijna verloopt.
training-effect-title = Effect van de training
training-effect-lead = { $count ->
    [one] Gemiddelden per groep. We tonen een uitkomst alleen als minstens 1 persoon de vragenlijst invulde.
   *[other] Gemiddelden per groep. We tonen een uitkomst alleen als minstens { $count } mensen de vragenlijst invulden.
}
training-effect-by-course = Per training
training-effect-by-session = Per trainingsdatum
training-effect-none = Nog geen antwoorden.
training-effect-hidden = Verborgen
training-effect-fewer = minder dan { $count }
training-error-title = Vul een naam in (niet langer dan 150 tekens).
training-error-key = Gebruik alleen kleine letters, cijfers en streepjes.
training-error-key-taken = Deze sleutel bestaat al. Kies een andere.
training-error-number = Vul een heel getal in.
training-error-target = Kies voor wie de training is.
training-error-validity = Vul een aantal maanden in van 1 tot 120, of laat het leeg.
training-error-prerequisite = Kies een training uit de lijst.
training-error-percent = Vul een percentage in van 1 tot 100.
training-error-course = Kies een training.
training-error-trainer = Kies een trainer uit de lijst.
training-error-trainer-name = Vul de naam van de trainer in, of kies een trainer met een account.
training-error-venue = Vul een plaats in, of kies online.
training-error-capacity = Vul een aantal plaatsen in van 1 tot 1000, of laat het leeg.
training-error-meeting = Vul een datum en tijden in, zoals 15-12-2026 en 09:30.
training-error-ends-before-start = De eindtijd moet na de begintijd liggen.
training-error-meeting-order = Een bijeenkomst moet na de vorige beginnen.
training-error-no-meeting = Vul minstens één bijeenkomst in.
training-error-enrolled-twice = Je bent al ingeschreven voor deze training.
training-error-closed = Inschrijven kan niet meer: de training is begonnen of gaat niet door.
training-error-not-your-staff = Je kunt alleen mensen van je eigen organisatie inschrijven.
training-error-prerequisite-missing = Voor deze training heb je eerst een geldig certificaat van de eerdere training nodig.
training-error-not-found = Deze inschrijving bestaat niet.
training-error-not-confirmed = Deze persoon heeft geen plaats in de training.
training-error-not-completed = Geen certificaat: deze persoon heeft de training niet afgerond (te weinig aanwezig).
training-error-already-issued = Deze persoon heeft voor deze training al een certificaat.
training-error-score = Kies een cijfer van 1 tot 5.
training-error-organisation = Kies een organisatie.
training-error-date = Vul een datum in.
training-error-contact = Deze persoon is niet bekend bij deze organisatie.
mail-training-expiry-subject = Je certificaat { $course } verloopt binnenkort
mail-training-expiry-body = Beste { $name },

    Je certificaat voor { $course } is geldig tot { $until }.

    Schrijf je op tijd in voor een nieuwe training, dan blijft je certificaat geldig.
mail-training-expiry-action = Bekijk de trainingsdata
mail-training-expiry-contact-subject = Certificaat van { $name } verloopt binnenkort
mail-training-expiry-contact-body = Het certificaat { $course } van { $name } is geldig tot { $until }.

    Als contactpersoon kun je { $name } inschrijven voor een nieuwe training.
mail-training-expiry-contact-action = Bekijk de trainingsdata
mail-training-followup-subject = Hoe gaat het na de training { $course }?
mail-training-followup-body = Beste { $name },

    Drie maanden geleden volgde je de training { $course }. Wil je drie korte vragen beantwoorden? Je antwoorden worden zonder je naam bewaard.
mail-training-followup-action = Vragenlijst invullen
mail-training-promoted-subject = Er is een plaats vrij: { $course }
mail-training-promoted-body = Beste { $name },

    Er is een plaats vrijgekomen. Je bent nu ingeschreven voor { $course }.
mail-training-promoted-action = Bekijk je inschrijving
training-sessions-count = { $count ->
    [one] 1 trainingsdatum
   *[other] { $count } trainingsdata
}
training-enrolments-count = { $count ->
    [one] 1 inschrijving
   *[other] { $count } inschrijvingen
}
training-participants-count = { $count ->
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}
training-results-count = { $count ->
    [one] 1 uitkomst
   *[other] { $count } uitkomsten
}
training-trend-caption = Mensen met een geldig certificaat aan het eind van elk kwartaal
training-course-edit = { $course } bewerken
training-course-edit-title = Training bewerken: { $course }
training-course-archive = { $course } archiveren
training-course-unarchive = { $course } weer aanbieden
training-archived = Gearchiveerd
training-f-key-fixed = De sleutel verandert nooit. Certificaten en links gebruiken hem.
training-session-edit = Trainingsdatum bewerken
training-session-edit-title = Trainingsdatum bewerken: { $course }
training-session-cancel = Trainingsdatum annuleren
training-session-cancelled = Deze trainingsdatum is geannuleerd.
training-error-capacity-below-confirmed = Er hebben al meer mensen een plaats. Kies minstens zoveel plaatsen als er mensen ingeschreven zijn, of laat het leeg.
mail-training-session-cancelled-subject = Geannuleerd: { $course } op { $date }
mail-training-session-cancelled-body = Beste { $name },

    De training { $course } op { $date } gaat niet door. Je inschrijving is daarom vervallen. Wil je je inschrijven voor een andere datum? Kijk dan bij de trainingen.
mail-training-session-cancelled-action = Bekijk de trainingen
# Rights of the people in the data
training-rights-open-sessions = { $count ->
    [one] Je geeft nog 1 training als trainer.
   *[other] Je geeft nog { $count } trainingen als trainer.
}
# The monitor's indicators from this module
training-indicator-coverage = Getraind in cultuursensitief werken
training-indicator-coverage-about = Deel van de professionals en vrijwilligers van de partners met een geldig certificaat. Alleen voor de hele gemeente.
