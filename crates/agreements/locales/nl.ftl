# Wijkafspraken "Zó willen we samenleven"
agr-nav = Wijkafspraken
agr-breadcrumb = Je bent hier
agr-charter-title = Zó willen we samenleven
agr-charter-lead = Dit zijn de afspraken die we in Liendert samen hebben gemaakt. Bewoners, kinderen, leerkrachten en professionals hebben ze bedacht.
agr-charter-empty = Er zijn nog geen afspraken vastgesteld.
agr-pillar-empty = Bij deze pijler is nog geen afspraak.
agr-adopted-on = Vastgesteld op
agr-what-changed = Wat is er veranderd?
agr-proposals-link = { $count ->
    [one] 1 voorstel staat open
   *[other] { $count } voorstellen staan open
}
agr-poster-a4 = Poster afdrukken (A4)
agr-poster-a3 = Poster afdrukken (A3)
agr-partners-heading = Wie heeft ondertekend?
agr-partners-intro = Deze organisaties steunen de afspraken. Elke organisatie belooft zelf iets concreets.
agr-partners-empty = Nog geen organisatie heeft ondertekend.
agr-signed-version = { $number ->
   *[other] Ondertekend bij versie { $number }
}
agr-commitment-reviewed = Nagekeken op
agr-commitment-not-reviewed = Nog niet nagekeken
agr-versions-title = Alle versies
agr-versions-lead = Bij elke nieuwe afspraak komt er een nieuwe versie. Oude versies blijven hier te zien.
agr-version-title = { $number ->
   *[other] Versie { $number }
}
agr-version-current = dit is de versie die nu geldt
agr-agreement-count = { $count ->
    [one] 1 afspraak
   *[other] { $count } afspraken
}
agr-changes-heading = Veranderingen ten opzichte van de vorige versie
agr-changes-none = Geen veranderingen in de tekst.
agr-change-added = Nieuw
agr-change-removed = Vervallen
agr-change-changed = Veranderd
agr-poster-lead = Afspraken van bewoners, kinderen, scholen en organisaties in Liendert.
agr-poster-qr-label = QR-code naar de afspraken op internet
agr-poster-scan = Scan de code en lees de afspraken in vijf talen. Doe mee met een nieuw voorstel.
agr-poster-signed-by = Ondertekend door:
agr-poster-back = Terug naar de afspraken
agr-poster-print-hint = Druk deze pagina af op A4 of A3.
agr-proposals-title = Voorstellen
agr-proposals-lead = { $count ->
    [one] Iedereen die is ingelogd kan een afspraak voorstellen, reageren en steunen. Bij 1 steunbetuiging beslist de stuurgroep.
   *[other] Iedereen die is ingelogd kan een afspraak voorstellen, reageren en steunen. Bij { $count } steunbetuigingen beslist de stuurgroep.
}
agr-proposals-open = Open voorstellen
agr-proposals-decided = Besliste voorstellen
agr-proposals-none = Er zijn hier geen voorstellen.
agr-supports-count = { $count ->
    [one] 1 steunbetuiging
   *[other] { $count } steunbetuigingen
}
agr-supports-verified = { $count ->
    [one] 1 uit Liendert
   *[other] { $count } uit Liendert
}
agr-comments-count = { $count ->
    [one] 1 reactie
   *[other] { $count } reacties
}
agr-status-discussion = In gesprek
agr-status-for-decision = Klaar voor besluit
agr-status-adopted = Aangenomen
agr-status-merged = Samengevoegd
agr-status-declined = Niet aangenomen
agr-new-title = Een afspraak voorstellen
agr-new-lead = Schrijf kort en in gewone woorden wat we met elkaar afspreken. Bijvoorbeeld: "We groeten elkaar op straat".
agr-field-title = De afspraak in één zin
agr-field-title-hint = Tussen 5 en 140 tekens. Begin met "We …".
agr-field-explanation = Waarom is deze afspraak belangrijk?
agr-field-explanation-hint = Niet verplicht. Schrijf korte zinnen.
agr-advice-words = Woorden
agr-advice-long = Lange zinnen (meer dan 20 woorden)
agr-field-pillar = Pijler
agr-field-area = Buurt
agr-field-area-none = Heel Liendert
agr-field-on-behalf = Namens een groep
agr-field-on-behalf-hint = Niet verplicht. Bijvoorbeeld: Kinderraad Liendert.
agr-new-submit = Voorstel plaatsen
agr-proposed-by = Voorgesteld door { $name }
agr-on-behalf = namens { $name }
agr-decision-heading = Besluit van de stuurgroep
agr-see-charter = Bekijk de afspraken
agr-support-heading = Steun
agr-threshold-info = { $count ->
    [one] Bij 1 steunbetuiging beslist de stuurgroep over dit voorstel.
   *[other] Bij { $count } steunbetuigingen beslist de stuurgroep over dit voorstel.
}
agr-you-support = Je steunt dit voorstel.
agr-support-button = Ik steun dit voorstel
agr-login-to-take-part = Log in om te steunen en te reageren
agr-follow-heading = Volgen
agr-follow-legend = Wil je een e-mail als dit voorstel verandert of een reactie krijgt?
agr-follow-instant = Ja, meteen
agr-follow-daily = Ja, één keer per dag
agr-follow-stop = Nee
agr-follow-save = Opslaan
agr-comment-heading = Reageren
agr-reply-to = Reageren op { $name }
agr-field-comment = Je reactie
agr-comment-submit = Reactie plaatsen
agr-comment-edited = bewerkt
agr-comment-hidden = Verborgen door de moderator: { $reason }
agr-reply = Reageren
agr-edit = Bewerken
agr-flag = Melden bij de moderator
agr-moderate = Modereren
agr-edit-title = Reactie bewerken
agr-edit-lead = Je kunt je reactie 15 minuten na het plaatsen nog veranderen.
agr-edit-submit = Opslaan
agr-back-to-proposal = Terug naar het voorstel
agr-sign-title = Ondertekenen
agr-sign-lead = Je organisatie ondertekent de afspraken en belooft iets concreets. Bijvoorbeeld: "Onze leerkrachten volgen de training vóór de zomer".
agr-sign-for = Je ondertekent namens { $name }.
agr-sign-already = Je organisatie heeft al ondertekend. Je kunt een nieuwe belofte toevoegen.
agr-sign-own = Beloftes van je organisatie
agr-field-commitment = Wat belooft je organisatie?
agr-field-commitment-hint = Tussen 5 en 500 tekens. Maak het concreet: wie doet wat, en wanneer?
agr-sign-submit = Ondertekenen
agr-sign-add = Belofte toevoegen
agr-ok-proposed = Je voorstel staat online. Je krijgt een e-mail als er iets verandert.
agr-ok-supported = Bedankt voor je steun.
agr-ok-already-supported = Je steunde dit voorstel al. Je steun telt één keer.
agr-ok-closed = Over dit voorstel is al beslist.
agr-ok-commented = Je reactie is geplaatst.
agr-ok-edited = Je reactie is veranderd.
agr-ok-flagged = Bedankt. De moderator kijkt naar deze reactie.
agr-ok-already-flagged = Je had deze reactie al gemeld.
agr-ok-following = Je volgt dit voorstel.
agr-ok-unfollowed = Je volgt dit voorstel niet meer.
agr-ok-signed = Bedankt. Je organisatie staat nu bij de ondertekenaars.
agr-error-required = Vul dit in.
agr-error-too-short = Deze tekst is te kort.
agr-error-too-long = Deze tekst is te lang.
agr-error-pillar = Kies een pijler.
agr-error-area = Kies een buurt uit de lijst.
agr-error-closed = Over dit voorstel is al beslist. Reageren kan niet meer.
agr-error-edit-window = Je kunt deze reactie niet meer veranderen. Dat kan tot 15 minuten na het plaatsen.
agr-error-too-many-proposals = Je hebt vandaag al veel voorstellen gedaan. Probeer het later opnieuw, bijvoorbeeld morgen. Je tekst staat hieronder nog.
agr-error-too-many-comments = Je hebt in korte tijd veel reacties geplaatst. Probeer het over een uur opnieuw. Je tekst staat hieronder nog.
agr-error-too-many-flags = Je hebt in korte tijd veel reacties gemeld. Probeer het over een uur opnieuw.
agr-comments-page = Reacties, pagina { $number }
agr-error-no-organisation = Je hoort (nog) niet bij een organisatie. Vraag de coördinator om je aan je organisatie te koppelen.
agr-error-no-charter = Er zijn nog geen afspraken om te ondertekenen.
agr-error-outcome = Kies een besluit.
agr-error-decided = Over dit voorstel is al beslist.
agr-error-merge-into = Kies de afspraak waarmee je het voorstel samenvoegt.
agr-error-threshold = Vul een heel getal in van 1 of meer.
agr-error-review-outcome = Kies of de afspraak nog leeft.
agr-error-retired = Deze afspraak geldt niet meer.
agr-manage-title = Wijkafspraken beheren
agr-manage-card-text = Besluiten over voorstellen, reacties modereren, afspraken evalueren.
agr-manage-lead = De stuurgroep beslist over voorstellen, modereert reacties en houdt de afspraken levend.
agr-manage-open = Voorstellen om over te beslissen
agr-manage-flagged = Gemelde reacties
agr-manage-flagged-none = Er zijn geen gemelde reacties.
agr-manage-threshold = Drempel voor steun
agr-manage-due = Afspraken om te evalueren
agr-manage-due-none = Er hoeven nu geen afspraken geëvalueerd te worden.
agr-manage-agreements = Alle afspraken
agr-manage-commitments = Beloftes van partners
agr-col-status = Status
agr-col-action = Actie
agr-col-agreement = Afspraak
agr-flags-count = { $count ->
    [one] 1 keer gemeld
   *[other] { $count } keer gemeld
}
agr-field-hide-reason = Reden om te verbergen (de schrijver en iedereen ziet deze reden)
agr-hide-submit = Reactie verbergen
agr-field-threshold = Aantal steunbetuigingen
agr-field-threshold-hint = Bij dit aantal gaat een voorstel naar de stuurgroep.
agr-save = Opslaan
agr-review-due = Evalueren vóór
agr-last-review = Laatste evaluatie
agr-field-review-note = Korte toelichting
agr-field-review-note-hint = Bijvoorbeeld: besproken op de buurtavond van maart.
agr-commitment-review-submit = Belofte is nagekeken
agr-decide-title = Besluiten
agr-field-outcome = Besluit
agr-outcome-adopt = Aannemen als nieuwe afspraak
agr-outcome-merge = Samenvoegen met een bestaande afspraak
agr-outcome-decline = Niet aannemen
agr-field-reason = Reden (openbaar)
agr-field-reason-hint = Iedereen ziet deze reden bij het voorstel.
agr-field-merge-into = Samenvoegen met
agr-field-texts = Tekst van de afspraak
agr-field-texts-hint = Nederlands is verplicht bij aannemen. Andere talen mogen leeg blijven; dan tonen we het Nederlands.
agr-lang-nl = Nederlands
agr-lang-en = Engels
agr-lang-tr = Turks
agr-lang-ar = Arabisch
agr-lang-pl = Pools
agr-decide-submit = Besluit opslaan
agr-agreement-title = Afspraak
agr-retired = vervallen
agr-review-heading = Evaluatie
agr-review-question = Leeft deze afspraak nog in de wijk?
agr-review-lives = Ja, de afspraak blijft
agr-review-retire = Nee, de afspraak vervalt
agr-review-submit = Evaluatie opslaan
agr-field-summary = Wat is er veranderd?
agr-field-summary-hint = Komt bij de nieuwe versie te staan.
agr-texts-submit = Opslaan als nieuwe versie
agr-ok-manage-threshold = De drempel is opgeslagen.
agr-ok-manage-decided = Het besluit is opgeslagen. Volgers krijgen bericht.
agr-ok-manage-hidden = De reactie is verborgen. De schrijver krijgt een e-mail met de reden.
agr-ok-manage-reviewed = De evaluatie is opgeslagen. Over een jaar kijken we opnieuw.
agr-ok-manage-retired = De afspraak is vervallen. Er is een nieuwe versie gemaakt.
agr-ok-manage-commitment-reviewed = De belofte is nagekeken.
agr-ok-manage-texts = De tekst is opgeslagen als nieuwe versie.
agr-event-status = De status is nu: { $status }
agr-event-reply = Er is een nieuwe reactie.
mail-agr-event-subject = Nieuws over "{ $title }"
mail-agr-event-body = Er is iets veranderd bij het voorstel "{ $title }" dat je volgt.

    { $what }
