## Layout (every page)
layout-site-name = Kansrijk
layout-description = Samen werken aan een wijk waar iedereen welkom is.
layout-tagline = Samen werken aan een wijk waar iedereen welkom is
layout-skip-link = Naar de inhoud
layout-language-nav = Kies een taal
layout-main-nav = Hoofdmenu
layout-contact = Contact
layout-privacy = Privacy
layout-accessibility = Toegankelijkheid
layout-open-data = Open data (API)
layout-made-by = Gemaakt voor en met de bewoners van de wijk.

## Statements
privacy-title = Privacyverklaring
accessibility-title = Toegankelijkheidsverklaring

## Error pages
error-back-home = Naar de startpagina
error-code = Foutcode { $status }
error-not-found-title = Deze pagina bestaat niet
error-not-found-message = Misschien is de pagina verplaatst, of klopt het adres niet. Kijk of u het adres goed hebt getypt.
error-unavailable-title = Even niet beschikbaar
error-unavailable-message = Het lukt nu niet om deze pagina te laten zien. Probeer het over een paar minuten opnieuw. Er is niets verloren gegaan.
error-too-large-title = Te veel tekst of een te groot bestand
error-too-large-message = Wat u stuurde is te groot. Maak de tekst korter of kies een kleiner bestand.
error-method-not-allowed-title = Dit kan hier niet
error-method-not-allowed-message = Deze actie is op deze pagina niet mogelijk.
error-too-many-requests-title = Even wachten
error-too-many-requests-message = U hebt het te vaak kort na elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.
error-bad-request-title = Er ging iets mis met uw verzoek
error-bad-request-message = Wij konden uw verzoek niet verwerken. Ga terug en probeer het opnieuw.
error-internal-title = Er ging iets mis bij ons
error-internal-message = Dit is onze fout, niet de uwe. Probeer het later opnieuw. Blijft het misgaan? Neem dan contact op.
