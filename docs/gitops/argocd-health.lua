-- Argo CD health of Azure resources (*.azure.com), from the Ready condition the operator writes
-- as ASO does: True when Azure matches the spec; False with a severity: Info while work is in
-- progress, Warning when retried, Error when it waits for the spec to change.
-- Written for Argo CD's Lua (gopher-lua, Lua 5.1): no goto, no integer division, no bit ops.
local hs = {}
local waiting = {
  Reconciling = true,
  Deleting = true,
  WaitingForOwner = true,
  ReferenceNotFound = true,
  SecretNotFound = true,
  ConfigMapNotFound = true,
  ReconciliationBlocked = true,
  ReconciliationPostponed = true,
}
if obj.metadata ~= nil and obj.metadata.deletionTimestamp ~= nil then
  hs.status = "Progressing"
  hs.message = "Deleting"
  return hs
end
local ready = nil
if obj.status ~= nil and obj.status.conditions ~= nil then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "Ready" then
      ready = condition
    end
  end
end
if ready == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator"
  return hs
end
local generation = obj.metadata and obj.metadata.generation
if generation ~= nil and ready.observedGeneration ~= nil and ready.observedGeneration < generation then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to reconcile generation " .. tostring(generation)
  return hs
end
local message = ready.message
if message == nil or message == "" then
  message = ready.reason or ""
end
if ready.status == "True" then
  hs.status = "Healthy"
  hs.message = message
elseif ready.status == "False" and ready.severity == "Error" then
  hs.status = "Degraded"
  hs.message = message
elseif ready.status == "False" and ready.severity == "Warning" and not waiting[ready.reason or ""] then
  hs.status = "Degraded"
  hs.message = message
else
  hs.status = "Progressing"
  hs.message = message
end
return hs
