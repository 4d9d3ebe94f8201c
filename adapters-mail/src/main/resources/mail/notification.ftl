Bonjour ${mail.displayName},

${mail.kindLabel} : ${mail.title}

Pour le consulter, connectez-vous à votre Portail Famille :
${mail.url}

Pour des raisons de confidentialité, ce courriel ne reprend pas le contenu : il est à lire sur le portail. Vous pouvez choisir les avis reçus par courriel dans « Notifications » sur le portail.

<#include "lib/signature.ftl">
