Bonjour ${mail.displayName},

L'adresse e-mail de votre compte sur le Portail Famille de la ${town.townHall} a été remplacée par : ${mail.newEmail}
Les prochains courriels du portail seront envoyés à cette nouvelle adresse.

Si vous n'êtes pas à l'origine de ce changement, contactez immédiatement l'Espace Services à ${town.servicesEmail} ou au ${town.phone}.

<#include "lib/signature.ftl">
