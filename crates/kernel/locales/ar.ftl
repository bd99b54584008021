## Layout (every page)
layout-site-name = Kansrijk
layout-description = Working together on a neighbourhood where everyone is welcome.
layout-tagline = Working together on a neighbourhood where everyone is welcome
layout-skip-link = Skip to content
layout-language-nav = Choose a language
layout-main-nav = Main menu
layout-contact = Contact
layout-privacy = Privacy
layout-accessibility = Accessibility
layout-open-data = Open data (API)
layout-made-by = Made for and with the residents of the neighbourhood.

## Statements
privacy-title = Privacy statement
accessibility-title = Accessibility statement

## Error pages
error-back-home = Go to the home page
error-code = Error code { $status }
error-not-found-title = This page does not exist
error-not-found-message = The page may have moved, or the address may be wrong. Check that you typed the address correctly.
error-unavailable-title = Not available right now
error-unavailable-message = We cannot show this page right now. Please try again in a few minutes. Nothing has been lost.
error-too-large-title = Too much text or a file that is too large
error-too-large-message = What you sent is too large. Make the text shorter or choose a smaller file.
error-method-not-allowed-title = This is not possible here
error-method-not-allowed-message = This action is not possible on this page.
error-too-many-requests-title = Please wait
error-too-many-requests-message = You tried too often in a short time. Wait a few minutes and then try again.
error-bad-request-title = Something went wrong with your request
error-bad-request-message = We could not process your request. Go back and try again.
error-internal-title = Something went wrong on our side
error-internal-message = This is our mistake, not yours. Please try again later. If it keeps going wrong, please contact us.
