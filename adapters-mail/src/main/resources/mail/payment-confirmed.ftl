Bonjour ${mail.displayName},

Votre paiement en ligne de ${mail.amount} à la ${mail.cashOfficeName} est confirmé (le ${mail.paidAt}).

Référence du paiement : ${mail.reference}
Factures réglées :
<#list mail.invoices as number>
- ${number}
</#list>

Vos factures et leur état sont consultables dans « Facturation » sur votre Portail Famille :
${mail.url}

Conservez ce courriel : il vaut accusé de paiement.

<#include "lib/signature.ftl">
