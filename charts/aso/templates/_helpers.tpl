{{- define "aso.name" -}}aso-controller-manager{{- end -}}

{{- define "aso.labels" -}}
app.kubernetes.io/name: aso
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "aso.selector" -}}
app.kubernetes.io/name: aso
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "aso.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}
