// Race Equality Plan: the Azure resources, deployed by the Microsoft 365 Agents Toolkit's
// `arm/deploy` step (m365agents.yml) with the values in azure.parameters.json, which the toolkit
// fills from env/.env.<name>. Laid out as the toolkit's own tab-with-backend templates are.
//
//   - a Static Web App for the tab (static files only; its security headers come from
//     staticwebapp.config.json, which the deploy writes from config/security-headers.ts, because
//     Static Web Apps take headers only from that file);
//   - a Function App (Node 22, Functions v4) with a system-assigned managed identity and no keys:
//     its storage and Application Insights are reached with that identity (Entra), not secrets;
//   - the Azure role assignments that identity needs, and nothing more.
//
// Microsoft Graph permissions for the identity (Sites.Selected, TeamsActivity.Send) and its
// per-site grants are tenant-level, not Azure resources: scripts/grant-sites-selected.ts makes
// them (see docs/deploying.md).

@description('Base of every resource name, e.g. race-equality-dev. A short unique suffix is added where Azure needs globally unique names.')
@minLength(3)
@maxLength(30)
param resourceBaseName string

@description('Region for the Function App, its storage and monitoring. Defaults to the resource group\'s region (create it in UK South to keep data in the UK).')
param location string = resourceGroup().location

@description('Static Web Apps run in a few regions only; the tab holds no personal data (static files). West Europe is the nearest to the UK.')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Static Web App plan: Free is enough for the tab (custom headers are included).')
@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

@description('The tab\'s Entra app registration (AAD_APP_CLIENT_ID): the only app whose tokens the api accepts (ALLOWED_CLIENT_IDS).')
param tabClientId string

@description('The Microsoft 365 tenant the tab is registered in (AAD_APP_TENANT_ID); the api accepts its people only, unless allowedTenantIds lists more.')
param tenantId string

@description('Optional. Comma-separated tenant ids allowed to call the api, for a hub serving several trusts; empty means tenantId alone.')
param allowedTenantIds string = ''

@description('Optional. Comma-separated client ids of other trusts\' tabs allowed to call the api, beside tabClientId.')
param additionalClientIds string = ''

@description('Optional. The api\'s own app registration (API_CLIENT_ID); until it is set, publish-practice answers 503 "not set up".')
param apiClientId string = ''

@description('Optional. The api registration\'s Application ID URI (api://<api domain>/<client id>), accepted as a v1 token audience.')
param apiApplicationIdUri string = ''

@description('Optional. The Good Practice Hub site id (host,siteCollectionGuid,webGuid); until it is set, the reminders and publishing report "HUB_SITE_ID is not set".')
param hubSiteId string = ''

@description('The Teams app id (TEAMS_APP_ID), for the activity-feed notifications\' links into the tab.')
param teamsAppId string

var suffix = uniqueString(resourceGroup().id)
var compactName = toLower(replace(resourceBaseName, '-', ''))
var storageName = take('st${compactName}${suffix}', 24)
var functionAppName = '${resourceBaseName}-api-${take(suffix, 6)}'
var clientIds = empty(additionalClientIds) ? tabClientId : '${tabClientId},${additionalClientIds}'
var tenants = empty(allowedTenantIds) ? tenantId : allowedTenantIds

// Built-in Azure role definition ids (the same in every subscription).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

// The tab: static files on a Static Web App.
resource staticWebApp 'Microsoft.Web/staticSites@2023-12-01' = {
  name: resourceBaseName
  location: staticWebAppLocation
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {
    // Deployed by the toolkit from dist/, never from a repository.
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

var tabDomain = staticWebApp.properties.defaultHostname
var tabEndpoint = 'https://${tabDomain}'

// The Functions host's own storage (timer leases, keys), reached with the managed identity only.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

// Telemetry accepted only from Entra-authenticated senders: the Function App's identity.
resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

// Consumption plan, as the toolkit's templates use, so its azureFunctions/zipDeploy step deploys it.
resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'Y1'
    tier: 'Dynamic'
  }
  properties: {}
}

resource functionApp 'Microsoft.Web/sites@2023-12-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Only the tab calls the api from a browser.
      cors: {
        allowedOrigins: [
          tabEndpoint
        ]
      }
      appSettings: [
        {
          name: 'FUNCTIONS_EXTENSION_VERSION'
          value: '~4'
        }
        {
          name: 'FUNCTIONS_WORKER_RUNTIME'
          value: 'node'
        }
        {
          name: 'WEBSITE_NODE_DEFAULT_VERSION'
          value: '~22'
        }
        {
          // The zip the toolkit deploys runs as it is; with no Azure Files content share, no storage key is needed.
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        {
          name: 'HUB_SITE_ID'
          value: hubSiteId
        }
        {
          name: 'API_CLIENT_ID'
          value: apiClientId
        }
        {
          name: 'API_APPLICATION_ID_URI'
          value: apiApplicationIdUri
        }
        {
          name: 'ALLOWED_CLIENT_IDS'
          value: clientIds
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: tenants
        }
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'TAB_URL'
          value: tabEndpoint
        }
      ]
    }
  }
}

// The identity may use the host's storage (blob leases for the daily timer) and send telemetry: nothing else in Azure.
resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionApp.id, storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, functionApp.id, monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Written to env/.env.<name> by the toolkit (https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = tabEndpoint
output API_FUNCTION_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_PRINCIPAL_ID string = functionApp.identity.principalId
