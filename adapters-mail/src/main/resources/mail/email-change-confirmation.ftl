<#import "lib/durations.ftl" as durations>
Bonjour ${mail.displayName},

Vous avez demandé à utiliser cette adresse e-mail pour votre compte sur le Portail Famille de la ${town.townHall}.

Pour confirmer ce changement, ouvrez le lien ci-dessous :
${mail.confirmationUrl}

Ce lien est valable ${durations.hours(mail.validityHours)}.

Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce courriel : l'adresse de votre compte ne sera pas modifiée.

<#include "lib/signature.ftl">