mail-agr-event-action = Bekijk het voorstel
mail-agr-digest-subject = { $count ->
    [one] Wijkafspraken: 1 bericht van vandaag
   *[other] Wijkafspraken: { $count } berichten van vandaag
}
mail-agr-digest-body = Dit is er vandaag gebeurd bij de voorstellen die je volgt:

    { $list }
mail-agr-digest-action = Bekijk de voorstellen
mail-agr-hidden-subject = Je reactie is verborgen
mail-agr-hidden-body = De moderator heeft je reactie bij "{ $title }" verborgen.

    De reden: { $reason }

    Heb je een vraag? Neem contact op met de coördinator.
mail-agr-hidden-action = Bekijk het voorstel
mail-agr-review-subject = Afspraak evalueren: "{ $text }"
mail-agr-review-body = De afspraak "{ $text }" moet vóór { $due } geëvalueerd worden. Leeft de afspraak nog in de wijk?
mail-agr-review-action = Evaluatie invullen
# Rights of the people in the data
agr-comment-removed-by-author = Verwijderd door de schrijver.
# The monitor's indicators from this module
agr-indicator-living = Levende afspraken van partners
agr-indicator-living-about = Deel van de toezeggingen van partners bij het handvest dat in de laatste 12 maanden is gemaakt of besproken. Alleen voor de hele gemeente.
