// Turns on GOV.UK Frontend's behaviours (focus on banners and error summaries, the navigation toggle).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
