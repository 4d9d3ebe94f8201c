<#-- Durations as parents read them: «168 h (7 jours)», «36 h (1 jour et 12 h)», «12 h», «30 minutes». -->
<#function hours h>
  <#local days = (h / 24)?floor>
  <#local rest = h % 24>
  <#if days == 0><#return "${h} h"></#if>
  <#local inDays = "${days} jour" + (days > 1)?then("s", "")>
  <#if rest == 0><#return "${h} h (${inDays})"></#if>
  <#return "${h} h (${inDays} et ${rest} h)">
</#function>
<#function minutes m>
  <#return "${m} minute" + (m > 1)?then("s", "")>
</#function>
