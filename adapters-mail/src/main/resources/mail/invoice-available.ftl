Bonjour ${mail.displayName},

Votre facture ${mail.number} de la ${mail.cashOfficeName} est disponible : ${mail.amount}, à payer avant le ${mail.dueOn}.

Vous la trouverez en pièce jointe (PDF), et dans « Facturation » sur votre Portail Famille, où vous pouvez la payer en ligne :
${mail.url}

Vous recevez vos factures par courriel parce que vous l'avez choisi dans vos coordonnées.

<#include "lib/signature.ftl">
