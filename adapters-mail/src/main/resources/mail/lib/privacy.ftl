<#-- What a mail may carry, said the same way in every notification mail (text and HTML): what happened — a title,
     an amount, a date, a decision and its reason — never a message's text, an attachment or health information. -->
<#assign note = "Ce courriel dit ce qui s'est passé. Le texte des messages et les pièces jointes se lisent sur le portail, et aucune information de santé n'est jamais envoyée par courriel. Vous pouvez choisir les avis reçus par courriel dans « Notifications » sur le portail.">
