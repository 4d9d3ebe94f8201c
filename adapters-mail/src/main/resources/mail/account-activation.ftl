<#import "lib/durations.ftl" as durations>
Bonjour ${mail.displayName},

Bienvenue sur le Portail Famille de la ${town.townHall}.

Votre compte internaute a été créé par notre service et est activable depuis le lien ci-dessous.

Activer mon compte :
${mail.activationUrl}

Si le lien ne fonctionne pas, copiez/collez l'adresse ci-dessus dans votre navigateur.

Votre identifiant de connexion est ${mail.loginId?c}

Attention : vous avez ${durations.hours(mail.validityHours)} pour activer votre accès, jusqu'au ${mail.expiresAt} ; au-delà, il sera automatiquement supprimé.

Vous choisirez votre mot de passe lors de l'activation. Par la suite, l'option « mot de passe oublié ? » de la page d'accueil vous permettra d'en choisir un nouveau.

Si le lien a expiré ou ne fonctionne pas, contactez l'Espace Services à ${town.servicesEmail} ou au ${town.phone}.

<#include "lib/signature.ftl">
