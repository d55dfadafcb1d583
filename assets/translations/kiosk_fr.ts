<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="199"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="199"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="199"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="199"/>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="200"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="204"/>
        <source>Pickup check-in</source>
        <translation>Arrivée client (retrait)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="205"/>
        <source>Customer identified</source>
        <translation>Client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="210"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="210"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="221"/>
        <source>The central system had already moved this order on (it is %1) when the check-in arrived; the desk shows the central state. Check the order with the customer, then mark this as resolved.</source>
        <translation>Le système central avait déjà fait avancer cette commande (elle est %1) quand l&apos;arrivée du client a été transmise ; le comptoir affiche l&apos;état central. Vérifiez la commande avec le client, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="225"/>
        <source>The central system no longer matched this action when it arrived. Check the situation, then mark this as resolved.</source>
        <translation>Le système central ne correspondait plus à cette action à son arrivée. Vérifiez la situation, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="228"/>
        <source>The central system refused this action for good, so it was not applied; later actions on the same subject wait behind it. If the cause was fixed centrally, press Send again; otherwise redo the action by another way if needed and mark this as resolved to let the waiting actions go.</source>
        <translation>Le système central a refusé définitivement cette action : elle n&apos;a pas été appliquée, et les actions suivantes sur le même sujet attendent derrière elle. Si la cause a été corrigée au central, appuyez sur Renvoyer ; sinon refaites l&apos;action autrement si besoin et marquez ce point comme résolu pour libérer les actions en attente.</translation>
    </message>
