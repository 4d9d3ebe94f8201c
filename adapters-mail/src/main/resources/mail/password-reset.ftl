<#import "lib/durations.ftl" as durations>
Bonjour ${mail.displayName},

Une demande de réinitialisation du mot de passe de votre compte sur le Portail Famille de la ${town.townHall} a été faite.

Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous :
${mail.resetUrl}

Ce lien est valable ${durations.minutes(mail.validityMinutes)}.

Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce courriel : votre mot de passe actuel reste inchangé.

<#include "lib/signature.ftl">
