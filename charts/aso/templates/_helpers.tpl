{{- /*
Names and labels are Azure Service Operator v2's, so federated credential subjects
(system:serviceaccount:<ns>:azureserviceoperator-default), label selectors
(control-plane=controller-manager) and scripts written for ASO keep working.
*/ -}}

{{- /* The Deployment's name, and the prefix of the chart's cluster-wide objects. */ -}}
{{- define "aso.name" -}}azureserviceoperator-controller-manager{{- end -}}

{{- define "aso.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default "azureserviceoperator-default" .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "aso.labels" -}}
app.kubernetes.io/name: azure-service-operator
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
control-plane: controller-manager
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- /* ASO's selector: the Deployment's pods, the Services' endpoints, the policies' targets. */ -}}
{{- define "aso.selector" -}}
control-plane: controller-manager
{{- end -}}

{{- /* ASO gives the repository with its tag (…/azureserviceoperator:v2.8.0); ours a repository and a tag. */ -}}
{{- define "aso.image" -}}
{{- if regexMatch ":[^/]+$" .Values.image.repository -}}
{{ .Values.image.repository }}
{{- else -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}
{{- end -}}

{{- define "aso.metricsAddress" -}}{{ tpl (toString .Values.metrics.address) . }}{{- end -}}

{{- /* The metrics port: the port of metrics.address (ASO: 0.0.0.0:{{ .Values.metrics.port }}). */ -}}
{{- define "aso.metricsPort" -}}{{ include "aso.metricsAddress" . | splitList ":" | last }}{{- end -}}

{{- define "aso.healthPort" -}}{{ .Values.healthAddress | toString | splitList ":" | last }}{{- end -}}

{{- /* Leader election, as ASO: on unless a multitenant tenant install says otherwise; our leaderElection value can turn it off. */ -}}
{{- define "aso.leaderElection" -}}
{{- if and .Values.leaderElection (or (not .Values.multitenant.enable) (eq .Values.azureOperatorMode "watchers")) -}}true{{- end -}}
{{- end -}}

{{- define "aso.networkPolicies" -}}
{{- if or .Values.networkPolicies.enable .Values.networkPolicy.enable -}}true{{- end -}}
{{- end -}}

{{- /*
The conversion webhook runs apart from the controllers (its own Deployment, AZURE_OPERATOR_MODE
webhooks), so reads of our objects at any version never depend on the controllers being up.
A multitenant cluster install (azureOperatorMode webhooks) runs only the webhook; a tenant
install (watchers) only the controllers.
*/ -}}
{{- define "aso.webhookName" -}}azureserviceoperator-webhook{{- end -}}

{{- define "aso.runsWatchers" -}}
{{- if or (not .Values.multitenant.enable) (ne .Values.azureOperatorMode "webhooks") -}}true{{- end -}}
{{- end -}}

{{- define "aso.runsWebhooks" -}}
{{- if or (not .Values.multitenant.enable) (eq .Values.azureOperatorMode "webhooks") -}}true{{- end -}}
{{- end -}}

{{- define "aso.webhookSelector" -}}
control-plane: webhook-server
{{- end -}}

{{- define "aso.webhookLabels" -}}
app.kubernetes.io/name: azure-service-operator
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: conversion-webhook
control-plane: webhook-server
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- /* The multitenant cluster install's webhook also installs the CRDs (no controllers run there). */ -}}
{{- define "aso.webhookInstallsCRDs" -}}
{{- if and .Values.multitenant.enable .Values.installCRDs .Values.crdPattern -}}true{{- end -}}
{{- end -}}