</context>
<context>
    <name>BasketDialog</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="128"/>
        <source>Basket for the till</source>
        <translation>Panier pour la caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="130"/>
        <source>Scan this code at the till to take over the basket.</source>
        <translation>Scannez ce code à la caisse pour reprendre le panier.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="68"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="73"/>
        <source>Camera to scan with</source>
        <translation>Caméra utilisée pour scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="81"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="107"/>
        <source>Camera %1 (from the settings)</source>
        <translation>Caméra %1 (fixée dans les réglages)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="156"/>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="158"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="194"/>
        <source>Show the code to the camera.</source>
        <translation>Présentez le code à la caméra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="201"/>
        <source>Code read.</source>
        <translation>Code lu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="213"/>
        <location filename="../../kiosk/ui/camera_panel.py" line="231"/>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="215"/>
        <source>Camera off</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="219"/>
        <source>Press “Start camera”, then show the code. A handheld scanner works at any time.</source>
        <translation>Appuyez sur « Démarrer la caméra », puis présentez le code. La douchette fonctionne à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="224"/>
        <source>No camera found. Plug one in and press “Start camera”, or use the handheld scanner or type the code.</source>
        <translation>Aucune caméra trouvée. Branchez-en une et appuyez sur « Démarrer la caméra », ou utilisez la douchette ou saisissez le code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="226"/>
        <source>The camera stopped sending pictures (unplugged?). Press “Start camera” to try again.</source>
        <translation>La caméra n&apos;envoie plus d&apos;images (débranchée ?). Appuyez sur « Démarrer la caméra » pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="228"/>
        <source>The camera could not be started. Choose another camera or use the handheld scanner.</source>
        <translation>La caméra n&apos;a pas pu démarrer. Choisissez une autre caméra ou utilisez la douchette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="233"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>CustomerHtml</name>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="45"/>
        <source>Customer with a store pass</source>
        <translation>Client avec un pass magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="46"/>
        <source>This customer is not in this tablet&apos;s copy yet: their profile will appear after the next sync. The pass was checked.</source>
        <translation>Ce client n&apos;est pas encore dans la copie de cette tablette : son profil apparaîtra après la prochaine synchronisation. Le pass a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="61"/>
        <source>Click &amp; collect waiting at this store</source>
        <translation>Click &amp; collect en attente dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="68"/>
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n&apos;a pas accepté la personnalisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="84"/>
        <source>Similar to what they looked at, in stock here</source>
        <translation>Proches de ce qu&apos;il a regardé, en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="100"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="91"/>
        <source>No online activity, cart or order yet.</source>
        <translation>Pas encore d&apos;activité en ligne, de panier ni de commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="71"/>
        <source>Seen online</source>
        <translation>Vu en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="132"/>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="134"/>
        <source>Offline: from this tablet&apos;s copy (updated %1)</source>
        <translation>Hors ligne : copie de cette tablette (mise à jour %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="139"/>
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="144"/>
        <source>Vouchers and credit notes:</source>
        <translation>Bons d&apos;achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="127"/>
        <source>a product not in the catalogue</source>
        <translation>un produit absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="48"/>
        <source>personalised advice</source>
        <translation>conseils personnalisés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="49"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="50"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="51"/>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="55"/>
        <source>Agreed to:</source>
        <translation>A accepté :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="70"/>
        <source>No online browsing yet.</source>
        <translation>Pas encore de navigation en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>to the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="103"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="104"/>
        <source>as a credit note</source>
        <translation>en avoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="112"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="120"/>
        <source>to order (not in stock here)</source>
        <translation>à commander (pas en stock ici)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="123"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="145"/>
        <source>(usable in store and online)</source>
        <translation>(utilisables en magasin et en ligne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="157"/>
        <source>%1 here, aisle %2</source>
        <translation>%1 ici, rayon %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="159"/>
        <source>in other stores (%1)</source>
        <translation>dans d&apos;autres magasins (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="161"/>
        <source>online only</source>
        <translation>en ligne seulement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="162"/>
        <source>no longer sold</source>
        <translation>plus vendu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="163"/>
        <source>stock unknown</source>
        <translation>stock inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="167"/>
        <source>%1 put aside</source>
        <translation>%1 mis de côté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="173"/>
        <source>placed</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="173"/>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="174"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="174"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="175"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="175"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="176"/>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="179"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="179"/>
        <source>app</source>
        <translation>appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="180"/>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="185"/>
        <source>Searched “%1”</source>
        <translation>A cherché « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="193"/>
        <source>viewed %1 time(s)</source>
        <translation>vu %1 fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="193"/>
        <source>in their cart</source>
        <translation>dans son panier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="194"/>
        <source>same brand</source>
        <translation>même marque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="194"/>
        <source>same category</source>
        <translation>même catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="195"/>
        <source>same colour</source>
        <translation>même couleur</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="111"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="112"/>
        <source>Scan the customer&apos;s store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="119"/>
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="120"/>
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="190"/>
        <source>The customer view was closed after a while without activity.</source>
        <translation>La fiche client a été fermée après un moment sans activité.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="182"/>
        <source>Go to the pickup desk</source>
        <translation>Aller au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="189"/>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="195"/>
        <source>Put aside to try on</source>
        <translation>Mettre de côté pour essayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="196"/>
        <source>Reserved for %1 min; other tablets see it after their next sync.</source>
        <translation>Réservé %1 min ; les autres tablettes le voient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="202"/>
        <source>Send to the till</source>
        <translation>Envoyer en caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="250"/>
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="276"/>
        <source>None of the lines kept is on the shelf here.</source>
        <translation>Aucune des lignes gardées n&apos;est en rayon ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="286"/>
        <source>Put aside to try on until %1.</source>
        <translation>Mis de côté pour essayage jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="302"/>
        <source>Basket %1 sent to the till.</source>
        <translation>Panier %1 envoyé en caisse.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="185"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="185"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="185"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="56"/>
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="84"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="93"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="94"/>
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="95"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="96"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="107"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="110"/>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="228"/>
        <location filename="../../kiosk/ui/main_window.py" line="345"/>
        <source>This customer is not in the store&apos;s copy yet.</source>
        <translation>Ce client n&apos;est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="229"/>
        <source>This line was already dealt with.</source>
        <translation>Ce point a déjà été traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="268"/>
        <source>The action was refused.</source>
        <translation>L&apos;action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="216"/>
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="230"/>
        <source>This order is not known: check the number with the customer.</source>
        <translation>Cette commande est inconnue : vérifiez le numéro avec le client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="232"/>
        <source>Order %1 is to be collected at another store.</source>
        <translation>La commande %1 est à retirer dans un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="234"/>
        <source>This order is not on this tablet yet and the central system cannot be reached: find the order by the customer&apos;s name, or try again once online.</source>
        <translation>Cette commande n&apos;est pas encore sur cette tablette et le système central est injoignable : cherchez la commande au nom du client, ou réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="236"/>
        <source>Order %1 cannot be collected yet: it is %2.</source>
        <translation>La commande %1 ne peut pas encore être retirée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="237"/>
        <source>Order %1 is not being prepared: it is %2.</source>
        <translation>La commande %1 n&apos;est pas en préparation : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="238"/>
        <source>Order %1 is not waiting on the shelf: it is %2.</source>
        <translation>La commande %1 n&apos;attend pas en réserve : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="239"/>
        <source>Order %1 was cancelled: nothing can be handed over. The customer&apos;s refund is handled centrally.</source>
        <translation>La commande %1 a été annulée : rien ne peut être remis. Le remboursement du client est traité par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242"/>
        <source>Order %1 was not collected in time and went back to stock.</source>
        <translation>La commande %1 n&apos;a pas été retirée à temps et a été remise en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243"/>
        <source>Order %1 was already collected.</source>
        <translation>La commande %1 a déjà été retirée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="245"/>
        <source>The pickup deadline of order %1 passed on %3: extend it first if the policy allows, or return the order to stock.</source>
        <translation>Le délai de retrait de la commande %1 a expiré le %3 : prolongez-le d&apos;abord si la politique le permet, ou remettez la commande en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>This pickup code matches no order here. %4 attempt(s) left before the code entry locks.</source>
        <translation>Ce code de retrait ne correspond à aucune commande ici. Encore %4 essai(s) avant le blocage de la saisie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="249"/>
        <source>Too many wrong pickup codes: code entry is locked until %5. Scan the pass or check the name against an ID.</source>
        <translation>Trop de codes de retrait erronés : saisie bloquée jusqu&apos;à %5. Scannez le pass ou vérifiez le nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="251"/>
        <source>Order %1 is not paid yet: it cannot be handed over. Ask the customer to complete the payment online.</source>
        <translation>La commande %1 n&apos;est pas encore payée : elle ne peut pas être remise. Demandez au client de finaliser le paiement en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="253"/>
        <source>Set at least one item to hand over or refuse.</source>
        <translation>Indiquez au moins un article remis ou refusé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="254"/>
        <source>Line %6: at most %7 item(s).</source>
        <translation>Ligne %6 : %7 article(s) au plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="255"/>
        <source>Line %6: choose why the customer refuses it.</source>
        <translation>Ligne %6 : choisissez pourquoi le client la refuse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="256"/>
        <source>Order %1 has no line %6.</source>
        <translation>La commande %1 n&apos;a pas de ligne %6.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="257"/>
        <source>%8 is not on order %1: put it back.</source>
        <translation>%8 ne fait pas partie de la commande %1 : remettez-le en place.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="258"/>
        <source>Line %6 of order %1 is already fully picked.</source>
        <translation>La ligne %6 de la commande %1 est déjà entièrement prélevée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="259"/>
        <source>Order %1: lines %9 are neither picked nor marked missing.</source>
        <translation>Commande %1 : les lignes %9 ne sont ni prélevées ni signalées manquantes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="261"/>
        <source>Order %1: nothing was picked, so it cannot be ready. Call customer service to cancel it.</source>
        <translation>Commande %1 : rien n&apos;a été prélevé, elle ne peut pas être prête. Appelez le service client pour l&apos;annuler.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="263"/>
        <source>Give the shelf or bin where the order is put away.</source>
        <translation>Indiquez l&apos;étagère ou le bac où la commande est rangée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="264"/>
        <source>The deadline of order %1 was already extended: return it to stock.</source>
        <translation>Le délai de la commande %1 a déjà été prolongé : remettez-la en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="266"/>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="301"/>
        <source>Order %1: customer checked in, pickup verified.</source>
        <translation>Commande %1 : client enregistré, retrait vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="306"/>
        <source>Receipt of order %1: the returns desk arrives in a next version.</source>
        <translation>Ticket de la commande %1 : le comptoir des retours arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315"/>
        <source>%1 in stock here (aisle %2)</source>
        <translation>%1 en stock ici (allée %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="317"/>
        <source>not in stock here</source>
        <translation>pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="319"/>
        <source>%1 in other stores</source>
        <translation>%1 dans les autres magasins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="329"/>
        <source>This pass has expired: ask the customer to refresh it in the app.</source>
        <translation>Ce pass a expiré : demandez au client de l&apos;actualiser dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="330"/>
        <source>This pass is not valid yet: check the tablet&apos;s clock.</source>
        <translation>Ce pass n&apos;est pas encore valide : vérifiez l&apos;horloge de la tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="331"/>
        <source>This pickup pass is for another store.</source>
        <translation>Ce pass de retrait est pour un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="332"/>
        <location filename="../../kiosk/ui/main_window.py" line="335"/>
        <source>This code was altered or forged: it was not accepted.</source>
        <translation>Ce code a été modifié ou falsifié : il n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="333"/>
        <source>This pass was signed with a key this tablet does not know yet: sync, then scan again.</source>
        <translation>Ce pass est signé avec une clé que la tablette ne connaît pas encore : synchronisez, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="337"/>
        <location filename="../../kiosk/ui/main_window.py" line="348"/>
        <source>This is not a code this app reads.</source>
        <translation>Ce code n&apos;est pas lu par cette application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="338"/>
        <source>This code could not be read: scan it again.</source>
        <translation>Ce code n&apos;a pas pu être lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="339"/>
        <source>This number was misread: scan it again.</source>
        <translation>Ce numéro a été mal lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="340"/>
        <source>This loyalty card is not known: search the customer by name or phone.</source>
        <translation>Carte de fidélité inconnue : cherchez le client par nom ou téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="342"/>
        <source>This order is not in this store&apos;s copy.</source>
        <translation>Cette commande n&apos;est pas dans la copie de ce magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="343"/>
        <source>The pickup deadline of this order has passed.</source>
        <translation>Le délai de retrait de cette commande est dépassé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="344"/>
        <source>This product is not in the catalogue.</source>
        <translation>Ce produit n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="346"/>
        <source>This customer account no longer exists.</source>
        <translation>Ce compte client n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="355"/>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="357"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="359"/>
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="366"/>
        <source>%1 event(s) waiting to be sent</source>
        <translation>%1 événement(s) en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="369"/>
        <source>(oldest %1)</source>
        <translation>(le plus ancien %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="372"/>
        <source>Sent: %1 · Received: %2</source>
        <translation>Envoi : %1 · Réception : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="381"/>
        <source>⚠ queue not moving since %1</source>
        <translation>⚠ file d&apos;attente bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="378"/>
        <source>⚠ %1 to look at on the Sync page</source>
        <translation>⚠ %1 à examiner sur la page Synchro</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="123"/>
        <source>Picked +1</source>
        <translation>Prélevé +1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="125"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="297"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="129"/>
        <source>Shelf / bin, e.g. R2-05</source>
        <translation>Étagère / bac, ex. R2-05</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="130"/>
        <source>Storage location</source>
        <translation>Emplacement de rangement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="132"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="256"/>
        <source>Ready for pickup</source>
        <translation>Prête pour le retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="150"/>
        <source>Collected by someone else? Their name</source>
        <translation>Retirée par une autre personne ? Son nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="151"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="175"/>
        <source>Name of the person collecting</source>
        <translation>Nom de la personne qui retire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="154"/>
        <source>Name checked against an ID document</source>
        <translation>Nom vérifié sur une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="159"/>
        <source>Send the notice again</source>
        <translation>Renvoyer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="163"/>
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="174"/>
        <source>Collected by (if not the customer)</source>
        <translation>Retirée par (si ce n&apos;est pas le client)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="178"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="186"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="188"/>
        <source>Return to stock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="214"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="236"/>
        <source>shelf %1</source>
        <translation>étagère %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="239"/>
        <source>ready %1</source>
        <translation>prête %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="242"/>
        <source>to collect by %1</source>
        <translation>à retirer avant le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="246"/>
        <source>NOT PAID: cannot be handed over</source>
        <translation>NON PAYÉE : ne peut pas être remise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="248"/>
        <source>collected by %1</source>
        <translation>retirée par %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="250"/>
        <source>pending sync</source>
        <translation>en attente de synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="255"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="257"/>
        <source>Customer at the desk</source>
        <translation>Client au comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="258"/>
        <source>Overdue: not collected in time</source>
        <translation>En retard : non retirée à temps</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="259"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="260"/>
        <source>Closed (returned to stock or cancelled)</source>
        <translation>Close (remise en stock ou annulée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="267"/>
        <source>The central system did not accept an action on this order: %1. Check the order with the customer; the Sync page lists it until someone marks it resolved.</source>
        <translation>Le système central n&apos;a pas accepté une action sur cette commande : %1. Vérifiez la commande avec le client ; la page Synchro la liste jusqu&apos;à ce que quelqu&apos;un la marque comme traitée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="274"/>
        <source>Scan each product to check it is the right one, or select a line and press Picked. Then put the order away and give its shelf.</source>
        <translation>Scannez chaque article pour vérifier que c&apos;est le bon, ou sélectionnez une ligne et appuyez sur Prélevé. Puis rangez la commande et indiquez son étagère.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="277"/>
        <source>Scan the customer&apos;s pickup pass or type their 6-digit pickup code above. Without either, check their name against an ID document.</source>
        <translation>Scannez le pass de retrait du client ou saisissez son code de retrait à 6 chiffres ci-dessus. Sans l&apos;un ni l&apos;autre, vérifiez son nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="281"/>
        <source>For each line, set what is handed over and what the customer refuses (with the reason); what is left stays on the shelf for later. Refused items are refunded centrally.</source>
        <translation>Pour chaque ligne, indiquez ce qui est remis et ce que le client refuse (avec le motif) ; le reste attend en réserve pour plus tard. Les articles refusés sont remboursés par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="286"/>
        <source>extend the deadline</source>
        <translation>prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="287"/>
        <source>return it to stock</source>
        <translation>la remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="288"/>
        <source>The customer did not come in time. The store&apos;s policy proposes to %1.</source>
        <translation>Le client n&apos;est pas venu à temps. La politique du magasin propose de %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="290"/>
        <source>The deadline was already extended: return the order to stock; the customer is refunded centrally.</source>
        <translation>Le délai a déjà été prolongé : remettez la commande en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="297"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="301"/>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="297"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="297"/>
        <source>Picked</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="298"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="301"/>
        <source>Give</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="301"/>
        <source>Refuse</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="301"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="316"/>
        <source>a product not in the catalogue</source>
        <translation>un article absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="318"/>
        <source>%1 · size %2</source>
        <translation>%1 · taille %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="320"/>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 en attente)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="334"/>
        <source>Units handed over</source>
        <translation>Unités remises</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="338"/>
        <source>Units refused</source>
        <translation>Unités refusées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="355"/>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="238"/>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="258"/>
        <source>Order number, name, phone or email</source>
        <translation>N° de commande, nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="265"/>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="266"/>
        <source>6-digit pickup code</source>
        <translation>Code de retrait à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="271"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="291"/>
        <source>Select an order, scan a pickup pass or type a pickup code.</source>
        <translation>Sélectionnez une commande, scannez un pass de retrait ou saisissez un code de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="528"/>
        <source>Order %1: line updated.</source>
        <translation>Commande %1 : ligne mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="529"/>
        <source>Order %1 is ready: the customer is told to come.</source>
        <translation>Commande %1 prête : le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="530"/>
        <source>Order %1: the notice is sent again to the customer.</source>
        <translation>Commande %1 : l&apos;avis est renvoyé au client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="532"/>
        <source>Order %1: handover recorded.</source>
        <translation>Commande %1 : remise enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="533"/>
        <source>Order %1: deadline extended; the customer is told.</source>
        <translation>Commande %1 : délai prolongé ; le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="534"/>
        <source>Order %1 returns to stock; the customer is refunded centrally.</source>
        <translation>La commande %1 est remise en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="536"/>
        <source>Order %1 updated.</source>
        <translation>Commande %1 mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="544"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="561"/>
        <source>%1 is not on order %2: do not hand it over.</source>
        <translation>%1 ne fait pas partie de la commande %2 : ne le remettez pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="565"/>
        <source>%1 is on order %2 (line %3).</source>
        <translation>%1 fait partie de la commande %2 (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="259"/>
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="531"/>
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupState</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="33"/>
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="34"/>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="35"/>
        <source>ready for pickup</source>
        <translation>prête au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="36"/>
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="37"/>
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="38"/>
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="39"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="135"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="136"/>
        <location filename="../../kiosk/ui/models.py" line="145"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="138"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="139"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="140"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="145"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="145"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="145"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="137"/>
        <source>At the desk</source>
        <translation>Au comptoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/models.py" line="168"/>
        <source>Late · %n d</source>
        <translation>
            <numerusform>En retard · %n j</numerusform>
            <numerusform>En retard · %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="170"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="174"/>
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="50"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="51"/>
        <source>Wrong size</source>
        <translation>Taille inadaptée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="52"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="53"/>
        <source>Changed mind</source>
        <translation>Changement d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="54"/>
        <source>Not as described</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="55"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="447"/>
        <source>Pickup confirmation</source>
        <translation>Confirmation de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="463"/>
        <source>Save as PDF to print</source>
        <translation>Enregistrer en PDF pour imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="494"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="495"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="495"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="496"/>
        <source>Kept at the store for later</source>
        <translation>Gardé au magasin pour plus tard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="497"/>
        <source>%1 will be refunded to the original means of payment.</source>
        <translation>%1 seront remboursés sur le moyen de paiement d&apos;origine.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="575"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="577"/>
        <source>The returns desk is coming in a next version: receipt or order lookup, the return policy window, reasons and condition, refund to the original payment or as store credit, and a return receipt.</source>
        <translation>Le comptoir des retours arrive dans une prochaine version : recherche par ticket ou commande, délai de retour, motifs et état, remboursement sur le moyen de paiement d&apos;origine ou en avoir, et ticket de retour.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="594"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="609"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="610"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="611"/>
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="612"/>
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="613"/>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="614"/>
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="615"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="616"/>
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="619"/>
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="620"/>
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="621"/>
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="622"/>
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="639"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="596"/>
        <location filename="../../kiosk/ui/pages.py" line="685"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="617"/>
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="618"/>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="648"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="659"/>
        <location filename="../../kiosk/ui/pages.py" line="744"/>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="666"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="670"/>
        <source>Mark as resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="685"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="691"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="691"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="692"/>
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="695"/>
        <source>next try in %1 s</source>
        <translation>prochain essai dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="703"/>
        <source>(%1 held behind a refused event)</source>
        <translation>(%1 en attente derrière un événement refusé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="709"/>
        <source>⚠ Not moving since %1</source>
        <translation>⚠ Bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="710"/>
        <source>Moving</source>
        <translation>Avance normalement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="746"/>
        <source>Select a line to see what to do.</source>
        <translation>Sélectionnez une ligne pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="718"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="787"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="790"/>
        <source>Scan your store pass or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="41"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="43"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="44"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="46"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="48"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="50"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="51"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="54"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
</TS>
