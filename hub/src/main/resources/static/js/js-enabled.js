// GOV.UK Frontend styles its components for JavaScript only once the body says it runs. A file, not an
// inline script, so the Content-Security-Policy can allow scripts from the hub alone.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
