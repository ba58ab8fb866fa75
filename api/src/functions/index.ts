/**
 * The Function App's entry point: loading it registers every function with the Functions host.
 * `npm run build:api` bundles it, with its dependencies, into api/dist/functions.js.
 */
import './edit-practice';
import './publish-practice';
import './record-adoption';
import './register-plan';
import './reminders';
